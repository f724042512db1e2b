import type { EntityType, Evidence, MethodRole, RepoKind } from './entity.js';
import type { PaperMetadata } from './paper.js';

/** An entity node as the store returns it. */
export interface EntityNode {
  readonly id: string;
  readonly type: EntityType;
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly paperCount: number;
  readonly repoKind?: RepoKind;
}

/** A paper node as the store returns it. */
export interface PaperNode extends PaperMetadata {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
  readonly url?: string;
  readonly published?: string;
}

/** The edge between a paper and an entity, with its evidence. */
export interface EntityLink {
  readonly entity: EntityNode;
  readonly evidence: Evidence;
  readonly confidence: number;
  readonly role?: MethodRole;
}

export interface PaperLink {
  readonly paper: PaperNode;
  readonly evidence: Evidence;
  readonly confidence: number;
  readonly role?: MethodRole;
}

/** A page of results: `after` is an opaque offset cursor, `totalCount` counts every match. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
  readonly offset: number;
}

export interface ScoredPaper {
  readonly paper: PaperNode;
  readonly score: number;
}

export interface RelatedPaper {
  readonly paper: PaperNode;
  /** The shared-entity score plus the weighted text similarity. */
  readonly score: number;
  readonly shared: readonly EntityNode[];
  /** How alike the two titles and abstracts are, 0 to 1 (0 when text was not asked for or too unlike). */
  readonly textSimilarity: number;
}

/** CLOSEST_NAME: with nameContains, by how the names match it (name-match.ts: the name typed, an alias typed, whole words, word prefixes), each most papers first. */
export type EntityOrder = 'PAPER_COUNT' | 'NAME' | 'CLOSEST_NAME';

export interface GraphStats {
  readonly papers: number;
  readonly byType: readonly { readonly type: EntityType; readonly count: number }[];
  readonly edges: number;
}

export interface WriteSummary {
  readonly papers: number;
  readonly entities: number;
  readonly links: number;
}
