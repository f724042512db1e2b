import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Result,
  type Record as Neo4jRecord,
  type RecordShape,
} from 'neo4j-driver';
import type {
  CoOccurrence,
  EntityLink,
  EntityNode,
  EntityType,
  ExtractedPaper,
  GraphEdgeView,
  GraphNodeView,
  GraphStats,
  Override,
  Page,
  PaperLink,
  PaperNode,
  LeaderboardPage,
  RelatedPaper,
  StoredResult,
  Subgraph,
  TrendPeriod,
  TrendPoint,
  WriteSummary,
} from '../../model/index.js';
import { ENTITY_TYPES, entityNodeId, NotFoundError, typedEntityKey, wordPatterns } from '../../model/index.js';
import { remainingQueryTime } from '../query-deadline.js';
import { edgeId, pathsToSubgraph, selectPaths, type NeighborhoodQuery } from '../neighborhood.js';
import { similarityTerms, TEXT_POOL, TEXT_WEIGHT, textSimilarities } from '../related-text.js';
import type {
  EntityLinkSummary,
  EntityPapersQuery,
  EntityQuery,
  GraphStore,
  LinkSummaryOptions,
  ListedPaper,
  PaperParts,
  PaperQuery,
  PaperWithLinks,
  PathQuery,
  RelatedPapersQuery,
} from '../store.js';
import { relationOf } from '../graph-model.js';
import { rankResults, toStoredResult, type LeaderboardQuery } from '../leaderboard.js';
import {
  aliasIdsOf,
  compareText,
  mergeAliasNames,
  planWrite,
  type EntityRow,
  type LinkRow,
  type PaperRow,
  type ResultRow,
  type WritePlan,
} from '../write-plan.js';
import { fillTrend } from '../trend-periods.js';
import { cypher, MIGRATIONS, type StatementName } from './cypher.js';
import { splitConnectionUri, type ConnectionTarget } from './connection-uri.js';
import { mapDriverError } from './driver-errors.js';
import {
  entityOfRow,
  luceneQuery,
  toEntityNode,
  toEvidence,
  paperLinkOfRow,
  paperOfRow,
  toLinkSummary,
  toNeighborhood,
  toNodeView,
  toPaperNode,
  toSubgraphParts,
  type EntityMap,
  type LinkMap,
  type LinkSummaryRow,
  type PaperLinkRow,
  type PaperListRow,
  type PaperMap,
  type RelatedPaperRow,
} from './neo4j-rows.js';

export interface Neo4jStoreOptions {
  /** bolt://, neo4j:// (routing: clusters, Aura) or their +s variants. */
  readonly uri: string;
  readonly user?: string;
  readonly password?: string;
  /** Default: the server's default database. */
  readonly database?: string;
  /** Reads running longer are stopped by Neo4j itself (transaction timeout) and fail with STORE_TIMEOUT. */
  readonly queryTimeoutMs?: number;
  /** Diagnostics (scripts/bench/neo4j-writes.ts): every statement of writePapers timed, optionally under PROFILE. */
  readonly observeWrites?: WriteObserver;
}

export interface WriteObserver {
  /** Whether the next batch's statements run under PROFILE. */
  readonly profile?: () => boolean;
  /** Called before each write statement; what it returns is called after it, with PROFILE's figures when profiled. */
  readonly statement: (name: StatementName | 'commit') => (ms: number, profile?: WriteProfile) => void;
}

/** PROFILE's figures for one statement: rows returned, db hits in all, and db hits by operator. */
export interface WriteProfile {
  readonly rows: number;
  readonly dbHits: number;
  readonly operators: ReadonlyMap<string, number>;
}

type Params = Record<string, unknown>;

/** list-papers' and list-papers-with-links' page items: [paper] or [paper, links]. */
type PaperPageRow = [PaperListRow, LinkSummaryRow[]?];

