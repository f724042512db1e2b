import {
  arxivLinks,
  presentMetadata,
  repositoryName,
  type GraphEdgeView,
  type GraphNodeView,
  type NodeKind,
  type PaperMetadata,
  type Subgraph,
} from '../model/index.js';
import { checkQueryDeadline } from './query-deadline.js';
import { compareText } from './write-plan.js';

/** What the walk needs of a neighbour; full views are fetched only for the nodes it keeps. */
export interface NeighborRef {
  readonly id: string;
  readonly type: NodeKind;
  readonly size: number;
}

export interface NeighborList {
  /** The node's neighbours of the wanted kinds, by size (descending) then id, at most `perNode`. */
  readonly nodes: readonly NeighborRef[];
  /** How many neighbours of any kind the node has. */
  readonly degree: number;
}

export interface NeighborOptions {
  readonly perNode: number;
  /** Entity kinds to return; papers are always returned. Undefined: all kinds. */
  readonly kinds?: readonly NodeKind[];
}

/** The neighbours of each node (both directions), by node id; one call per level of a walk. */
export type NeighborFetch = (ids: readonly string[], options: NeighborOptions) => Promise<Map<string, NeighborList>>;

export interface NeighborhoodQuery {
  readonly depth: number;
  readonly limit: number;
  /** Entity kinds to include besides the start; papers are always walked through. */
  readonly kinds?: readonly NodeKind[];
}

/** Orders neighbours: biggest first, then by id; the order every store's NeighborFetch returns. */
export function compareNeighbors(a: NeighborRef, b: NeighborRef): number {
  return b.size - a.size || compareText(a.id, b.id);
}

/**
 * Breadth-first walk from a node, shared by every store so that all pick the same nodes: level by
 * level, each frontier node's neighbours by size (descending) then id, until `limit` nodes. At
 * most `limit` of a node's neighbours can be chosen or already chosen, so fetching that many per
 * node gives the same walk as fetching all. Returns the chosen ids in order (undefined when the
 * fetch does not know the start node); the store adds views and edges.
 */
export async function walkNeighborhood(
  startId: string,
  query: NeighborhoodQuery,
  neighbors: NeighborFetch,
): Promise<{ ids: string[]; truncated: boolean } | undefined> {
  const chosen = new Set<string>([startId]);
  let frontier = [startId];
  let truncated = false;
  for (let level = 0; level < query.depth && frontier.length > 0; level++) {
    // Full, and already known to be cut short: another level could add nothing.
    if (chosen.size >= query.limit && truncated) break;
    checkQueryDeadline();
    const adjacency = await neighbors(frontier, { perNode: query.limit, ...(query.kinds ? { kinds: query.kinds } : {}) });
    if (level === 0 && !adjacency.has(startId)) return undefined;
    const next: string[] = [];
    for (const id of frontier) {
      const list = adjacency.get(id);
      if (!list) continue;
      let examined = 0;
      for (const node of list.nodes) {
        if (chosen.size >= query.limit) break;
        examined++;
        if (chosen.has(node.id)) continue;
        chosen.add(node.id);
        next.push(node.id);
      }
      const leftOut = list.nodes.slice(examined).some((n) => !chosen.has(n.id)) || list.degree > list.nodes.length;
      if (chosen.size >= query.limit && leftOut) truncated = true;
    }
    frontier = next;
  }
  return { ids: [...chosen], truncated };
}

/** Edge id: stable across stores, one per paper and entity. */
export function edgeId(source: string, target: string): string {
  return `${source}->${target}`;
}

/** A paper's view; its properties carry the date, year, URL and metadata that exports write. */
export function paperView(
  p: { id: string; title: string; published?: string; url?: string } & PaperMetadata,
  linkCount: number,
): GraphNodeView {
  const m = presentMetadata(p);
  return {
    id: p.id,
    label: p.title,
    type: 'paper',
    size: linkCount,
    properties: {
      title: p.title,
      ...(p.published ? { published: p.published, year: Number(p.published.slice(0, 4)) } : {}),
      ...(p.url ? { url: p.url } : {}),
      ...(m.authors ? { authors: m.authors } : {}),
      ...(m.venue ? { venue: m.venue } : {}),
      ...(m.arxivId ? { arxivId: m.arxivId, ...arxivLinks(m.arxivId) } : {}),
      ...(m.categories ? { categories: m.categories } : {}),
    },
  };
}

export function entityView(e: { id: string; type: NodeKind; name: string; aliases: readonly string[]; paperCount: number }): GraphNodeView {
  // A link is labelled with its name (`owner/repo`) and keeps its URL.
  const name = e.type === 'repo' ? repositoryName(e.name) : e.name;
  return {
    id: e.id,
    label: name,
    type: e.type,
    size: e.paperCount,
    properties: { name, aliases: [...e.aliases], paperCount: e.paperCount, ...(e.type === 'repo' ? { url: e.name } : {}) },
  };
}

/** Builds a subgraph from paths given as node-id sequences, with node views and edges looked up. */
export function pathsToSubgraph(
  paths: readonly (readonly string[])[],
  views: ReadonlyMap<string, GraphNodeView>,
  edgeOf: (a: string, b: string) => GraphEdgeView | undefined,
): Subgraph {
  const nodes = new Map<string, GraphNodeView>();
  const edges = new Map<string, GraphEdgeView>();
  for (const path of paths) {
    path.forEach((id, i) => {
      const view = views.get(id);
      if (view) nodes.set(id, view);
      const next = path[i + 1];
      if (next === undefined) return;
      const edge = edgeOf(id, next) ?? edgeOf(next, id);
      if (edge) edges.set(edge.id, edge);
    });
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => compareText(a.id, b.id)),
    edges: [...edges.values()].sort((a, b) => compareText(a.id, b.id)),
    truncated: false,
  };
}

/** The shortest paths both stores return: the first `max` in node-id order, for determinism. */
export function selectPaths(paths: readonly (readonly string[])[], max: number): (readonly string[])[] {
  return [...paths].sort((a, b) => compareText(a.join('\u0000'), b.join('\u0000'))).slice(0, max);
}
