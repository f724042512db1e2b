import MiniSearch from 'minisearch';
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
  presentMetadata,
} from '../../model/index.js';
import { compareResults, rankResults, toStoredResult, type LeaderboardQuery } from '../leaderboard.js';
import { comparePapers, paperSortKey, sharedEntityWeight } from '../graph-model.js';
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
import { compareText, mergeAliasNames, planWrite, type ResultRow } from '../write-plan.js';
import { contentWords, distinctiveTerms, TEXT_WEIGHT, textSimilarities } from '../related-text.js';
import type { EntityPapersQuery, EntityQuery, GraphStore, PaperQuery, RelatedPapersQuery } from '../store.js';
import { applyOverrideToGraph } from './apply-override.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { loadGraph, saveGraph } from './graph-file.js';
import { createPaperGraph, type EntityAttributes, type LinkAttributes, type PaperAttributes, type PaperGraph } from './memory-graph.js';
import { loadOverrides, saveOverrides } from './overrides-file.js';
import { UndoLog } from './undo-log.js';

export interface MemoryStoreOptions {
  /** Where the graph persists; without it the store lives in memory only. */
  readonly dataDir?: string;
  /**
   * Take the data directory's write lock before loading the graph and hold it until close, so that
   * concurrent writers run one after the other instead of overwriting each other's saves.
   */
  readonly lock?: { readonly waitMs: number; readonly onWait?: () => void };
}

/** The zero-setup store: a graphology graph in memory, saved atomically to a data directory. */
export class MemoryStore implements GraphStore {
  readonly kind = 'memory';
  readonly location: string;
  private search?: MiniSearch<{ id: string; title: string; abstract: string }>;
  private sortedEntities = new Map<string, EntityNode[]>();
  /** How many papers use each content word (related-text.ts), built with the search index. */
  private wordFrequency = new Map<string, number>();
  private dirty = false;
  private overridesDirty = false;
  private paperOrder?: string[];
  private byRecordId?: Map<string, string>;

  private constructor(
    private readonly graph: PaperGraph,
    private readonly aliases: Map<string, string>,
    private readonly overrides: Override[],
    private readonly dataDir: string | undefined,
    private readonly lock: DataDirLock | undefined,
  ) {
    this.location = dataDir ?? '(in memory)';
  }

