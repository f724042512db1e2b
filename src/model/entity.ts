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

/** The kinds a user may type, for messages: benchmarks include datasets, and users say either. */
export const ENTITY_KIND_NAMES = 'method, benchmark (or dataset), model, task, metric, repo, topic';

/** The entity type a user typed (a CLI argument, a URL): any case, and "dataset" for benchmark. */
export function entityTypeNamed(value: string): EntityType | undefined {
  const kind = value.trim().toLowerCase();
  if (kind === 'dataset') return 'benchmark';
  return isEntityType(kind) ? kind : undefined;
}
