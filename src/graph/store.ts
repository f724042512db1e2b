import type {
  CoOccurrence,
  EntityLink,
  EntityNode,
  EntityOrder,
  EntityType,
  ExtractedPaper,
  GraphStats,
  Override,
  Page,
  PaperFilter,
  PaperLink,
  PaperNode,
  PaperOrder,
  LeaderboardPage,
  RelatedPaper,
  ScoredPaper,
  StoredResult,
  Subgraph,
  TrendPeriod,
  TrendPoint,
  WriteSummary,
} from '../model/index.js';
import type { LeaderboardQuery } from './leaderboard.js';
import type { NeighborhoodQuery } from './neighborhood.js';

/** A link without its evidence. */
export type EntityLinkSummary = Omit<EntityLink, 'evidence'>;

export interface LinkSummaryOptions {
  readonly evidence: false;
  /** The kinds of entity wanted; undefined: all. */
  readonly kinds?: readonly EntityType[];
}

export interface PaperQuery {
  /** Full-text query over titles and abstracts; results are ordered by relevance. */
  readonly search?: string;
  readonly where?: PaperFilter;
  readonly first: number;
  readonly offset: number;
  /**
   * false: the caller does not need `totalCount`, so a store may skip counting; it then reports a
   * lower bound that still tells whether a next page exists. Default true.
   */
  readonly count?: boolean;
  /**
   * With `search` and a count: the store may stop counting past this many matches. Up to it the
   * total is exact; beyond it, `totalCount` is a lower bound greater than it.
   */
  readonly countUpTo?: number;
  /**
   * With each paper, its links (without evidence) to these kinds of entity, ordered by position: a
   * list page and its entity lists in one store call. Only for plain lists (no search, no where).
   */
  readonly links?: readonly EntityType[];
  /**
   * false: the caller shows no abstract (its selection does not ask for one), so a store may leave
   * `abstract` empty instead of reading it: an abstract is most of a listed paper's bytes. Default true.
   */
  readonly withAbstract?: boolean;
  /**
   * false: the caller shows none of a paper's metadata (authors, venue, arXiv id, categories, record
   * id), so a store may leave them out. Default true.
   */
  readonly withMetadata?: boolean;
  /**
   * With `links`, false: the caller shows no linked entity's aliases, so a store may leave each link's
   * `entity.aliases` empty. Default true.
   */
  readonly withAliases?: boolean;
}

/** What getPapersWithLinks may leave out, as in PaperQuery (default true each). */
export type PaperParts = Pick<PaperQuery, 'withAbstract' | 'withMetadata' | 'withAliases'>;

/** A paper of a list page; `links` when the query asked for them. */
export interface ListedPaper extends ScoredPaper {
  readonly links?: readonly EntityLinkSummary[];
}

/** A paper with its links (without evidence) to the kinds of entity asked, ordered by position. */
export interface PaperWithLinks {
  readonly paper: PaperNode;
  readonly links: readonly EntityLinkSummary[];
}

export interface EntityQuery {
  readonly type: EntityType;
  readonly orderBy: EntityOrder;
  readonly first: number;
  readonly offset: number;
  readonly nameStartsWith?: string;
  /** Every word of it (lower case) starts a word of the name or an alias (model/name-match.ts). */
  readonly nameContains?: readonly string[];
  readonly minPapers?: number;
}

export interface RelatedPapersQuery {
  /** Kinds of shared entity that count. */
  readonly via: readonly EntityType[];
  /** Whether similar titles and abstracts count too (graph/related-text.ts). */
  readonly text: boolean;
  readonly first: number;
  readonly offset: number;
  /** As PaperQuery.count: false lets a store report a lower bound of the total (default true). */
  readonly count?: boolean;
  /** As PaperQuery.withAbstract (default true). */
  readonly withAbstract?: boolean;
  /** As PaperQuery.withMetadata (default true). */
  readonly withMetadata?: boolean;
  /** false: the caller shows no shared entity's aliases, so a store may leave them empty. Default true. */
  readonly withAliases?: boolean;
}

