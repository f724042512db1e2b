import {
  entityNodeId,
  isNestedName,
  typedEntityKey,
  type EntityType,
  type ExtractedPaper,
  type MethodRole,
  type RepoKind,
  type ResultBound,
  type ResultChange,
} from '../model/index.js';
import { LABEL_OF_TYPE, paperSortKey, relationOf, type Relation } from './graph-model.js';

export interface PaperRow {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly authors: readonly string[] | null;
  readonly venue: string | null;
  readonly arxivId: string | null;
  readonly categories: readonly string[] | null;
  readonly recordId: string | null;
  readonly sortKey: string;
  readonly fingerprint: string | null;
}

export interface EntityRow {
  readonly id: string;
  readonly type: EntityType;
  readonly label: (typeof LABEL_OF_TYPE)[EntityType];
  readonly key: string;
  readonly name: string;
  readonly repoKind: RepoKind | null;
  /** Names to add to the node's aliases (the store skips those it has, ignoring case). */
  readonly names: string[];
}

export interface AliasRow {
  readonly id: string;
  readonly entityId: string;
}

export interface LinkRow {
  readonly paperId: string;
  /** The paper's sortKey, kept on the link so an entity's papers sort without reading paper nodes. */
  readonly paperSortKey: string;
  readonly entityId: string;
  readonly relation: Relation;
  readonly mention: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly confidence: number;
  readonly role: MethodRole | null;
}

/** A result statement, its references resolved to entity nodes the same paper links to. */
export interface ResultRow {
  /** `<paper id>#<n>`: re-ingest replaces a paper's results whole. */
  readonly id: string;
  readonly paperId: string;
  readonly benchmarkId: string;
  readonly metricId: string | null;
  readonly subjectId: string | null;
  readonly value: number;
  readonly unit: string | null;
  readonly metric: string | null;
  readonly subject: string | null;
  readonly condition: string | null;
  readonly isDelta: boolean;
  readonly change: ResultChange | null;
  readonly bound: ResultBound | null;
  readonly mention: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly confidence: number;
}

export interface WritePlan {
  readonly papers: PaperRow[];
  readonly entities: EntityRow[];
  readonly aliases: AliasRow[];
  readonly links: LinkRow[];
  readonly results: ResultRow[];
}

/** What a store already holds that entity resolution needs. */
export interface ExistingGraph {
  hasEntity(id: string): boolean;
  /** The entity an alias id (`type:key` of a name or alias) points to. */
  aliasTarget(aliasId: string): string | undefined;
}

/** Every alias id a batch may need to resolve, for stores that fetch them in one query. */
export function aliasIdsOf(batch: readonly ExtractedPaper[]): string[] {
  const ids = new Set<string>();
  for (const { entities } of batch) {
    for (const e of entities) {
      ids.add(entityNodeId(e.type, e.key));
      for (const alias of e.aliases) ids.add(entityNodeId(e.type, typedEntityKey(e.type, alias)));
    }
  }
  return [...ids];
}

/**
 * Turns a batch into rows for a store, resolving entities the same way for every store: an
 * entity whose node exists is that node; else one an alias points to; else a new node. The first
 * entity to claim an alias keeps it, and the aliases entities spell out are claimed first, so that
 * a defined acronym joins its long form (the first long form to define it) whatever the order of the
 * batch. An alias nested in the name, or the name in it ("DeepSeek" of "DeepSeek-V2-Coder-Instruct",
 * "machine translation" of "out-of-distribution machine translation"), is neither stored nor resolved: across
 * papers it names the family or the general kind as often as this member.
 * (Topics are exempt: their aliases are their signal words.) A paper links to an entity once, by its first
 * mention.
 */
