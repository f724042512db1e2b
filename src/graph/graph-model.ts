import type { EntityType, ExtractedEntity } from '../model/index.js';

/** Node labels of the graph model, a closed set: labels never come from input. */
export const LABEL_OF_TYPE = {
  method: 'Method',
  benchmark: 'Benchmark',
  model: 'Model',
  task: 'Task',
  metric: 'Metric',
  repo: 'Repository',
  topic: 'Topic',
} as const satisfies Record<EntityType, string>;

export const RELATIONS = [
  'PROPOSES',
  'USES_METHOD',
  'EVALUATES_ON',
  'USES_MODEL',
  'ADDRESSES',
  'REPORTS_METRIC',
  'HAS_CODE',
  'HAS_TOPIC',
] as const;
export type Relation = (typeof RELATIONS)[number];

const RELATION_OF_TYPE: Record<Exclude<EntityType, 'method'>, Relation> = {
  benchmark: 'EVALUATES_ON',
  model: 'USES_MODEL',
  task: 'ADDRESSES',
  metric: 'REPORTS_METRIC',
  repo: 'HAS_CODE',
  topic: 'HAS_TOPIC',
};

/** The relationship type from a paper to an entity it mentions. */
export function relationOf(entity: Pick<ExtractedEntity, 'type' | 'role'>): Relation {
  if (entity.type === 'method') return entity.role === 'proposed' ? 'PROPOSES' : 'USES_METHOD';
  return RELATION_OF_TYPE[entity.type];
}

/** Adamic–Adar weight of one shared entity: rare entities count more. */
export function sharedEntityWeight(paperCount: number): number {
  return 1 / Math.log(1 + Math.max(paperCount, 1));
}

/** Papers of an entity: newest first, undated last, then by title. */
export function comparePapersByDate(a: { published?: string; title: string }, b: { published?: string; title: string }): number {
  if (a.published !== b.published) {
    if (a.published === undefined) return 1;
    if (b.published === undefined) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/** Papers in the order asked: by title, or newest first (both fall back on the other, then id). */
export function comparePapers(order: 'PUBLISHED' | 'TITLE') {
  return (a: { id: string; published?: string; title: string }, b: { id: string; published?: string; title: string }): number => {
    const byTitle = a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
    const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return (order === 'TITLE' ? byTitle || comparePapersByDate(a, b) : comparePapersByDate(a, b)) || byId;
  };
}

const INVERTED_DIGIT: Record<string, string> = { 0: '9', 1: '8', 2: '7', 3: '6', 4: '5', 5: '4', 6: '3', 7: '2', 8: '1', 9: '0' };

/**
 * A string whose ascending order is comparePapers('PUBLISHED'): the date with its digits inverted
 * (newest first; a terminator above every character puts "2019" after "2019-05"), undated last,
 * then title and id. Neo4j serves that order from an index on it instead of sorting every paper.
 */
export function paperSortKey(p: { id: string; title: string; published?: string | null }): string {
  const date = p.published ? [...p.published].map((c) => INVERTED_DIGIT[c] ?? c).join('') : '\uffff';
  return `${date}\uffff${p.title}\u0000${p.id}`;
}