/** The production store: Neo4j through the official driver, every statement from cypher/. */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j';
  readonly location: string;

  private readonly secrets: readonly (string | undefined)[];
  /** Shared by the store and its deadline views (withDeadline), which a recycled driver must reach too. */
  private readonly pool: { driver: Driver; lastRecycle: number };
  /** Set on a view from withDeadline: when its reads must end (epoch ms). */
  private readonly deadline?: number;

  private constructor(
    driver: Driver,
    private readonly connect: () => Driver,
    private readonly options: Neo4jStoreOptions,
    target: ConnectionTarget,
  ) {
    this.location = options.database ? `${target.uri} (database ${options.database})` : target.uri;
    this.secrets = [options.password, target.password];
    this.pool = { driver, lastRecycle: 0 };
  }

  withDeadline(deadline: number): GraphStore {
    return Object.create(this, { deadline: { value: deadline } }) as Neo4jStore;
  }

  private get driver(): Driver {
    return this.pool.driver;
  }

  /** Connects and checks that the server answers; fails with STORE_UNAVAILABLE naming the URI. */
  static async open(options: Neo4jStoreOptions): Promise<Neo4jStore> {
    const target = splitConnectionUri(options.uri);
    const user = options.user ?? target.user ?? 'neo4j';
    const password = options.password ?? target.password ?? '';
    const connect = () =>
      neo4j.driver(target.uri, neo4j.auth.basic(user, password), {
        disableLosslessIntegers: true,
        userAgent: 'papergraph',
        connectionAcquisitionTimeout: 20_000,
        connectionTimeout: 5_000,
      });
    const driver = connect();
    try {
      await driver.verifyConnectivity(options.database ? { database: options.database } : {});
    } catch (error) {
      await driver.close();
      throw mapDriverError(error, target.uri, [password]);
    }
    return new Neo4jStore(driver, connect, options, target);
  }

  /**
   * A fresh driver after the pool ran dry. The driver's connection timeout ends when TCP connects:
   * a connection opened while Neo4j restarts (port open, Bolt not answering yet) then waits forever
   * and keeps its pool slot, and after enough of them every later query timed out acquiring one,
   * though Neo4j was back (soak test). Closing the old driver ends those connections.
   */
  private recycleDriver(): void {
    const now = Date.now();
    if (now - this.pool.lastRecycle < 10_000) return;
    this.pool.lastRecycle = now;
    const old = this.pool.driver;
    this.pool.driver = this.connect();
    void old.close().catch(() => undefined);
  }

  private failed(error: unknown): Error {
    if (/acquisition timed out/i.test((error as Error)?.message ?? '')) this.recycleDriver();
    return mapDriverError(error, this.location, this.secrets);
  }

  async migrate(): Promise<void> {
    for (const statement of MIGRATIONS) await this.run(statement, {}, 'WRITE');
    // After a bulk load was killed, this populates the full-text indexes over every paper: on a loaded
    // machine that outlasts minutes at 121k papers.
    await this.run('await-indexes', { seconds: neo4j.int(3600) }, 'WRITE');
  }

  /**
   * Drops the indexes no write reads (BULK_DROPPED) when the load outnumbers the papers stored: every
   * commit updating Lucene cost about 40% of Neo4j's CPU in an ingest (10k papers: 47 against 26
   * CPU-seconds, with 4 more for one population at the end); the range indexes over paper dates, sort
   * keys, record ids and entity paper counts are updated at each commit too (paperCount of every entity
   * a batch mentions). Searches fail, and lists are slower, until endBulkLoad or migrate recreates them.
   */
  async beginBulkLoad(papers: number): Promise<boolean> {
    const stored = (await this.run('count-papers', {})).records[0]?.get('total') as number;
    if (papers <= stored) return false;
    for (const index of BULK_DROPPED) await this.run(index, {}, 'WRITE');
    return true;
  }

  async endBulkLoad(): Promise<void> {
    await this.migrate();
  }

  async writePapers(batch: readonly ExtractedPaper[]): Promise<WriteSummary> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const observer = this.options.observeWrites;
      const profile = observer?.profile?.() ?? false;
      let committed: ((ms: number) => void) | undefined;
      let committing = 0;
      const written = await session.executeWrite(async (tx) => {
        const summary = await this.writeBatch(tx, batch, profile);
        committed = observer?.statement('commit');
        committing = performance.now();
        return summary;
      });
      committed?.(performance.now() - committing);
      return written;
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }

  /** A batch's statements inside a write transaction. */
  private async writeBatch(tx: ManagedTransaction, batch: readonly ExtractedPaper[], profile: boolean): Promise<WriteSummary> {
    const found = await this.tx(tx, 'resolve-aliases', { ids: aliasIdsOf(batch) }, profile);
    const targets = new Map<string, string>();
    const entities = new Set<string>();
    for (const r of found.records) {
      if (r.get('target')) targets.set(r.get('id'), r.get('target'));
      if (r.get('isEntity')) entities.add(r.get('id'));
    }
    const plan = planWrite(batch, { hasEntity: (id) => entities.has(id), aliasTarget: (id) => targets.get(id) });
    const unlinked = (await this.tx(tx, 'unlink-papers', { ids: plan.papers.map((p) => p.id) }, profile)).records[0];
    const stored = new Set<string>(unlinked?.get('stored') ?? []);
    // Entities that lost links are counted again once the batch's links are in; the others' counts
    // grow by the batch's links to them, and only the former can be left without papers.
    const recount: string[] = unlinked?.get('touched') ?? [];
    await this.tx(tx, 'upsert-entities', { rows: entityRowsWithCounts(plan) }, profile);
    await this.tx(tx, 'create-aliases', { rows: plan.aliases }, profile);
    await this.tx(tx, 'upsert-papers', { rows: papersWithLinks(plan) }, profile);
    // Only a stored paper can have results to replace.
    if (stored.size > 0) await this.tx(tx, 'unlink-results', { ids: [...stored] }, profile);
    if (plan.results.length > 0) await this.tx(tx, 'create-results', { rows: plan.results }, profile);
    if (recount.length > 0) {
      await this.tx(tx, 'count-entity-papers', { ids: recount }, profile);
      await this.tx(tx, 'delete-orphans', { ids: recount }, profile);
    }
    return { papers: plan.papers.length, entities: plan.entities.length, links: plan.links.length };
  }

  async undoOverride(id: string, batches: readonly (readonly ExtractedPaper[])[]): Promise<boolean> {
    return this.write(async (tx) => {
      const deleted = (await this.tx(tx, 'delete-override', { id })).records[0]?.get('deleted') ?? 0;
      if (!(deleted > 0)) return false;
      for (const batch of batches) if (batch.length > 0) await this.writeBatch(tx, batch, false);
      return true;
    });
  }

  async paperFingerprints(ids: readonly string[]): Promise<Map<string, string>> {
    const result = await this.run('paper-fingerprints', { ids });
    return new Map(result.records.map((r) => [r.get('id') as string, r.get('fingerprint') as string]));
  }

  async resultsOfPapers(ids: readonly string[]): Promise<Map<string, StoredResult[]>> {
    const result = await this.run('results-of-papers', { ids });
    const found = new Map<string, StoredResult[]>();
    for (const r of result.records) {
      const id = r.get('paperId') as string;
      found.set(id, [...(found.get(id) ?? []), toStoredResult(r.get('result') as ResultRow)]);
    }
    return found;
  }

  async resultsOfBenchmark(entityId: string): Promise<StoredResult[]> {
    const result = await this.run('results-of-benchmark', { id: entityId });
    return result.records.map((r) => toStoredResult(r.get('result') as ResultRow));
  }

  async leaderboard(entityId: string, query: LeaderboardQuery): Promise<LeaderboardPage> {
    return rankResults(await this.resultsOfBenchmark(entityId), query);
  }

  async allResults(): Promise<StoredResult[]> {
    const result = await this.run('all-results', {});
    return result.records.map((r) => toStoredResult(r.get('result') as ResultRow));
  }

  async getPapers(ids: readonly string[]): Promise<(PaperNode | undefined)[]> {
    const result = await this.run('get-papers', { ids });
    const byId = new Map(result.records.filter((r) => r.get('paper')).map((r) => [r.get('asked') as string, toPaperNode(r.get('paper'))]));
    return ids.map((id) => byId.get(id));
  }

  async getPapersWithLinks(
    ids: readonly string[],
    kinds: readonly EntityType[],
    parts: PaperParts = {},
  ): Promise<(PaperWithLinks | undefined)[]> {
    const result = await this.run('get-papers-with-links', {
      ids,
      relations: relationsOf(kinds),
      withAbstract: parts.withAbstract !== false,
      withMetadata: parts.withMetadata !== false,
      withAliases: parts.withAliases !== false,
    });
    const byId = new Map(
      result.records.map((r) => [
        r.get('asked') as string,
        { paper: paperOfRow(r.get('paper') as PaperListRow), links: (r.get('links') as LinkSummaryRow[]).map(toLinkSummary) },
      ]),
    );
    return ids.map((id) => byId.get(id));
  }

  async listPapers(query: PaperQuery): Promise<Page<ListedPaper>> {
    const search = query.search === undefined ? undefined : luceneQuery(query.search);
    const where = query.where;
    const withAbstract = query.withAbstract !== false;
    const withMetadata = query.withMetadata !== false;
    if (!search && !where && query.links) {
      const params = { relations: relationsOf(query.links), withAbstract, withMetadata, withAliases: query.withAliases !== false };
      return this.countedPage(query, 'list-papers-with-links', 'count-papers', params);
    }
    if (!search && !where) return this.countedPage(query, 'list-papers', 'count-papers', { withAbstract, withMetadata });
    const filter = {
      withAbstract,
      allOf: where?.allOf ?? [],
      anyOf: where?.anyOf ?? [],
      from: where?.publishedFrom ?? null,
      to: where?.publishedTo ?? null,
      hasCode: where?.hasCode ?? null,
      venue: where?.venue?.toLowerCase() ?? null,
      author: where?.author?.toLowerCase() ?? null,
    };
    const statement = !search ? 'filter-papers' : where ? 'search-filtered-papers' : 'search-papers';
    const params = { ...filter, ...(search ? { query: search } : {}), offset: neo4j.int(query.offset), first: neo4j.int(query.first) };
    const top = search && !where ? await this.searchTop(query, params) : undefined;
    const record = top ?? (await this.run(statement, params)).records[0];
    return {
      items: ((record?.get('page') ?? []) as { paper: PaperMap; score: number }[]).map((row) => ({
        paper: toPaperNode(row.paper),
        score: row.score,
      })),
      totalCount: record?.get('total') ?? 0,
      offset: query.offset,
    };
  }

  /**
   * A search page from the index's best matches only, when the caller needs no exact total beyond
   * `countUpTo`: the page plus one match (whether another page follows), or `countUpTo` plus one.
   * Undefined when papers tied at the page's lowest score may lie past what was read.
   */
  private async searchTop(query: PaperQuery, params: Params): Promise<Neo4jRecord | undefined> {
    const counted = query.count !== false;
    if (counted && query.countUpTo === undefined) return undefined;
    const limit = Math.max(query.offset + query.first, counted ? query.countUpTo! : 0) + 1;
    const record = (await this.run('search-papers-top', { ...params, limit: neo4j.int(limit) })).records[0];
    return record?.get('cut') ? undefined : record;
  }

  /** A page from `statement` and, only when the caller wants it, the total from `counter`, in parallel. */
  private async countedPage(
    query: PaperQuery,
    statement: StatementName,
    counter: StatementName,
    params: Params,
  ): Promise<Page<ListedPaper>> {
    const counted = query.count !== false;
    // Without a count, one row more than the page says whether there is a next page.
    const first = counted ? query.first : query.first + 1;
    const [page, count] = await Promise.all([
      this.run(statement, { ...params, offset: neo4j.int(query.offset), first: neo4j.int(first) }),
      counted ? this.run(counter, params) : undefined,
    ]);
    const rows = (page.records[0]?.get('page') ?? []) as PaperPageRow[];
    return {
      items: rows
        .slice(0, query.first)
        .map(([paper, links]) => ({ paper: paperOfRow(paper), score: 0, ...(links ? { links: links.map(toLinkSummary) } : {}) })),
      totalCount: count ? ((count.records[0]?.get('total') as number | undefined) ?? 0) : query.offset + rows.length,
      offset: query.offset,
    };
  }

  linksOfPapers(ids: readonly string[]): Promise<Map<string, EntityLink[]>>;
  linksOfPapers(ids: readonly string[], options: LinkSummaryOptions): Promise<Map<string, EntityLinkSummary[]>>;
  async linksOfPapers(ids: readonly string[], options?: LinkSummaryOptions): Promise<Map<string, EntityLinkSummary[]>> {
    return options ? this.linkSummaries(ids, options.kinds ?? ENTITY_TYPES) : this.linksWithEvidence(ids);
  }

  /** Links without evidence, as one row of lists per known paper (lists decode cheaper than maps). */
  private async linkSummaries(ids: readonly string[], kinds: readonly EntityType[]): Promise<Map<string, EntityLinkSummary[]>> {
    const result = await this.run('link-summaries-of-papers', { ids, relations: relationsOf(kinds) });
    const byPaper = new Map<string, EntityLinkSummary[]>();
    for (const r of result.records) {
      const rows = r.get('links') as LinkSummaryRow[];
      byPaper.set(r.get('paperId') as string, rows.map(toLinkSummary));
    }
    return byPaper;
  }

  private async linksWithEvidence(ids: readonly string[]): Promise<Map<string, EntityLink[]>> {
    const result = await this.run('links-of-papers', { ids });
    const byPaper = new Map<string, EntityLink[]>();
    for (const r of result.records) {
      const paperId = r.get('paperId') as string;
      const links = byPaper.get(paperId) ?? [];
      links.push({ entity: toEntityNode(r.get('entity') as EntityMap), ...toEvidence(r.get('link') as LinkMap) });
      byPaper.set(paperId, links);
    }
    const unlinked = ids.filter((id) => !byPaper.has(id));
    if (unlinked.length > 0) {
      for (const paper of await this.getPapers(unlinked)) if (paper) byPaper.set(paper.id, []);
    }
    return byPaper;
  }

  async findEntity(type: EntityType, name: string): Promise<EntityNode | undefined> {
    const result = await this.run('find-entity', { id: entityNodeId(type, typedEntityKey(type, name)) });
    const entity = result.records[0]?.get('entity') as EntityMap | undefined;
    return entity ? toEntityNode(entity) : undefined;
  }

  async findEntityWithPapers(
    type: EntityType,
    name: string,
    query: EntityPapersQuery,
  ): Promise<{ entity: EntityNode; papers: Page<PaperLink> } | undefined> {
    return this.entityWithPapers(entityNodeId(type, typedEntityKey(type, name)), query);
  }

  /** An entity (by id or alias id) and a page of its papers, from one statement. */
  private async entityWithPapers(
    id: string,
    query: EntityPapersQuery,
  ): Promise<{ entity: EntityNode; papers: Page<PaperLink> } | undefined> {
    const result = await this.run('find-entity-with-papers', {
      id,
      minConfidence: query.minConfidence ?? 0,
      byTitle: query.orderBy === 'TITLE',
      withAbstract: query.withAbstract !== false,
      withEvidence: query.withEvidence !== false,
      withMetadata: query.withMetadata !== false,
      offset: neo4j.int(query.offset),
      first: neo4j.int(query.first),
    });
    const record = result.records[0];
    if (!record) return undefined;
    return {
      entity: toEntityNode(record.get('entity') as EntityMap),
      papers: {
        items: (record.get('page') as PaperLinkRow[]).map(paperLinkOfRow),
        totalCount: record.get('total') ?? 0,
        offset: query.offset,
      },
    };
  }

  async listEntities(query: EntityQuery): Promise<Page<EntityNode>> {
    const filter = {
      type: query.type,
      prefix: query.nameStartsWith?.toLowerCase() ?? null,
      words: query.nameContains ?? [],
      starts: (query.nameContains ?? []).map((w) => wordPatterns(w).start),
      minPapers: query.minPapers ?? 0,
    };
    const closest = query.orderBy === 'CLOSEST_NAME' && filter.words.length > 0;
    const [page, count] = await Promise.all([
      this.run('list-entities', {
        ...filter,
        byCount: query.orderBy !== 'NAME',
        closestTo: closest ? filter.words.join(' ') : null,
        wholes: closest ? filter.words.map((w) => wordPatterns(w).whole) : [],
        offset: neo4j.int(query.offset),
        first: neo4j.int(query.first),
      }),
      this.run('count-entities', filter),
    ]);
    return {
      items: page.records.map((r) => toEntityNode(r.get('entity'))),
      totalCount: count.records[0]?.get('total') ?? 0,
      offset: query.offset,
    };
  }

  async papersOfEntity(entityId: string, query: EntityPapersQuery): Promise<Page<PaperLink>> {
    return (await this.entityWithPapers(entityId, query))?.papers ?? { items: [], totalCount: 0, offset: query.offset };
  }

  async relatedPapers(paperId: string, query: RelatedPapersQuery): Promise<Page<RelatedPaper> | undefined> {
    const text = query.text ? await this.similarTexts(paperId) : new Map<string, number>();
    const result = await this.run(!query.text && query.count === false ? 'related-papers-top' : 'related-papers', {
      paperId,
      types: [...query.via],
      text: Object.fromEntries(text),
      textWeight: TEXT_WEIGHT,
      withAbstract: query.withAbstract !== false,
      withMetadata: query.withMetadata !== false,
      withAliases: query.withAliases !== false,
      offset: neo4j.int(query.offset),
      first: neo4j.int(query.first),
    });
    const record = result.records[0];
    if (!record) return undefined;
    return {
      items: (record.get('page') as RelatedPaperRow[]).map(([paper, shared, score, textSimilarity]) => ({
        paper: paperOfRow(paper),
        score,
        shared: shared.map(entityOfRow).sort((a, b) => compareText(a.id, b.id)),
        textSimilarity,
      })),
      totalCount: record.get('total') as number,
      offset: query.offset,
    };
  }

  /** Papers like this one by title and abstract (graph/related-text.ts), from the full-text index. */
  private async similarTexts(paperId: string): Promise<Map<string, number>> {
    const [paper] = await this.getPapers([paperId]);
    const terms = paper ? similarityTerms(paper) : [];
    if (terms.length === 0) return new Map();
    const result = await this.run('similar-texts', { query: terms.join(' '), limit: neo4j.int(TEXT_POOL + 1) });
    return textSimilarities(
      result.records.map((r) => ({ id: r.get('id') as string, score: r.get('score') as number })),
      paperId,
    );
  }

  async getEntities(ids: readonly string[]): Promise<(EntityNode | undefined)[]> {
    const result = await this.run('get-entities', { ids });
    const byId = new Map(result.records.map((r) => [r.get('entity').id as string, toEntityNode(r.get('entity'))]));
    return ids.map((id) => byId.get(id));
  }

  async coOccurring(entityId: string, type: EntityType, query: { first: number; offset: number }): Promise<Page<CoOccurrence<EntityNode>>> {
    const result = await this.run('co-occurring', { id: entityId, type, offset: neo4j.int(query.offset), first: neo4j.int(query.first) });
    const record = result.records[0];
    const rows = (record?.get('page') ?? []) as { entity: EntityMap; count: number }[];
    return {
      items: rows.map((r) => ({ entity: toEntityNode(r.entity), count: r.count })),
      totalCount: (record?.get('total') as number | undefined) ?? 0,
      offset: query.offset,
    };
  }

  async shortestPaths(fromId: string, toId: string, { maxLength, maxPaths, avoid = [] }: PathQuery): Promise<Subgraph> {
    if (fromId === toId) {
      const { views } = await this.subgraphAmong([fromId]);
      return pathsToSubgraph(views.size ? [[fromId]] : [], views, () => undefined);
    }
    const result = await this.run('shortest-paths', {
      from: fromId,
      to: toId,
      maxLength: neo4j.int(Math.min(maxLength, 6)),
      avoid: [...avoid],
    });
    const paths = selectPaths(
      result.records.map((r) => r.get('ids') as string[]),
      maxPaths,
    );
    const ids = [...new Set(paths.flat())];
    const { views, edges } = await this.subgraphAmong(ids);
    const byEnds = new Map(edges.map((e) => [`${e.source}\u0000${e.target}`, e]));
    return pathsToSubgraph(paths, views, (a, b) => byEnds.get(`${a}\u0000${b}`));
  }

  async neighborhood(nodeId: string, query: NeighborhoodQuery): Promise<Subgraph | undefined> {
    const result = await this.run('neighborhood', {
      id: nodeId,
      depth: neo4j.int(query.depth),
      limit: neo4j.int(query.limit),
      kinds: query.kinds ?? null,
    });
    const record = result.records[0];
    if (!record) return undefined;
    return { ...toNeighborhood(record.get('nodes'), record.get('links')), truncated: record.get('truncated') as boolean };
  }

  async exportGraph(): Promise<Subgraph> {
    const [nodes, edges] = await Promise.all([this.run('all-nodes', {}), this.run('all-edges', {})]);
    return {
      nodes: nodes.records.map((r) => toNodeView(r.get('node'), r.get('isPaper'), r.get('size'))),
      edges: edges.records.map((r) => {
        const source = r.get('source') as string;
        const target = r.get('target') as string;
        return { id: edgeId(source, target), source, target, type: r.get('type') as string, weight: r.get('weight') as number };
      }),
      truncated: false,
    };
  }

  async trend(entityId: string, by: TrendPeriod): Promise<TrendPoint[]> {
    const result = await this.run('trend', { id: entityId, length: neo4j.int(by === 'YEAR' ? 4 : 7) });
    return fillTrend(
      result.records.map((r) => ({ period: r.get('period') as string, count: r.get('count') as number })),
      by,
    );
  }

  private async subgraphAmong(ids: readonly string[]): Promise<{ views: Map<string, GraphNodeView>; edges: GraphEdgeView[] }> {
    const record = (await this.run('subgraph-among', { ids })).records[0]!;
    return toSubgraphParts(record.get('papers'), record.get('entities'));
  }

  async stats(): Promise<GraphStats> {
    const record = (await this.run('stats', {})).records[0]!;
    const counts = new Map((record.get('byType') as { type: EntityType; count: number }[]).map((t) => [t.type, t.count]));
    return {
      papers: record.get('papers'),
      edges: record.get('links'),
      byType: ENTITY_TYPES.map((type) => ({ type, count: counts.get(type) ?? 0 })),
    };
  }

  async listOverrides(): Promise<Override[]> {
    const result = await this.run('list-overrides', {});
    return result.records.map((r) => JSON.parse(r.get('json') as string) as Override);
  }

  async applyOverride(o: Override): Promise<void> {
    await this.write(async (tx) => {
      const entity = async (id: string): Promise<EntityNode> => {
        const found = (await this.tx(tx, 'get-entities', { ids: [id] })).records[0]?.get('entity') as EntityMap | undefined;
        if (!found) throw new NotFoundError(`no entity with id ${JSON.stringify(id)}`);
        return toEntityNode(found);
      };
      if (o.op === 'hide') {
        await entity(o.entity.id);
        await this.tx(tx, 'drop-entity-results', { id: o.entity.id });
        await this.tx(tx, 'delete-entity', { id: o.entity.id });
      } else if (o.op === 'rename' || o.op === 'alias') {
        const current = await entity(o.entity.id);
        const name = o.op === 'rename' ? o.to : current.name;
        const kept = current.aliases.filter((a) => a.toLowerCase() !== name.toLowerCase());
        const aliases = mergeAliasNames(name, kept, [o.op === 'rename' ? current.name : o.alias]);
        await this.tx(tx, 'set-entity-names', { id: current.id, name, aliases });
        const aliasId = entityNodeId(current.type, typedEntityKey(current.type, o.op === 'rename' ? o.to : o.alias));
        // A name that is an entity's own id stays that entity's (entities carry no alias of their own id).
        const isEntity = (await this.tx(tx, 'get-entities', { ids: [aliasId] })).records.length > 0;
        if (!isEntity) await this.tx(tx, 'create-aliases', { rows: [{ id: aliasId, entityId: current.id }] });
      } else {
        const [from, into] = [await entity(o.from.id), await entity(o.into.id)];
        await this.tx(tx, 'move-links', { from: from.id, into: into.id });
        await this.tx(tx, 'move-results', { from: from.id, into: into.id });
        await this.tx(tx, 'repoint-aliases', { from: from.id, into: into.id });
        await this.tx(tx, 'create-aliases', { rows: [{ id: from.id, entityId: into.id }] });
        const aliases = mergeAliasNames(into.name, into.aliases, [from.name, ...from.aliases]);
        await this.tx(tx, 'set-entity-names', { id: into.id, name: into.name, aliases });
        await this.tx(tx, 'delete-entity', { id: from.id });
        await this.tx(tx, 'count-entity-papers', { ids: [into.id] });
      }
      await this.tx(tx, 'create-override', { id: o.id, op: o.op, json: JSON.stringify(o) });
    });
  }

  /** One managed write transaction: all of `work` or none of it. */
  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw mapDriverError(error, this.options.uri);
    } finally {
      await session.close();
    }
  }

  /** Deletes every paper, entity, alias and hand fix (not other data in the database). */
  async deleteEverything(): Promise<void> {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, so this one runs on a plain session.
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(cypher('delete-everything'));
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }

  /** EXPLAINs a statement without running it (used to check every file against the server). */
  async explain(name: StatementName): Promise<void> {
    await this.run(name, {}, 'READ', 'EXPLAIN ');
  }

  async ping(): Promise<void> {
    try {
      await this.driver.getServerInfo(this.options.database ? { database: this.options.database } : {});
    } catch (error) {
      throw this.failed(error);
    }
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run(name: StatementName, params: Params, mode: 'READ' | 'WRITE' = 'READ', prefix = ''): Promise<QueryResult<RecordShape>> {
    const query = prefix + cypher(name);
    try {
      if (mode === 'WRITE') {
        return await this.driver.executeQuery(query, params, {
          routing: neo4j.routing.WRITE,
          ...(this.options.database ? { database: this.options.database } : {}),
        });
      }
      try {
        return await this.autoCommitRead(query, params);
      } catch (error) {
        // What the driver's managed transactions would retry (a pooled connection the server closed,
        // a leader change), retried once.
        if (!neo4j.isRetryableError(error as Error)) throw error;
        return await this.autoCommitRead(query, params);
      }
    } catch (error) {
      throw this.failed(error);
    }
  }

  /**
   * Reads run as auto-commit queries: RUN and PULL go out in one write and come back in one round
   * trip, where a managed transaction adds BEGIN and COMMIT (three socket writes and two round
   * trips a query). Sessions carry no bookmarks: every write is awaited before its caller returns.
   */
  private async autoCommitRead(query: string, params: Params): Promise<QueryResult<RecordShape>> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    try {
      const timeout = this.readTimeout();
      // The driver formats a stack trace for every query, only to append it to a failed query's error
      // (which mapDriverError replaces, keeping the cause): 3-5% of the API's CPU on a small query.
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      let result: Result<RecordShape>;
      try {
        result = session.run(query, params, timeout ? { timeout } : {});
      } finally {
        Error.stackTraceLimit = limit;
      }
      return await result;
    } finally {
      await session.close();
    }
  }

  /** The smaller of the configured query timeout and what is left of the caller's deadline. */
  private readTimeout(): number | undefined {
    const remaining = this.deadline === undefined ? remainingQueryTime() : this.deadline - Date.now();
    const left = remaining === undefined ? undefined : Math.max(1, Math.ceil(remaining));
    const configured = this.options.queryTimeoutMs;
    if (left === undefined) return configured;
    return configured === undefined ? left : Math.min(configured, left);
  }

  private async tx(tx: ManagedTransaction, name: StatementName, params: Params, profile = false): Promise<QueryResult<RecordShape>> {
    const observer = this.options.observeWrites;
    if (!observer) return tx.run(cypher(name), params);
    const done = observer.statement(name);
    const started = performance.now();
    const result = await tx.run((profile ? 'PROFILE ' : '') + cypher(name), params);
    const plan = profile ? result.summary.profile : false;
    done(
      performance.now() - started,
      plan ? { rows: result.records.length, dbHits: dbHitsOf(plan), operators: operatorHits(plan) } : undefined,
    );
    return result;
  }
}

