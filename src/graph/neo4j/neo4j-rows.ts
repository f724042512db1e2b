import {
  presentMetadata,
  type EntityNode,
  type EntityType,
  type Evidence,
  type GraphEdgeView,
  type GraphNodeView,
  type MethodRole,
  type PaperLink,
  type PaperNode,
  type RepoKind,
} from '../../model/index.js';
import { edgeId, entityView, paperView } from '../neighborhood.js';
import { compareText } from '../write-plan.js';

// Shapes of the maps the Cypher statements return (with the driver's lossless integers off).
export interface PaperMap {
  id: string;
  title: string;
  abstract: string;
  url: string | null;
  published: string | null;
  authors?: string[] | null;
  venue?: string | null;
  arxivId?: string | null;
  categories?: string[] | null;
  recordId?: string | null;
}

export interface EntityMap {
  id: string;
  type: EntityType;
  key: string;
  name: string;
  aliases: string[] | null;
  paperCount: number | null;
  repoKind: RepoKind | null;
}

export interface LinkMap {
  mention: string;
  start: number;
  end: number;
  sentence: string;
  confidence: number;
  role: MethodRole | null;
}

export function toPaperNode(m: PaperMap): PaperNode {
  return {
    id: m.id,
    title: m.title,
    abstract: m.abstract,
    ...(m.url ? { url: m.url } : {}),
    ...(m.published ? { published: m.published } : {}),
    ...presentMetadata(m),
  };
}

export function toEntityNode(m: EntityMap): EntityNode {
  return entityNode(m.id, m.type, m.key, m.name, m.aliases, m.paperCount, m.repoKind);
}

// Rows become entities for every link of a page: one object each, no spread of a partial one.
function entityNode(
  id: string,
  type: EntityType,
  key: string,
  name: string,
  stored: string[] | null,
  count: number | null,
  repoKind: RepoKind | null,
): EntityNode {
  const aliases = stored?.length ? [...stored].sort(compareText) : [];
  const paperCount = count ?? 0;
  return repoKind ? { id, type, key, name, aliases, paperCount, repoKind } : { id, type, key, name, aliases, paperCount };
}

export function toEvidence(m: LinkMap): { evidence: Evidence; confidence: number; role?: MethodRole } {
  return {
    evidence: { mention: m.mention, start: m.start, end: m.end, sentence: m.sentence },
    confidence: m.confidence,
    ...(m.role ? { role: m.role } : {}),
  };
}

/** link-summaries-of-papers.cypher's rows: [id, name, aliases, paperCount, repoKind, confidence, role]. */
export type LinkSummaryRow = [string, string, string[] | null, number | null, RepoKind | null, number, MethodRole | null];

export function toLinkSummary([id, name, aliases, paperCount, repoKind, confidence, role]: LinkSummaryRow): {
  entity: EntityNode;
  confidence: number;
  role?: MethodRole;
} {
  const entity = entityOfRow([id, name, aliases, paperCount, repoKind]);
  return role ? { entity, confidence, role } : { entity, confidence };
}

/** An entity as a list: [id, name, aliases, paperCount, repoKind] (related-papers' shared entities). */
export type EntityListRow = [string, string, string[] | null, number | null, RepoKind | null];

export function entityOfRow([id, name, aliases, paperCount, repoKind]: EntityListRow): EntityNode {
  // An entity id is `<type>:<key>` (model/keys.ts entityNodeId), so the row need not carry either.
  const colon = id.indexOf(':');
  return entityNode(id, id.slice(0, colon) as EntityType, id.slice(colon + 1), name, aliases, paperCount, repoKind);
}

/** related-papers' page rows: [paper, shared entities, score, text similarity]. */
export type RelatedPaperRow = [PaperListRow, EntityListRow[], number, number];

/**
 * A paper as a list (lists decode cheaper than maps): [id, title, abstract, url, published, metadata],
 * metadata [authors, venue, arxivId, categories, recordId] or null when the caller did not want it.
 */
export type PaperListRow = [
  string,
  string,
  string,
  string | null,
  string | null,
  [string[] | null, string | null, string | null, string[] | null, string | null] | null,
];

export function paperOfRow([id, title, abstract, url, published, metadata]: PaperListRow): PaperNode {
  const [authors, venue, arxivId, categories, recordId] = metadata ?? [];
  return toPaperNode({ id, title, abstract, url, published, authors, venue, arxivId, categories, recordId });
}

/** find-entity-with-papers.cypher's rows: [paper, [mention, start, end, sentence] or null, confidence, role]. */
export type PaperLinkRow = [PaperListRow, [string, number, number, string] | null, number, MethodRole | null];

const NO_EVIDENCE: Evidence = { mention: '', start: 0, end: 0, sentence: '' };

