import type { EntityType } from '../../model/index.js';

export type TaggedType = Extract<EntityType, 'method' | 'benchmark' | 'model' | 'task' | 'metric'>;

export const TAGGED_TYPES: readonly TaggedType[] = ['method', 'benchmark', 'model', 'task', 'metric'];

/** BIO labels: 0 is O, then B-type and I-type for each tagged type. */
export const LABELS: readonly string[] = ['O', ...TAGGED_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_COUNT = LABELS.length;

export const beginOf = (type: TaggedType): number => 1 + 2 * TAGGED_TYPES.indexOf(type);
export const isInside = (label: number): boolean => label > 0 && label % 2 === 0;
export const typeOf = (label: number): TaggedType | undefined => (label === 0 ? undefined : TAGGED_TYPES[(label - 1) >> 1]);

/** I-X may only follow B-X or I-X; a sequence may not start inside a span. */
export function allowed(previous: number | undefined, label: number): boolean {
  if (!isInside(label)) return true;
  return previous !== undefined && previous !== 0 && typeOf(previous) === typeOf(label);
}