/** The relationship types from papers to the given kinds of entity. */
function relationsOf(kinds: readonly EntityType[]): string[] {
  return kinds.flatMap((type) =>
    type === 'method' ? [relationOf({ type, role: 'proposed' }), relationOf({ type, role: 'used' })] : [relationOf({ type })],
  );
}

/**
 * The indexes no write statement reads, dropped for a bulk load: Neo4j updates every index at each
 * commit, and one population at the end (migrate) costs less. The lookups by id stay.
 */
const BULK_DROPPED: readonly StatementName[] = [
  'drop-paper-fulltext',
  'drop-entity-fulltext',
  'drop-paper-published',
  'drop-paper-sort-key',
  'drop-paper-record-id',
  'drop-entity-type-count',
];

/** An entity as upsert-entities reads it, a list for the reason of LinkTuple; `papers` as entityRowsWithCounts says. */
type EntityTuple = [
  EntityRow['id'],
  EntityRow['label'],
  EntityRow['type'],
  EntityRow['key'],
  EntityRow['name'],
  EntityRow['repoKind'],
  papers: number,
  EntityRow['names'],
];

/** Each entity row with the number of the batch's papers linking to it (a paper links to an entity once). */
function entityRowsWithCounts(plan: WritePlan): EntityTuple[] {
  const papers = new Map<string, number>();
  for (const link of plan.links) papers.set(link.entityId, (papers.get(link.entityId) ?? 0) + 1);
  return plan.entities.map((e) => [e.id, e.label, e.type, e.key, e.name, e.repoKind, papers.get(e.id) ?? 0, e.names]);
}

