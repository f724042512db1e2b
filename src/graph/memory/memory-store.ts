import {
  entityNodeId,
  typedEntityKey,
  type EntityLink,
  type EntityNode,
  type EntityType,
  type ExtractedPaper,
  type GraphStats,
  type Page,
  type PaperLink,
  type PaperNode,
  type RelatedPaper,
  type ScoredPaper,
  type WriteSummary,
  type CoOccurrence,
  type GraphEdgeView,
  type GraphNodeView,
  type PaperFilter,
  type Subgraph,
  type TrendPeriod,
  type TrendPoint,
  type Override,
  type LeaderboardPage,
  type StoredResult,
  ENTITY_TYPES,
  matchNames,
  type NameMatch,
  presentMetadata,
} from '../../model/index.js';
import { compareResults, rankResults, toStoredResult, type LeaderboardQuery } from '../leaderboard.js';
import { sharedEntityWeight } from '../graph-model.js';
import {
  compareNeighbors,
  edgeId,
  entityView,
  paperView,
  pathsToSubgraph,
  selectPaths,
  walkNeighborhood,
  type NeighborFetch,
  type NeighborList,
  type NeighborRef,
  type NeighborhoodQuery,
} from '../neighborhood.js';
import { compareText } from '../write-plan.js';
import { fillTrend } from '../trend-periods.js';
import { contentWords, distinctiveTerms, TEXT_WEIGHT, textSimilarities } from '../related-text.js';
import type {
  EntityPapersQuery,
  EntityQuery,
  GraphStore,
  ListedPaper,
  PaperQuery,
  PaperWithLinks,
  PathQuery,
  RelatedPapersQuery,
} from '../store.js';
import { applyOverrideToGraph } from './apply-override.js';
import { applyBatch, type AppliedBatch } from './apply-batch.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { GraphJournal } from './graph-journal.js';
import { createPaperGraph, type EntityAttributes, type PaperAttributes, type PaperGraph } from './memory-graph.js';
import { loadOverrides, saveOverrides } from './overrides-file.js';
import { PaperIndex } from './paper-index.js';
import { PaperOrder, pageInOrder } from './paper-order.js';

export interface MemoryStoreOptions {
  /** Where the graph persists; without it the store lives in memory only. */
  readonly dataDir?: string;
  /**
   * Take the data directory's write lock before loading the graph and hold it until close, so that
   * concurrent writers run one after the other instead of overwriting each other's saves.
   */
  readonly lock?: { readonly waitMs: number; readonly onWait?: () => void };
  /** Compact the write log into a new snapshot once it passes this many bytes (and the snapshot's size). */
  readonly compactFloorBytes?: number;
}

/**
 * The zero-setup store: a graphology graph in memory, persisted to a data directory as a snapshot
 * plus a log of the writes since (graph-journal.ts).
 */
