import type { EntityType } from './entity.js';

export type NodeKind = 'paper' | EntityType;

/** A node for visualisation: the shape Cytoscape.js, sigma.js/graphology and d3-force take. */
export interface GraphNodeView {
  readonly id: string;
  readonly label: string;
  readonly type: NodeKind;
  /** Papers: how many entities they link to; entities: how many papers mention them. */
  readonly size: number;
  readonly properties: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

export interface GraphEdgeView {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  /** The extractor's confidence in the link. */
  readonly weight: number;
}

export interface Subgraph {
  readonly nodes: readonly GraphNodeView[];
  readonly edges: readonly GraphEdgeView[];
  /** True when a limit left out nodes that matched. */
  readonly truncated: boolean;
}

export interface CoOccurrence<E> {
  readonly entity: E;
  /** Papers that mention both. */
  readonly count: number;
}

export interface TrendPoint {
  /** YYYY or YYYY-MM. */
  readonly period: string;
  /** 0 for a period between the first and the last with no paper. */
  readonly count: number;
}

export type TrendPeriod = 'YEAR' | 'MONTH';
export type PaperOrder = 'PUBLISHED' | 'TITLE';

/** Which papers to list: every condition given must hold. */
export interface PaperFilter {
  /** Entity ids the paper must mention, all of them. */
  readonly allOf?: readonly string[];
  /** Entity ids of which the paper mentions at least one; papers mentioning more come first. */
  readonly anyOf?: readonly string[];
  /** Inclusive YYYY-MM-DD bounds; undated papers never match a date bound. */
  readonly publishedFrom?: string;
  readonly publishedTo?: string;
  /** Links to a code repository (not only a project page). */
  readonly hasCode?: boolean;
  /** The venue, ignoring case. */
  readonly venue?: string;
  /** One of the authors, ignoring case. */
  readonly author?: string;
}