/**
 * A link as upsert-papers reads it: a list rather than a map, since Bolt packs a map's keys with every
 * one of its ~900k links at 121k papers.
 */
type LinkTuple = [
  LinkRow['relation'],
  LinkRow['entityId'],
  LinkRow['mention'],
  LinkRow['start'],
  LinkRow['end'],
  LinkRow['sentence'],
  LinkRow['confidence'],
  LinkRow['role'],
];

/** Each paper row with its links, which upsert-papers creates after one lookup of the paper. */
function papersWithLinks(plan: WritePlan): (PaperRow & { links: LinkTuple[] })[] {
  const links = new Map<string, LinkTuple[]>(plan.papers.map((p) => [p.id, []]));
  for (const l of plan.links)
    links.get(l.paperId)!.push([l.relation, l.entityId, l.mention, l.start, l.end, l.sentence, l.confidence, l.role]);
  return plan.papers.map((paper) => ({ ...paper, links: links.get(paper.id)! }));
}

type ProfiledPlan = { operatorType: string; dbHits: number; children: readonly unknown[] };

/** The db hits of a profiled plan by operator type. */
function operatorHits(plan: ProfiledPlan, hits = new Map<string, number>()): Map<string, number> {
  hits.set(plan.operatorType, (hits.get(plan.operatorType) ?? 0) + plan.dbHits);
  for (const child of plan.children) operatorHits(child as ProfiledPlan, hits);
  return hits;
}

/** The db hits of a profiled plan, every operator's summed. */
function dbHitsOf(plan: { dbHits: number; children: readonly unknown[] } | false | undefined): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce<number>((sum, child) => sum + dbHitsOf(child as { dbHits: number; children: unknown[] }), 0);
}