export function paperLinkOfRow([paper, evidence, confidence, role]: PaperLinkRow): PaperLink {
  const [mention, start, end, sentence] = evidence ?? [];
  return {
    paper: paperOfRow(paper),
    evidence: evidence ? { mention: mention!, start: start!, end: end!, sentence: sentence! } : { ...NO_EVIDENCE },
    confidence,
    ...(role ? { role } : {}),
  };
}

// Lucene's query syntax characters, escaped so that user text is searched as words; words are
// lowercased (as the index's analyzer does anyway) so that AND, OR and NOT are words, not operators.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A full-text query needing every word, the last also as a prefix (as the in-process store does). */
export function luceneQuery(search: string): string | undefined {
  const words = search
    .split(/\s+/)
    .map((w) => w.toLowerCase().replace(LUCENE_SPECIAL, '\\$&'))
    .filter((w) => w.replace(/\\/g, '').length > 0);
  if (words.length === 0) return undefined;
  return words.map((w, i) => (i === words.length - 1 ? `(${w} OR ${w}*)` : w)).join(' AND ');
}

export interface NodeMap {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  authors?: string[] | null;
  venue?: string | null;
  arxivId?: string | null;
  categories?: string[] | null;
  type: EntityType | null;
  name: string | null;
  aliases: string[] | null;
}

export function toNodeView(node: NodeMap, isPaper: boolean, size: number): GraphNodeView {
  return isPaper
    ? paperView(
        {
          id: node.id,
          title: node.title ?? '',
          ...(node.published ? { published: node.published } : {}),
          ...(node.url ? { url: node.url } : {}),
          ...presentMetadata(node),
        },
        size,
      )
    : entityView({
        id: node.id,
        type: node.type!,
        name: node.name ?? '',
        aliases: [...(node.aliases ?? [])].sort(compareText),
        paperCount: size,
      });
}

/**
 * subgraph-among.cypher's rows: [id, title, published, url, linkCount, links, [authors, venue, arxivId, categories]]
 * and [id, type, name, aliases, paperCount].
 */
type SubgraphPaperRow = [
  string,
  string,
  string | null,
  string | null,
  number,
  [string, string, number][],
  [string[] | null, string | null, string | null, string[] | null],
];
type EntityRow = [string, EntityType, string, string[] | null, number | null];

/** Node views by id, and the edges among the nodes sorted by id (the order every store returns). */
export function toSubgraphParts(
  papers: SubgraphPaperRow[],
  entities: EntityRow[],
): { views: Map<string, GraphNodeView>; edges: GraphEdgeView[] } {
  const views = new Map<string, GraphNodeView>();
  const edges: GraphEdgeView[] = [];
  for (const [id, title, published, url, linkCount, links, [authors, venue, arxivId, categories]] of papers) {
    const node = { id, title, published, url, authors, venue, arxivId, categories, type: null, name: null, aliases: null };
    views.set(id, toNodeView(node, true, linkCount));
    for (const [target, type, weight] of links) edges.push({ id: edgeId(id, target), source: id, target, type, weight });
  }
  for (const [id, type, name, aliases, paperCount] of entities) {
    views.set(id, toNodeView({ id, title: null, published: null, url: null, type, name, aliases }, false, paperCount ?? 0));
  }
  edges.sort((a, b) => compareText(a.id, b.id));
  return { views, edges };
}

/**
 * neighborhood.cypher's rows: papers [id, 'paper', linkCount, title, null, published, url, authors,
 * venue, arxivId, categories], entities [id, type, paperCount, name, aliases]; links
 * [source, target, type, confidence].
 */
type WalkedNodeRow =
  | [string, 'paper', number, string, null, string | null, string | null, string[] | null, string | null, string | null, string[] | null]
  | [string, EntityType, number | null, string, string[] | null];
type LinkRow = [string, string, string, number];

/** Node views in the order given, and the edges sorted by id (the order every store returns). */
export function toNeighborhood(nodes: WalkedNodeRow[], links: LinkRow[]): { nodes: GraphNodeView[]; edges: GraphEdgeView[] } {
  const views = nodes.map((row) => {
    if (row[1] === 'paper') {
      const [id, , size, title, , published, url, authors, venue, arxivId, categories] = row;
      return toNodeView(
        { id, title, published, url, authors, venue, arxivId, categories, type: null, name: null, aliases: null },
        true,
        size,
      );
    }
    const [id, type, paperCount, name, aliases] = row;
    return toNodeView({ id, title: null, published: null, url: null, type, name, aliases }, false, paperCount ?? 0);
  });
  const edges = links.map(([source, target, type, weight]) => ({ id: edgeId(source, target), source, target, type, weight }));
  edges.sort((a, b) => compareText(a.id, b.id));
  return { nodes: views, edges };
}