export class MemoryStore implements GraphStore {
  readonly kind = 'memory';
  readonly location: string;
  /**
   * Built in slices when first wanted (a search, text-related papers, or whenIndexed), then kept up to
   * date by every write; a process that never searches (an ingest) never builds it: 82 MB of heap
   * beside the graph's 223 MB at 40k papers.
   */
  private readonly search = new PaperIndex();
  private indexed?: Promise<void>;
  private sortedEntities = new Map<string, EntityNode[]>();
  /** How many papers use each content word (related-text.ts), kept with the search index. */
  private readonly wordFrequency = new Map<string, number>();
  private overridesDirty = false;
  /** Sorted at load, kept in order by every write. */
  private readonly paperOrder = new PaperOrder((id) => this.graph.getNodeAttributes(id) as PaperAttributes);
  private byRecordId?: Map<string, string>;
  /** Writes, compactions and flushes run one at a time, in the order called. */
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly graph: PaperGraph,
    private readonly aliases: Map<string, string>,
    private readonly overrides: Override[],
    private readonly dataDir: string | undefined,
    private readonly lock: DataDirLock | undefined,
    private readonly journal: GraphJournal | undefined,
  ) {
    this.location = dataDir ?? '(in memory)';
    this.paperOrder.reset(this.graph.filterNodes((_, a) => a.kind === 'paper'));
  }

  /** Indexes the loaded papers a slice at a time, letting other work run between slices. */
  private async indexPapers(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += INDEX_SLICE) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const id of ids.slice(i, i + INDEX_SLICE)) this.indexPaper(id, this.graph.getNodeAttributes(id) as PaperAttributes);
    }
  }

  /** Starts building the search index if nothing has yet; resolves once it holds every paper. */
  whenIndexed(): Promise<void> {
    // After the writes under way, and the writes after it wait for it (indexBuilt): it reads a graph no write changes.
    return (this.indexed ??= this.writing.then(() => this.indexPapers(this.graph.filterNodes((_, a) => a.kind === 'paper'))));
  }

  /**
   * For a write: waits for an index build under way, and says whether the write must update the index
   * (a build started during the write reads the graph after it).
   */
  private async indexBuilt(): Promise<boolean> {
    if (!this.indexed) return false;
    await this.indexed;
    return true;
  }

  static async open(options: MemoryStoreOptions = {}): Promise<MemoryStore> {
    const lock = options.dataDir && options.lock ? await lockDataDir(options.dataDir, options.lock.waitMs, options.lock.onWait) : undefined;
    try {
      if (!options.dataDir) return new MemoryStore(createPaperGraph(), new Map(), [], undefined, undefined, undefined);
      const { journal, graph, aliases, undone, logged } = await GraphJournal.load(options.dataDir, options.compactFloorBytes);
      // An old graph.json becomes a snapshot on first open.
      if (journal.fromLegacyFile) await journal.compact(graph, aliases);
      const listed = await loadOverrides(options.dataDir);
      const listedIds = new Set(listed.map((o) => o.id));
      // The log record is the commit of a fix or of its undo; the file catches up with it here.
      const overrides = [...listed, ...logged.filter((o) => !listedIds.has(o.id))].filter((o) => !undone.has(o.id));
      const caughtUp = overrides.length !== listed.length || overrides.some((o, i) => o.id !== listed[i]!.id);
      // A writer that died between logging and saving the file: the file catches up before a compaction drops the log.
      if (lock && caughtUp) await saveOverrides(options.dataDir, overrides);
      return new MemoryStore(graph, aliases, overrides, options.dataDir, lock, journal);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  async migrate(): Promise<void> {}

  async paperFingerprints(ids: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const id of ids) {
      const a = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
      if (a?.kind === 'paper' && a.fingerprint) found.set(id, a.fingerprint);
    }
    return found;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writing.then(work);
    this.writing = run.catch(() => undefined);
    return run;
  }

  writePapers(batch: readonly ExtractedPaper[]): Promise<WriteSummary> {
    return this.exclusive(async () => {
      this.lock?.assertHeld();
      const indexed = await this.indexBuilt();
      const applied = applyBatch(this.graph, this.aliases, batch);
      try {
        await this.journal?.commit({ papers: batch });
      } catch (error) {
        applied.undo.rollback();
        throw error;
      } finally {
        this.changed();
      }
      this.reindex(applied.replaced, indexed);
      await this.compactIfDue();
      return applied.summary;
    });
  }

  /** The search index and the paper order after a write replaced these papers (with their attributes before it). */
  private reindex(replaced: ReadonlyMap<string, PaperAttributes | undefined>, indexed: boolean): void {
    const removed = new Set<string>();
    for (const [id, old] of replaced) {
      if (old) removed.add(id);
      // Without an index, its build will read the papers as they then are.
      if (!indexed) continue;
      if (old) this.unindexPaper(id, old);
      this.indexPaper(id, this.graph.getNodeAttributes(id) as PaperAttributes);
    }
    this.paperOrder.update(removed, [...replaced.keys()]);
  }

  undoOverride(id: string, batches: readonly (readonly ExtractedPaper[])[]): Promise<boolean> {
    return this.exclusive(async () => {
      const index = this.overrides.findIndex((o) => o.id === id);
      if (index < 0) return false;
      this.lock?.assertHeld();
      const indexed = await this.indexBuilt();
      const applied: AppliedBatch[] = [];
      try {
        for (const batch of batches) applied.push(applyBatch(this.graph, this.aliases, batch));
        // One log record for the whole undo: replayed whole or (cut short) not at all.
        await this.journal?.commit({ undo: id, batches });
      } catch (error) {
        for (const done of applied.reverse()) done.undo.rollback();
        throw error;
      } finally {
        this.changed();
      }
      // The papers as they were before the first batch, and the ids each batch wrote.
      const replaced = new Map<string, PaperAttributes | undefined>();
      for (const done of applied) for (const [paper, old] of done.replaced) if (!replaced.has(paper)) replaced.set(paper, old);
      this.reindex(replaced, indexed);
      this.overrides.splice(index, 1);
      if (this.dataDir) await saveOverrides(this.dataDir, this.overrides);
      await this.compactIfDue();
      return true;
    });
  }

  async listOverrides(): Promise<Override[]> {
    return [...this.overrides];
  }

  applyOverride(override: Override): Promise<void> {
    return this.exclusive(async () => {
      this.lock?.assertHeld();
      await this.indexBuilt();
      applyOverrideToGraph(this.graph, this.aliases, override);
      this.changed();
      this.overrides.push(override);
      this.overridesDirty = true;
      await this.journal?.commit({ override });
      await this.compactIfDue();
    });
  }

  private changed(): void {
    this.byRecordId = undefined;
    this.sortedEntities.clear();
  }

  private async compactIfDue(): Promise<void> {
    // Only a writer compacts: a reader (stats, export) doing it beside a writer would drop the log under it.
    if (this.journal?.needsCompaction && (this.lock || this.journal.wrote)) {
      // The log holds the only record of a fix not yet in overrides.json: save the file before the log goes.
      if (this.overridesDirty && this.dataDir) {
        await saveOverrides(this.dataDir, this.overrides);
        this.overridesDirty = false;
      }
      await this.journal.compact(this.graph, this.aliases);
    }
  }

  private indexPaper(id: string, a: PaperAttributes): void {
    this.search.add({ id, title: a.title, abstract: a.abstract });
    for (const w of new Set(contentWords(`${a.title} ${a.abstract}`))) this.wordFrequency.set(w, (this.wordFrequency.get(w) ?? 0) + 1);
  }

  private unindexPaper(id: string, a: PaperAttributes): void {
    this.search.discard(id);
    for (const w of new Set(contentWords(`${a.title} ${a.abstract}`))) {
      const n = (this.wordFrequency.get(w) ?? 0) - 1;
      if (n > 0) this.wordFrequency.set(w, n);
      else this.wordFrequency.delete(w);
    }
  }

  async resultsOfPapers(ids: readonly string[]): Promise<Map<string, StoredResult[]>> {
    const found = new Map<string, StoredResult[]>();
    for (const id of ids) {
      if (!this.graph.hasNode(id)) continue;
      const a = this.graph.getNodeAttributes(id);
      if (a.kind === 'paper' && a.results?.length) found.set(id, a.results.map(toStoredResult).sort(compareResults));
    }
    return found;
  }

  async resultsOfBenchmark(entityId: string): Promise<StoredResult[]> {
    if (!this.graph.hasNode(entityId)) return [];
    const found: StoredResult[] = [];
    this.graph.forEachInNeighbor(entityId, (_, a) => {
      if (a.kind !== 'paper') return;
      for (const r of a.results ?? []) if (r.benchmarkId === entityId) found.push(toStoredResult(r));
    });
    return found.sort(compareResults);
  }

  async leaderboard(entityId: string, query: LeaderboardQuery): Promise<LeaderboardPage> {
    return rankResults(await this.resultsOfBenchmark(entityId), query);
  }

  async allResults(): Promise<StoredResult[]> {
    const found: StoredResult[] = [];
    this.graph.forEachNode((_, a) => {
      if (a.kind === 'paper') for (const r of a.results ?? []) found.push(toStoredResult(r));
    });
    return found.sort(compareResults);
  }

  async getPapers(ids: readonly string[]): Promise<(PaperNode | undefined)[]> {
    return ids.map((id) => this.paperNode(id) ?? this.paperNode(this.recordIds().get(id) ?? ''));
  }

  async getPapersWithLinks(ids: readonly string[], kinds: readonly EntityType[]): Promise<(PaperWithLinks | undefined)[]> {
    const papers = await this.getPapers(ids);
    const found = papers.filter((p): p is PaperNode => p !== undefined);
    const listed = new Map(
      (
        await this.withLinks(
          found.map((paper) => ({ paper, score: 0 })),
          kinds,
        )
      ).map((l) => [l.paper.id, l]),
    );
    return papers.map((p) => (p ? { paper: p, links: listed.get(p.id)!.links! } : undefined));
  }

  /** Record id → paper id, for records whose id is not the paper's (the first paper by id wins); kept until the next write. */
  private recordIds(): Map<string, string> {
    if (!this.byRecordId) {
      this.byRecordId = new Map();
      const papers = this.graph.filterNodes((_, a) => a.kind === 'paper' && a.recordId !== undefined).sort(compareText);
      for (const id of papers) {
        const recordId = (this.graph.getNodeAttributes(id) as PaperAttributes).recordId!;
        if (!this.byRecordId.has(recordId)) this.byRecordId.set(recordId, id);
      }
    }
    return this.byRecordId;
  }

  async listPapers(query: PaperQuery): Promise<Page<ListedPaper>> {
    const where = query.where ?? {};
    const anyOf = where.anyOf ?? [];
    // Newest first; only the page becomes records (a list or a filter can hold every paper).
    let ordered: readonly string[];
    if (query.search?.trim()) {
      await this.whenIndexed();
      // The index ranks only the page and counts the rest (a common word matches tens of thousands).
      const { hits, total } = this.search.search(query.search, {
        titleBoost: 2,
        first: query.first,
        offset: query.offset,
        ...(query.where ? { accept: (id: string) => this.matches(id, where) } : {}),
      });
      const items = hits.map((hit) => ({ paper: this.paperNode(hit.id)!, score: hit.score }));
      return { items, totalCount: total, offset: query.offset };
    } else if (!query.where) {
      ordered = this.paperOrder.all();
    } else {
      // Start from an entity the papers must (or may) mention when there is one, as the Neo4j store does.
      const seeds = where.allOf?.length ? where.allOf.slice(0, 1) : anyOf;
      // Without seeds there is no anyOf to score by: the papers stay newest first.
      if (seeds.length === 0) ordered = this.paperOrder.all().filter((id) => this.matches(id, where));
      else {
        const candidates = [...new Set(seeds.flatMap((e) => (this.graph.hasNode(e) ? this.graph.inNeighbors(e) : [])))];
        const matching = candidates
          .filter((id) => this.matches(id, where))
          .map((id) => ({ id, score: anyOf.filter((e: string) => this.graph.hasEdge(id, e)).length }));
        const { compare } = this.paperOrder;
        const items = pageInOrder(matching, query.offset, query.first, (a, b) => b.score - a.score || compare(a.id, b.id));
        return {
          items: items.map((p) => ({ paper: this.paperNode(p.id)!, score: p.score })),
          totalCount: matching.length,
          offset: query.offset,
        };
      }
    }
    const items = ordered.slice(query.offset, query.offset + query.first).map((id) => ({ paper: this.paperNode(id)!, score: 0 }));
    if (query.links && !query.search && !query.where)
      return { items: await this.withLinks(items, query.links), totalCount: ordered.length, offset: query.offset };
    return { items, totalCount: ordered.length, offset: query.offset };
  }

  private matches(paperId: string, where: PaperFilter): boolean {
    const a = this.graph.getNodeAttributes(paperId) as PaperAttributes;
    if (where.publishedFrom && !(a.published && a.published >= where.publishedFrom)) return false;
    if (where.publishedTo && !(a.published && a.published <= where.publishedTo)) return false;
    if (where.allOf && !where.allOf.every((e) => this.graph.hasEdge(paperId, e))) return false;
    if (where.anyOf?.length && !where.anyOf.some((e) => this.graph.hasEdge(paperId, e))) return false;
    if (where.venue !== undefined && a.venue?.toLowerCase() !== where.venue.toLowerCase()) return false;
    if (where.author !== undefined && !a.authors?.some((name) => name.toLowerCase() === where.author!.toLowerCase())) return false;
    if (where.hasCode !== undefined) {
      const code = this.graph.someOutNeighbor(paperId, (_, n) => n.kind === 'entity' && n.type === 'repo' && n.repoKind === 'code');
      if (code !== where.hasCode) return false;
    }
    return true;
  }

  private async withLinks(items: ScoredPaper[], kinds: readonly EntityType[]): Promise<ListedPaper[]> {
    const links = await this.linksOfPapers(items.map((i) => i.paper.id));
    const wanted = new Set(kinds);
    return items.map((i) => ({
      ...i,
      links: (links.get(i.paper.id) ?? []).filter((l) => wanted.has(l.entity.type)).map(({ evidence: _, ...summary }) => summary),
    }));
  }

  async linksOfPapers(ids: readonly string[]): Promise<Map<string, EntityLink[]>> {
    const result = new Map<string, EntityLink[]>();
    for (const id of ids) {
      if (!this.graph.hasNode(id)) continue;
      const links: EntityLink[] = [];
      this.graph.forEachOutEdge(id, (link, _, target) => {
        links.push({
          entity: this.entityNode(target),
          evidence: { mention: link.mention, start: link.start, end: link.end, sentence: link.sentence },
          confidence: link.confidence,
          ...(link.role ? { role: link.role } : {}),
        });
      });
      links.sort((a, b) => a.evidence.start - b.evidence.start || compareText(a.entity.id, b.entity.id));
      result.set(id, links);
    }
    return result;
  }

  async findEntity(type: EntityType, name: string): Promise<EntityNode | undefined> {
    const key = typedEntityKey(type, name);
    const direct = entityNodeId(type, key);
    const id = this.graph.hasNode(direct) ? direct : this.aliases.get(direct);
    return id && this.graph.hasNode(id) ? this.entityNode(id) : undefined;
  }

  async findEntityWithPapers(
    type: EntityType,
    name: string,
    query: EntityPapersQuery,
  ): Promise<{ entity: EntityNode; papers: Page<PaperLink> } | undefined> {
    const entity = await this.findEntity(type, name);
    return entity ? { entity, papers: await this.papersOfEntity(entity.id, query) } : undefined;
  }

  async listEntities(query: EntityQuery): Promise<Page<EntityNode>> {
    const cacheKey = `${query.type}:${query.orderBy === 'NAME' ? 'NAME' : 'PAPER_COUNT'}`;
    let sorted = this.sortedEntities.get(cacheKey);
    if (!sorted) {
      sorted = this.graph.filterNodes((_, a) => a.kind === 'entity' && a.type === query.type).map((id) => this.entityNode(id));
      sorted.sort(
        (a, b) => (query.orderBy === 'NAME' ? 0 : b.paperCount - a.paperCount) || compareText(a.name, b.name) || compareText(a.id, b.id),
      );
      this.sortedEntities.set(cacheKey, sorted);
    }
    const prefix = query.nameStartsWith?.toLowerCase();
    const words = query.nameContains ?? [];
    const matches = new Map<EntityNode, NameMatch>();
    const filtered = sorted.filter((e) => {
      if ((prefix !== undefined && !e.name.toLowerCase().startsWith(prefix)) || e.paperCount < (query.minPapers ?? 0)) return false;
      if (words.length === 0) return true;
      const match = matchNames([e.name, ...e.aliases], words);
      if (match !== undefined) matches.set(e, match);
      return match !== undefined;
    });
    // A stable sort: within each match quality the paper-count order stays.
    if (query.orderBy === 'CLOSEST_NAME' && words.length) filtered.sort((a, b) => matches.get(a)! - matches.get(b)!);
    return page(filtered, query);
  }

  async papersOfEntity(entityId: string, query: EntityPapersQuery): Promise<Page<PaperLink>> {
    if (!this.graph.hasNode(entityId)) return { items: [], totalCount: 0, offset: query.offset };
    const minConfidence = query.minConfidence ?? 0;
    const sources: string[] = [];
    this.graph.forEachInEdge(entityId, (link, source) => {
      if (link.confidence >= minConfidence) sources.push(source);
    });
    // Only the page is picked and only its links are built (a method can have tens of thousands of papers).
    const ids = pageInOrder(sources, query.offset, query.first, query.orderBy === 'TITLE' ? this.byTitle : this.paperOrder.compare);
    const items = ids.map((source): PaperLink => {
      const link = this.graph.getEdgeAttributes(source, entityId);
      return {
        paper: this.paperNode(source)!,
        evidence: { mention: link.mention, start: link.start, end: link.end, sentence: link.sentence },
        confidence: link.confidence,
        ...(link.role ? { role: link.role } : {}),
      };
    });
    return { items, totalCount: sources.length, offset: query.offset };
  }

  /** comparePapers('TITLE') on paper ids. */
  private readonly byTitle = (a: string, b: string): number => {
    const x = this.graph.getNodeAttributes(a) as PaperAttributes;
    const y = this.graph.getNodeAttributes(b) as PaperAttributes;
    return (x.title < y.title ? -1 : x.title > y.title ? 1 : 0) || this.paperOrder.compare(a, b);
  };

  async relatedPapers(paperId: string, query: RelatedPapersQuery): Promise<Page<RelatedPaper> | undefined> {
    const paper = this.paperNode(paperId);
    if (!paper) return undefined;
    const types = new Set(query.via);
    const related = new Map<string, { score: number; shared: EntityNode[] }>();
    this.graph.forEachOutNeighbor(paperId, (entityId, attrs) => {
      if (attrs.kind !== 'entity' || !types.has(attrs.type)) return;
      const entity = this.entityNode(entityId);
      const weight = sharedEntityWeight(entity.paperCount);
      this.graph.forEachInNeighbor(entityId, (other) => {
        if (other === paperId) return;
        const entry = related.get(other) ?? { score: 0, shared: [] };
        entry.score += weight;
        entry.shared.push(entity);
        related.set(other, entry);
      });
    });
    if (query.text) await this.whenIndexed();
    const text = query.text ? this.similarTexts(paper) : new Map<string, number>();
    for (const id of text.keys()) if (!related.has(id)) related.set(id, { score: 0, shared: [] });
    const ranked = [...related.entries()]
      .map(([id, r]) => {
        const textSimilarity = text.get(id) ?? 0;
        return {
          paper: this.paperNode(id)!,
          score: r.score + TEXT_WEIGHT * textSimilarity,
          shared: r.shared.sort((a, b) => compareText(a.id, b.id)),
          textSimilarity,
        };
      })
      .sort((a, b) => b.score - a.score || compareText(a.paper.id, b.paper.id));
    return page(ranked, query);
  }

  private similarTexts(paper: PaperNode): Map<string, number> {
    const index = this.search;
    const terms = distinctiveTerms(paper, (w) => this.wordFrequency.get(w) ?? 0, index.documentCount);
    if (terms.length === 0) return new Map();
    return textSimilarities(index.searchAny(terms), paper.id);
  }

  async getEntities(ids: readonly string[]): Promise<(EntityNode | undefined)[]> {
    return ids.map((id) =>
      this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'kind') === 'entity' ? this.entityNode(id) : undefined,
    );
  }

  async coOccurring(entityId: string, type: EntityType, query: { first: number; offset: number }): Promise<Page<CoOccurrence<EntityNode>>> {
    if (!this.graph.hasNode(entityId)) return page([], query);
    const counts = new Map<string, number>();
    this.graph.forEachInNeighbor(entityId, (paper) => {
      this.graph.forEachOutNeighbor(paper, (other, a) => {
        if (other !== entityId && a.kind === 'entity' && a.type === type) counts.set(other, (counts.get(other) ?? 0) + 1);
      });
    });
    const ranked = [...counts.entries()]
      .map(([id, count]) => ({ entity: this.entityNode(id), count }))
      .sort((a, b) => b.count - a.count || compareText(a.entity.name, b.entity.name) || compareText(a.entity.id, b.entity.id));
    return page(ranked, query);
  }

  async shortestPaths(fromId: string, toId: string, { maxLength, maxPaths, avoid = [] }: PathQuery): Promise<Subgraph> {
    const empty = { nodes: [], edges: [], truncated: false };
    if (!this.graph.hasNode(fromId) || !this.graph.hasNode(toId)) return empty;
    const avoided = new Set<string>(avoid);
    const passable = (id: string): boolean => {
      if (avoided.size === 0 || id === toId) return true;
      const a = this.graph.getNodeAttributes(id);
      return a.kind === 'paper' || !avoided.has(a.type);
    };
    // Breadth-first from `fromId`, keeping every predecessor on a shortest route.
    const distance = new Map<string, number>([[fromId, 0]]);
    const predecessors = new Map<string, string[]>();
    let frontier = [fromId];
    for (let d = 1; d <= maxLength && frontier.length > 0 && !distance.has(toId); d++) {
      const next: string[] = [];
      for (const node of frontier) {
        this.graph.forEachNeighbor(node, (neighbor) => {
          if (!passable(neighbor)) return;
          if (!distance.has(neighbor)) {
            distance.set(neighbor, d);
            next.push(neighbor);
          }
          if (distance.get(neighbor) === d) predecessors.set(neighbor, [...(predecessors.get(neighbor) ?? []), node]);
        });
      }
      frontier = next;
    }
    if (!distance.has(toId) || fromId === toId) return fromId === toId ? this.pathsSubgraph([[fromId]]) : empty;
    const paths: string[][] = [];
    const unwind = (node: string, suffix: string[]): void => {
      if (paths.length >= MAX_ENUMERATED_PATHS) return;
      if (node === fromId) {
        paths.push([fromId, ...suffix]);
        return;
      }
      for (const p of predecessors.get(node) ?? []) unwind(p, [node, ...suffix]);
    };
    unwind(toId, []);
    return this.pathsSubgraph(selectPaths(paths, maxPaths));
  }

  async neighborhood(nodeId: string, query: NeighborhoodQuery): Promise<Subgraph | undefined> {
    if (!this.graph.hasNode(nodeId)) return undefined;
    const ref = (id: string): NeighborRef => {
      const a = this.graph.getNodeAttributes(id);
      return a.kind === 'paper'
        ? { id, type: 'paper', size: this.graph.outDegree(id) }
        : { id, type: a.type, size: this.graph.inDegree(id) };
    };
    const fetch: NeighborFetch = async (ids, options) => {
      const kinds = options.kinds ? new Set(options.kinds) : undefined;
      const result = new Map<string, NeighborList>();
      for (const id of ids) {
        const nodes = this.graph
          .neighbors(id)
          .map(ref)
          .filter((v) => v.type === 'paper' || !kinds || kinds.has(v.type))
          .sort(compareNeighbors)
          .slice(0, options.perNode);
        result.set(id, { nodes, degree: this.graph.degree(id) });
      }
      return result;
    };
    const walked = await walkNeighborhood(nodeId, query, fetch);
    if (!walked) return undefined;
    const chosen = new Set(walked.ids);
    const edges: GraphEdgeView[] = [];
    for (const id of chosen) {
      this.graph.forEachOutEdge(id, (link, source, target) => {
        if (chosen.has(target)) edges.push({ id: edgeId(source, target), source, target, type: link.relation, weight: link.confidence });
      });
    }
    edges.sort((a, b) => compareText(a.id, b.id));
    return { nodes: walked.ids.map((id) => this.nodeView(id)), edges, truncated: walked.truncated };
  }

  async exportGraph(): Promise<Subgraph> {
    const nodes = this.graph.mapNodes((id) => this.nodeView(id)).sort((a, b) => compareText(a.id, b.id));
    const edges = this.graph
      .mapEdges((link, source, target) => ({ id: edgeId(source, target), source, target, type: link.relation, weight: link.confidence }))
      .sort((a, b) => compareText(a.id, b.id));
    return { nodes, edges, truncated: false };
  }

  async trend(entityId: string, by: TrendPeriod): Promise<TrendPoint[]> {
    if (!this.graph.hasNode(entityId)) return [];
    const counts = new Map<string, number>();
    this.graph.forEachInNeighbor(entityId, (_, a) => {
      if (a.kind !== 'paper' || !a.published) return;
      const period = a.published.slice(0, by === 'YEAR' ? 4 : 7);
      counts.set(period, (counts.get(period) ?? 0) + 1);
    });
    return fillTrend(
      [...counts.entries()].map(([period, count]) => ({ period, count })),
      by,
    );
  }

  private pathsSubgraph(paths: readonly (readonly string[])[]): Subgraph {
    const views = new Map(paths.flat().map((id) => [id, this.nodeView(id)]));
    return pathsToSubgraph(paths, views, (a, b) => {
      if (!this.graph.hasEdge(a, b)) return undefined;
      const link = this.graph.getEdgeAttributes(a, b);
      return { id: edgeId(a, b), source: a, target: b, type: link.relation, weight: link.confidence };
    });
  }

  private nodeView(id: string): GraphNodeView {
    const a = this.graph.getNodeAttributes(id);
    return a.kind === 'paper' ? paperView(this.paperNode(id)!, this.graph.outDegree(id)) : entityView(this.entityNode(id));
  }

  async stats(): Promise<GraphStats> {
    const counts = new Map<EntityType, number>(ENTITY_TYPES.map((t) => [t, 0]));
    let papers = 0;
    this.graph.forEachNode((_, a) => {
      if (a.kind === 'paper') papers++;
      else counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
    });
    return { papers, edges: this.graph.size, byType: ENTITY_TYPES.map((type) => ({ type, count: counts.get(type) ?? 0 })) };
  }

  async ping(): Promise<void> {}

  /** Writes are durable as they commit; this saves changed hand fixes and compacts a log that is due. */
  flush(): Promise<void> {
    return this.exclusive(async () => {
      if (!this.dataDir) return;
      if (this.overridesDirty) {
        this.lock?.assertHeld();
        await saveOverrides(this.dataDir, this.overrides);
        this.overridesDirty = false;
      }
      await this.compactIfDue();
    });
  }

  async close(): Promise<void> {
    try {
      await this.flush();
      await this.journal?.close();
    } finally {
      await this.lock?.release();
    }
  }

  private paperNode(id: string): PaperNode | undefined {
    if (!this.graph.hasNode(id)) return undefined;
    const a = this.graph.getNodeAttributes(id);
    if (a.kind !== 'paper') return undefined;
    return {
      id,
      title: a.title,
      abstract: a.abstract,
      ...(a.url ? { url: a.url } : {}),
      ...(a.published ? { published: a.published } : {}),
      ...presentMetadata(a),
    };
  }

  private entityNode(id: string): EntityNode {
    const a = this.graph.getNodeAttributes(id) as EntityAttributes;
    return {
      id,
      type: a.type,
      key: a.key,
      name: a.name,
      aliases: a.aliases,
      paperCount: this.graph.inDegree(id),
      ...(a.repoKind ? { repoKind: a.repoKind } : {}),
    };
  }
}

/** Papers indexed between two turns of the event loop while the index is built after load (a few milliseconds of work). */
const INDEX_SLICE = 50;

// Enough to pick the first few in a stable order without enumerating a combinatorial number of routes.
const MAX_ENUMERATED_PATHS = 1000;

function page<T>(items: readonly T[], query: { first: number; offset: number }): Page<T> {
  return { items: items.slice(query.offset, query.offset + query.first), totalCount: items.length, offset: query.offset };
}