  static async open(options: MemoryStoreOptions = {}): Promise<MemoryStore> {
    const lock = options.dataDir && options.lock ? await lockDataDir(options.dataDir, options.lock.waitMs, options.lock.onWait) : undefined;
    try {
      const stored = options.dataDir ? await loadGraph(options.dataDir) : { graph: createPaperGraph(), aliases: new Map<string, string>() };
      const overrides = options.dataDir ? await loadOverrides(options.dataDir) : [];
      return new MemoryStore(stored.graph, stored.aliases, overrides, options.dataDir, lock);
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

  async writePapers(batch: readonly ExtractedPaper[]): Promise<WriteSummary> {
    const plan = planWrite(batch, {
      hasEntity: (id) => this.graph.hasNode(id),
      aliasTarget: (id) => this.aliases.get(id),
    });
    // Changes go straight into the live graph, each with its undo, so a failure leaves it as it was
    // (copying the graph per batch cost seconds at 50k papers).
    const graph = this.graph;
    const aliases = this.aliases;
    const undo = new UndoLog();
    const touched = new Set<string>();
    const resultsByPaper = new Map<string, ResultRow[]>();
    for (const r of plan.results) resultsByPaper.set(r.paperId, [...(resultsByPaper.get(r.paperId) ?? []), r]);
    try {
      for (const paper of plan.papers) {
        if (graph.hasNode(paper.id)) {
          const old = graph.getNodeAttributes(paper.id);
          const edges: [string, LinkAttributes][] = [];
          graph.forEachOutEdge(paper.id, (_, link, __, target) => {
            touched.add(target);
            edges.push([target, link]);
          });
          graph.dropNode(paper.id);
          undo.record(() => {
            graph.addNode(paper.id, old);
            for (const [target, link] of edges) graph.addDirectedEdge(paper.id, target, link);
          });
        }
        const results = resultsByPaper.get(paper.id);
        graph.addNode(paper.id, {
          kind: 'paper',
          title: paper.title,
          abstract: paper.abstract,
          ...(paper.url ? { url: paper.url } : {}),
          ...(paper.published ? { published: paper.published } : {}),
          ...presentMetadata(paper),
          ...(results ? { results } : {}),
          ...(paper.fingerprint ? { fingerprint: paper.fingerprint } : {}),
        });
        undo.record(() => graph.dropNode(paper.id));
      }
      for (const e of plan.entities) {
        touched.add(e.id);
        const current = graph.hasNode(e.id) ? (graph.getNodeAttributes(e.id) as EntityAttributes) : undefined;
        const attrs: EntityAttributes = {
          kind: 'entity',
          type: e.type,
          key: current?.key ?? e.key,
          name: current?.name ?? e.name,
          aliases: mergeAliasNames(current?.name ?? e.name, current?.aliases ?? [], e.names),
          ...((current?.repoKind ?? e.repoKind) ? { repoKind: current?.repoKind ?? e.repoKind ?? undefined } : {}),
        };
        if (current) {
          graph.replaceNodeAttributes(e.id, attrs);
          undo.record(() => graph.replaceNodeAttributes(e.id, current));
        } else {
          graph.addNode(e.id, attrs);
          undo.record(() => graph.dropNode(e.id));
        }
      }
      for (const a of plan.aliases) {
        const previous = aliases.get(a.id);
        aliases.set(a.id, a.entityId);
        undo.record(() => (previous === undefined ? aliases.delete(a.id) : aliases.set(a.id, previous)));
      }
      for (const l of plan.links) {
        graph.addDirectedEdge(l.paperId, l.entityId, {
          relation: l.relation,
          mention: l.mention,
          start: l.start,
          end: l.end,
          sentence: l.sentence,
          confidence: l.confidence,
          ...(l.role ? { role: l.role } : {}),
        });
        undo.record(() => graph.dropEdge(l.paperId, l.entityId));
      }
      const dropped = new Set([...touched].filter((id) => graph.hasNode(id) && graph.inDegree(id) === 0));
      for (const id of dropped) {
        const old = graph.getNodeAttributes(id);
        graph.dropNode(id);
        undo.record(() => graph.addNode(id, old));
      }
      if (dropped.size > 0) {
        for (const [alias, target] of aliases) {
          if (!dropped.has(target)) continue;
          aliases.delete(alias);
          undo.record(() => aliases.set(alias, target));
        }
      }
    } catch (error) {
      undo.rollback();
      throw error;
    } finally {
      this.search = undefined;
      this.paperOrder = undefined;
      this.byRecordId = undefined;
      this.sortedEntities.clear();
    }
    this.dirty = true;
    return { papers: plan.papers.length, entities: plan.entities.length, links: plan.links.length };
  }

  async listOverrides(): Promise<Override[]> {
    return [...this.overrides];
  }

  async applyOverride(override: Override): Promise<void> {
    applyOverrideToGraph(this.graph, this.aliases, override);
    this.overrides.push(override);
    this.changed();
    this.overridesDirty = true;
  }

  async removeOverride(id: string): Promise<boolean> {
    const index = this.overrides.findIndex((o) => o.id === id);
    if (index < 0) return false;
    this.overrides.splice(index, 1);
    this.overridesDirty = true;
    return true;
  }

  private changed(): void {
    this.search = undefined;
    this.paperOrder = undefined;
    this.sortedEntities.clear();
    this.dirty = true;
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

  async listPapers(query: PaperQuery): Promise<Page<ScoredPaper>> {
    const where = query.where ?? {};
    const anyOf = where.anyOf ?? [];
    let scored: ScoredPaper[];
    if (query.search?.trim()) {
      scored = this.searchIndex()
        .search(query.search, { prefix: (_term, i, terms) => i === terms.length - 1, boost: { title: 2 }, combineWith: 'AND' })
        .filter((hit) => this.matches(String(hit.id), where))
        .map((hit) => ({ paper: this.paperNode(String(hit.id))!, score: hit.score }));
      scored.sort((a, b) => b.score - a.score || compareText(a.paper.id, b.paper.id));
    } else if (!query.where) {
      const ordered = this.papersByDate();
      return {
        items: ordered.slice(query.offset, query.offset + query.first).map((id) => ({ paper: this.paperNode(id)!, score: 0 })),
        totalCount: ordered.length,
        offset: query.offset,
      };
    } else {
      // Start from an entity the papers must (or may) mention when there is one, as the Neo4j store does.
      const seeds = where.allOf?.length ? where.allOf.slice(0, 1) : anyOf;
      const candidates = seeds.length
        ? [...new Set(seeds.flatMap((e) => (this.graph.hasNode(e) ? this.graph.inNeighbors(e) : [])))]
        : this.papersByDate();
      scored = candidates
        .filter((id) => this.matches(id, where))
        .map((id) => ({ paper: this.paperNode(id)!, score: anyOf.filter((e: string) => this.graph.hasEdge(id, e)).length }));
      const byDate = comparePapers('PUBLISHED');
      scored.sort((a, b) => b.score - a.score || byDate(a.paper, b.paper));
    }
    return page(scored, query);
  }

  /** Every paper id, newest first; kept until the next write. */
  private papersByDate(): string[] {
    if (!this.paperOrder) {
      this.paperOrder = this.graph
        .filterNodes((_, a) => a.kind === 'paper')
        .map((id) => ({ id, key: paperSortKey(this.paperNode(id)!) }))
        .sort((a, b) => compareText(a.key, b.key))
        .map((p) => p.id);
    }
    return this.paperOrder;
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

  async linksOfPapers(ids: readonly string[]): Promise<Map<string, EntityLink[]>> {
    const result = new Map<string, EntityLink[]>();
    for (const id of ids) {
      if (!this.graph.hasNode(id)) continue;
      const links: EntityLink[] = [];
      this.graph.forEachOutEdge(id, (_, link, __, target) => {
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
    const cacheKey = `${query.type}:${query.orderBy}`;
    let sorted = this.sortedEntities.get(cacheKey);
    if (!sorted) {
      sorted = this.graph.filterNodes((_, a) => a.kind === 'entity' && a.type === query.type).map((id) => this.entityNode(id));
      sorted.sort(
        (a, b) =>
          (query.orderBy === 'PAPER_COUNT' ? b.paperCount - a.paperCount : 0) || compareText(a.name, b.name) || compareText(a.id, b.id),
      );
      this.sortedEntities.set(cacheKey, sorted);
    }
    const prefix = query.nameStartsWith?.toLowerCase();
    const words = query.nameContains ?? [];
    const contains = (e: EntityNode) => words.every((w) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(w)));
    const filtered = sorted.filter(
      (e) => (prefix === undefined || e.name.toLowerCase().startsWith(prefix)) && e.paperCount >= (query.minPapers ?? 0) && contains(e),
    );
    return page(filtered, query);
  }

  async papersOfEntity(entityId: string, query: EntityPapersQuery): Promise<Page<PaperLink>> {
    if (!this.graph.hasNode(entityId)) return { items: [], totalCount: 0, offset: query.offset };
    const links: PaperLink[] = [];
    this.graph.forEachInEdge(entityId, (_, link, source) => {
      if (link.confidence < (query.minConfidence ?? 0)) return;
      links.push({
        paper: this.paperNode(source)!,
        evidence: { mention: link.mention, start: link.start, end: link.end, sentence: link.sentence },
        confidence: link.confidence,
        ...(link.role ? { role: link.role } : {}),
      });
    });
    const order = comparePapers(query.orderBy ?? 'PUBLISHED');
    links.sort((a, b) => order(a.paper, b.paper));
    return page(links, query);
  }

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
    const index = this.searchIndex();
    const terms = distinctiveTerms(paper, (w) => this.wordFrequency.get(w) ?? 0, index.documentCount);
    if (terms.length === 0) return new Map();
    const hits = index.search(terms.join(' '), { combineWith: 'OR' });
    // MiniSearch multiplies each BM25+ sum by the number of query terms matched; divided out, the
    // scores compare like Lucene's (a paper's own score would otherwise dwarf every other).
    return textSimilarities(
      hits.map((h) => ({ id: String(h.id), score: h.score / Math.max(1, h.queryTerms.length) })),
      paper.id,
    );
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

  async shortestPaths(fromId: string, toId: string, maxLength: number, maxPaths: number): Promise<Subgraph> {
    const empty = { nodes: [], edges: [], truncated: false };
    if (!this.graph.hasNode(fromId) || !this.graph.hasNode(toId)) return empty;
    // Breadth-first from `fromId`, keeping every predecessor on a shortest route.
    const distance = new Map<string, number>([[fromId, 0]]);
    const predecessors = new Map<string, string[]>();
    let frontier = [fromId];
    for (let d = 1; d <= maxLength && frontier.length > 0 && !distance.has(toId); d++) {
      const next: string[] = [];
      for (const node of frontier) {
        this.graph.forEachNeighbor(node, (neighbor) => {
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
      this.graph.forEachOutEdge(id, (_, link, source, target) => {
        if (chosen.has(target)) edges.push({ id: edgeId(source, target), source, target, type: link.relation, weight: link.confidence });
      });
    }
    edges.sort((a, b) => compareText(a.id, b.id));
    return { nodes: walked.ids.map((id) => this.nodeView(id)), edges, truncated: walked.truncated };
  }

  async exportGraph(): Promise<Subgraph> {
    const nodes = this.graph.mapNodes((id) => this.nodeView(id)).sort((a, b) => compareText(a.id, b.id));
    const edges = this.graph
      .mapEdges((_, link, source, target) => ({ id: edgeId(source, target), source, target, type: link.relation, weight: link.confidence }))
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
    return [...counts.entries()].map(([period, count]) => ({ period, count })).sort((a, b) => compareText(a.period, b.period));
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

  /** Saves the graph to the data directory when it changed: a temporary file renamed over the old one. */
  async ping(): Promise<void> {}

  async flush(): Promise<void> {
    if (!this.dataDir || (!this.dirty && !this.overridesDirty)) return;
    this.lock?.assertHeld();
    // Fixes first: a crash between the two files leaves fixes that the next ingest re-applies.
    if (this.overridesDirty) {
      await saveOverrides(this.dataDir, this.overrides);
      this.overridesDirty = false;
    }
    if (this.dirty) {
      await saveGraph(this.dataDir, { graph: this.graph, aliases: this.aliases });
      this.dirty = false;
    }
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.lock?.release();
    }
  }

  private searchIndex(): MiniSearch<{ id: string; title: string; abstract: string }> {
    if (!this.search) {
      this.search = new MiniSearch({ fields: ['title', 'abstract'], storeFields: [] });
      this.wordFrequency = new Map();
      this.search.addAll(
        this.graph
          .filterNodes((_, a) => a.kind === 'paper')
          .map((id) => {
            const a = this.graph.getNodeAttributes(id) as PaperAttributes;
            for (const w of new Set(contentWords(`${a.title} ${a.abstract}`)))
              this.wordFrequency.set(w, (this.wordFrequency.get(w) ?? 0) + 1);
            return { id, title: a.title, abstract: a.abstract };
          }),
      );
    }
    return this.search;
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

// Enough to pick the first few in a stable order without enumerating a combinatorial number of routes.
const MAX_ENUMERATED_PATHS = 1000;

function page<T>(items: readonly T[], query: { first: number; offset: number }): Page<T> {
  return { items: items.slice(query.offset, query.offset + query.first), totalCount: items.length, offset: query.offset };
}
