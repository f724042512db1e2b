export const ENTITY_TYPES = ['method', 'benchmark', 'model', 'task', 'metric', 'repo', 'topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type MethodRole = 'proposed' | 'used';
export type RepoKind = 'code' | 'project-page' | 'model-hub';

/** Where in a paper's text an entity was found. Offsets index `title + "\n\n" + abstract`. */
export interface Evidence {
  readonly mention: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
}

/** One entity found in one paper. */
export interface ExtractedEntity {
  readonly type: EntityType;
  /** Canonical name; for repos, the URL. */
  readonly name: string;
  /** Normalised identity within the type: equal keys are the same real entity. */
  readonly key: string;
  readonly aliases: readonly string[];
  readonly evidence: Evidence;
  /** 0..1: lexicon hit with a context cue > lexicon hit > pattern only. */
  readonly confidence: number;
  readonly role?: MethodRole;
  readonly repoKind?: RepoKind;
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
