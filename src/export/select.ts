import { findPapers, paperNotFound, requireEntity, type GraphStore } from '../graph/index.js';
import { InvalidArgumentError, inRange, entityTypeNamed, NotFoundError, type Subgraph } from '../model/index.js';

export interface ExportSelection {
  /** `<kind>:<name>` for an entity ("benchmark:SWE-bench Lite") or `paper:<id>`; omit for the whole graph. */
  readonly around?: string;
  readonly depth?: number;
  readonly limit?: number;
  /** Refuse a whole-graph export of more nodes than this (the server's --export-max-nodes); unset or 0: no limit. */
  readonly maxNodes?: number;
}

export const DEFAULT_EXPORT_DEPTH = 2;
export const DEFAULT_EXPORT_LIMIT = 2000;
export const MAX_EXPORT_LIMIT = 50_000;

/** The subgraph to export: the whole graph, or the neighbourhood of one node. */
export async function selectForExport(store: GraphStore, selection: ExportSelection): Promise<Subgraph> {
  if (!selection.around) {
    if (selection.depth !== undefined || selection.limit !== undefined)
      throw new InvalidArgumentError('"depth" and "limit" apply to an export around a node: name one with around (e.g. benchmark:GSM8K)');
    if (selection.maxNodes) await checkGraphSize(store, selection.maxNodes);
    return store.exportGraph();
  }
  const depth = inRange('depth', selection.depth ?? DEFAULT_EXPORT_DEPTH, 1, 3);
  const limit = inRange('limit', selection.limit ?? DEFAULT_EXPORT_LIMIT, 1, MAX_EXPORT_LIMIT);
  const id = await resolveAround(store, selection.around);
  const subgraph = await store.neighborhood(id, { depth, limit });
  if (!subgraph) throw new NotFoundError(`nothing with id ${JSON.stringify(id)}`);
  return subgraph;
}

async function resolveAround(store: GraphStore, around: string): Promise<string> {
  const colon = around.indexOf(':');
  const given = colon > 0 ? around.slice(0, colon).trim().toLowerCase() : '';
  const name = around.slice(colon + 1).trim();
  if (given === 'paper') {
    const [paper] = await findPapers(store, [name]);
    if (!paper) throw paperNotFound(name);
    return paper.id;
  }
  const kind = entityTypeNamed(given);
  if (!kind || !name) {
    throw new InvalidArgumentError(
      `around takes <kind>:<name> (kinds: paper, method, benchmark or dataset, model, task, metric, repo, topic), got ${JSON.stringify(around)}`,
    );
  }
  return (await requireEntity(store, kind, name)).id;
}

async function checkGraphSize(store: GraphStore, maxNodes: number): Promise<void> {
  const stats = await store.stats();
  const nodes = stats.papers + stats.byType.reduce((sum, t) => sum + t.count, 0);
  if (nodes > maxNodes) {
    throw new InvalidArgumentError(
      `the whole graph has ${nodes} nodes, over the export limit of ${maxNodes}: export around a node (around=<kind>:<name>&depth=2), or raise --export-max-nodes on the server (0 lifts it)`,
    );
  }
}