export function planWrite(batch: readonly ExtractedPaper[], existing: ExistingGraph): WritePlan {
  const entities = new Map<string, Mutable<EntityRow>>();
  const namedByOwner = new Set<string>();
  const aliases = new Map<string, string>();
  const links: LinkRow[] = [];
  const results: ResultRow[] = [];
  const papers = new Map<string, PaperRow>();
  const namesSeen = new Map<string, Set<string>>();
  // The name and the aliases stored and resolved (a topic's aliases are its signal words: all of them).
  const ownNames = (e: ExtractedPaper['entities'][number]): string[] =>
    e.type === 'topic' ? [e.name, ...e.aliases] : [e.name, ...e.aliases.filter((alias) => !isNestedName(e.name, alias))];
  const resolve = (id: string) => (existing.hasEntity(id) || entities.has(id) ? id : (aliases.get(id) ?? existing.aliasTarget(id) ?? id));

  // A paper given twice in one batch is written as its last version.
  const lastVersions = [...new Map(batch.map((p) => [p.paper.id, p])).values()];
  // Aliases an entity spells out ("Mixture-of-Memories" defines "MoM") are claimed before any paper of
  // the batch resolves, so a bare "MoM" joins its long form whichever paper comes first in the batch.
  for (const { entities: found } of lastVersions) {
    for (const e of found) {
      const own = entityNodeId(e.type, e.key);
      for (const alias of ownNames(e).slice(1)) {
        const aliasId = entityNodeId(e.type, typedEntityKey(e.type, alias));
        if (aliasId === own || aliases.has(aliasId) || existing.hasEntity(aliasId) || existing.aliasTarget(aliasId) !== undefined) continue;
        aliases.set(aliasId, resolve(own));
      }
    }
  }
  for (const { paper, entities: found, results: reported = [], fingerprint } of lastVersions) {
    papers.set(paper.id, {
      id: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      url: paper.url ?? null,
      published: paper.published ?? null,
      authors: paper.authors?.length ? paper.authors : null,
      venue: paper.venue ?? null,
      arxivId: paper.arxivId ?? null,
      categories: paper.categories?.length ? paper.categories : null,
      recordId: paper.recordId ?? null,
      sortKey: paperSortKey(paper),
      fingerprint: fingerprint ?? null,
    });
    const linked = new Set<string>();
    for (const e of found) {
      const id = resolve(entityNodeId(e.type, e.key));
      const row = entities.get(id) ?? {
        id,
        type: e.type,
        label: LABEL_OF_TYPE[e.type],
        key: id.slice(e.type.length + 1),
        name: e.name,
        repoKind: e.repoKind ?? null,
        names: [],
      };
      // A node first met through an alias is named by the entity whose own name it is.
      if (entityNodeId(e.type, e.key) === id && !namedByOwner.has(id)) {
        row.name = e.name;
        namedByOwner.add(id);
      }
      // Each name once (ignoring case, as the stores do): a hub entity is mentioned by hundreds of a batch's papers.
      const seen = namesSeen.get(id) ?? new Set<string>();
      namesSeen.set(id, seen);
      const names = ownNames(e);
      for (const name of names) {
        if (seen.has(name.toLowerCase())) continue;
        seen.add(name.toLowerCase());
        row.names.push(name);
      }
      entities.set(id, row);
      // An entity's own id is no alias: lookups try entity ids first, and a name that is an entity's id
      // stays that entity's (90% of the alias ids a batch names are their entity's own).
      for (const name of names) {
        const aliasId = entityNodeId(e.type, typedEntityKey(e.type, name));
        if (aliases.has(aliasId) || entities.has(aliasId) || existing.hasEntity(aliasId) || existing.aliasTarget(aliasId) !== undefined)
          continue;
        aliases.set(aliasId, id);
      }
      if (linked.has(id)) continue;
      linked.add(id);
      links.push({
        paperId: paper.id,
        paperSortKey: paperSortKey(paper),
        entityId: id,
        relation: relationOf(e),
        mention: e.evidence.mention,
        start: e.evidence.start,
        end: e.evidence.end,
        sentence: e.evidence.sentence,
        confidence: e.confidence,
        role: e.role ?? null,
      });
    }
    // A result points only to entities its paper links to; one whose benchmark is not among them is dropped.
    const linkedId = (ref: { type: EntityType; key: string } | undefined) => {
      const id = ref && resolve(entityNodeId(ref.type, ref.key));
      return id !== undefined && linked.has(id) ? id : null;
    };
    for (const r of reported) {
      const benchmarkId = linkedId(r.benchmark);
      if (benchmarkId === null) continue;
      const metricId = linkedId(r.metric);
      const subjectId = linkedId(r.subject);
      results.push({
        id: `${paper.id}#${results.filter((x) => x.paperId === paper.id).length}`,
        paperId: paper.id,
        benchmarkId,
        metricId,
        subjectId,
        value: r.value,
        unit: r.unit ?? null,
        metric: metricId === null ? null : (entities.get(metricId)?.name ?? r.metric!.name),
        subject: subjectId === null ? null : (entities.get(subjectId)?.name ?? r.subject!.name),
        condition: r.condition ?? null,
        isDelta: r.isDelta,
        change: r.change ?? null,
        bound: r.bound ?? null,
        mention: r.evidence.mention,
        start: r.evidence.start,
        end: r.evidence.end,
        sentence: r.evidence.sentence,
        confidence: r.confidence,
      });
    }
  }
  return {
    papers: [...papers.values()],
    entities: [...entities.values()],
    aliases: [...aliases.entries()].map(([id, entityId]) => ({ id, entityId })),
    links,
    results,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Adds names to an alias list, skipping the canonical name and names present in any case. */
export function mergeAliasNames(name: string, current: readonly string[], added: readonly string[]): string[] {
  const known = new Set([name.toLowerCase(), ...current.map((a) => a.toLowerCase())]);
  const result = [...current];
  for (const a of added) {
    if (known.has(a.toLowerCase())) continue;
    known.add(a.toLowerCase());
    result.push(a);
  }
  return result.sort(compareText);
}

/** Code-point order, the order Neo4j sorts strings in, so both stores list alike. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