export interface EntityPapersQuery {
  readonly first: number;
  readonly offset: number;
  readonly minConfidence?: number;
  readonly orderBy?: PaperOrder;
  /**
   * false: the caller shows no abstract (its selection does not ask for one), so a store may leave
   * `abstract` empty instead of reading it: an abstract is most of a listed paper's bytes. Default true.
   */
  readonly withAbstract?: boolean;
  /**
   * false: the caller shows no evidence, so a store may leave each link's `evidence` empty (no mention,
   * offsets 0, no sentence) instead of reading it; confidence and role are kept. Default true.
   */
  readonly withEvidence?: boolean;
  /** As PaperQuery.withMetadata (default true). */
  readonly withMetadata?: boolean;
}

/**
 * Everything papergraph needs from a graph database. Two adapters implement it, the in-process
 * store and Neo4j, and one contract suite (test/store.case.ts) holds them to the same behaviour.
 */
export interface PathQuery {
  /** Longest path in links. */
  readonly maxLength: number;
  /** How many of the shortest paths to join. */
  readonly maxPaths: number;
  /** Entity types no path passes through (the two ends may be of them). */
  readonly avoid?: readonly EntityType[];
}

export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  /** A human-readable location for logs: a directory or a URI. */
  readonly location: string;
  /** Creates constraints and indexes; safe to call any number of times. */
  migrate(): Promise<void>;
  /**
   * Announces a load of about `papers` papers. A store may then stop index upkeep that one rebuild
   * at the end costs less than (true when it did); endBulkLoad, or else the next migrate, restores it.
   */
  beginBulkLoad?(papers: number): Promise<boolean>;
  /** Rebuilds what beginBulkLoad suspended and waits until it serves. */
  endBulkLoad?(): Promise<void>;
  /**
   * Starts building a search index the store builds when first wanted (the in-process store's), so
   * that a server's first search does not wait for all of it; resolves once it is built.
   */
  whenIndexed?(): Promise<void>;
  /**
   * Writes papers with their entities. Idempotent: writing a paper again replaces its links, so
   * re-ingest never duplicates. A batch is written whole or not at all.
   */
  writePapers(batch: readonly ExtractedPaper[]): Promise<WriteSummary>;
  /** The fingerprints stored with these papers (ExtractedPaper.fingerprint), for those that have one. */
  paperFingerprints(ids: readonly string[]): Promise<Map<string, string>>;
  /** The result statements of many papers at once, by paper id (papers without any left out), in text order. */
  resultsOfPapers(ids: readonly string[]): Promise<Map<string, StoredResult[]>>;
  /** Every result on a benchmark (deltas too), by paper id then position. */
  resultsOfBenchmark(entityId: string): Promise<StoredResult[]>;
  /** A benchmark's absolute results ranked best first by the metric's direction (graph/leaderboard.ts). */
  leaderboard(entityId: string, query: LeaderboardQuery): Promise<LeaderboardPage>;
  /** Every result, for exports. */
  allResults(): Promise<StoredResult[]>;
  /** Papers by id, in the order asked, undefined where unknown. */
  getPapers(ids: readonly string[]): Promise<(PaperNode | undefined)[]>;
  /**
   * getPapers and linksOfPapers without evidence, limited to `kinds`, in one call: a paper page in one
   * round trip. `parts` says what the caller does not show (a store may still return it).
   */
  getPapersWithLinks(ids: readonly string[], kinds: readonly EntityType[], parts?: PaperParts): Promise<(PaperWithLinks | undefined)[]>;
  /**
   * Papers, newest first; with `search`, by full-text relevance; with `where.anyOf`, by how many
   * of those entities they mention (the score), then newest first.
   */
  listPapers(query: PaperQuery): Promise<Page<ListedPaper>>;
  /**
   * The entity links of many papers at once (for batching), by paper id (papers without links
   * map to []), ordered by position. With `evidence: false` a store may leave the evidence out
   * (the sentence is most of a link's bytes), and with `kinds` the links to other kinds of entity,
   * for lists that show names and counts.
   */
  linksOfPapers(ids: readonly string[]): Promise<Map<string, EntityLink[]>>;
  linksOfPapers(ids: readonly string[], options: LinkSummaryOptions): Promise<Map<string, EntityLinkSummary[]>>;
  /** An entity by canonical name or alias; case, spacing and punctuation are ignored. */
  findEntity(type: EntityType, name: string): Promise<EntityNode | undefined>;
  /** findEntity and papersOfEntity in one call: an entity page in one round trip. */
  findEntityWithPapers(
    type: EntityType,
    name: string,
    query: EntityPapersQuery,
  ): Promise<{ entity: EntityNode; papers: Page<PaperLink> } | undefined>;
  listEntities(query: EntityQuery): Promise<Page<EntityNode>>;
  /** Entities by id, in the order asked, undefined where unknown. */
  getEntities(ids: readonly string[]): Promise<(EntityNode | undefined)[]>;
  /** Papers linked to an entity: newest first (undated last), or by title. */
  papersOfEntity(entityId: string, query: EntityPapersQuery): Promise<Page<PaperLink>>;
  /**
   * Papers sharing entities of the given types with a paper, scored by Adamic–Adar (the sum over
   * shared entities e of 1 / ln(1 + paperCount(e)), so rare shared entities weigh more), plus, with
   * `text`, TEXT_WEIGHT times the similarity of their titles and abstracts to the paper's.
   * Undefined when there is no such paper.
   */
  relatedPapers(paperId: string, query: RelatedPapersQuery): Promise<Page<RelatedPaper> | undefined>;
  /** Entities of a type that share papers with an entity, by how many papers they share. */
  coOccurring(entityId: string, type: EntityType, page: { first: number; offset: number }): Promise<Page<CoOccurrence<EntityNode>>>;
  /** The union of up to `maxPaths` shortest paths between two nodes (papers or entities), as PathQuery says. */
  shortestPaths(fromId: string, toId: string, query: PathQuery): Promise<Subgraph>;
  /**
   * The nodes around a paper or entity, walked breadth-first (graph/neighborhood.ts) with the edges
   * among them; undefined when the node does not exist.
   */
  neighborhood(nodeId: string, query: NeighborhoodQuery): Promise<Subgraph | undefined>;
  /** Every node and edge, for exports of the whole graph. */
  exportGraph(): Promise<Subgraph>;
  /**
   * Papers mentioning an entity, counted per year or month of publication: every period from the
   * first to the last, 0 where none was published (undated papers left out, and by month those
   * dated only to the year).
   */
  trend(entityId: string, by: TrendPeriod): Promise<TrendPoint[]>;
  stats(): Promise<GraphStats>;
  /** Hand fixes, oldest first; the pipeline re-applies them to every batch it writes. */
  listOverrides(): Promise<Override[]>;
  /**
   * Makes a hand fix in the stored graph and records it, both or neither: hide drops the entity
   * with its links and aliases; merge moves links, names and aliases of `from` to `into`; rename
   * and alias change the entity's names and add an alias for the new name.
   */
  applyOverride(override: Override): Promise<void>;
  /**
   * Undoes a recorded fix in one commit, all of it or none: forgets the fix and writes `batches` in
   * order (curation: the papers it touched, bare and then extracted again). False, writing nothing,
   * when there is no such fix.
   */
  undoOverride(id: string, batches: readonly (readonly ExtractedPaper[])[]): Promise<boolean>;
  /** Makes written batches durable: the in-process store saves its file here; Neo4j already has. */
  flush(): Promise<void>;
  /** Resolves when the store answers now (a live round trip for Neo4j); for readiness checks. */
  ping(): Promise<void>;
  /** Flushes and releases the store. */
  close(): Promise<void>;
  /**
   * The same store, its reads stopped by the database at `deadline` (epoch ms). A store without it
   * gets the deadline through withQueryDeadline, whose AsyncLocalStorage makes every promise of the
   * process pay an async hook.
   */
  withDeadline?(deadline: number): GraphStore;
}
