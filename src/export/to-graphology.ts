import { MultiDirectedGraph } from 'graphology';
import type { Subgraph } from '../model/index.js';
import { edgeResultAttributes, type ExportResult } from './results.js';

export interface ExportNodeAttributes {
  label: string;
  type: string;
  size: number;
  [key: string]: string | number | boolean;
}

export interface ExportEdgeAttributes {
  type: string;
  weight: number;
  label: string;
  /** On a paper's EVALUATES_ON edge: the results it reports on that benchmark. */
  results?: string;
  resultCount?: number;
}

/** A subgraph as a graphology graph with flat attributes: what GEXF and GraphML tools read. */
export function toGraphology(
  subgraph: Subgraph,
  onEdge: ReadonlyMap<string, readonly ExportResult[]> = new Map(),
): MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes> {
  const graph = new MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes>();
  for (const node of subgraph.nodes) {
    const flat: ExportNodeAttributes = { label: node.label, type: node.type, size: node.size };
    for (const [key, value] of Object.entries(node.properties))
      flat[key] = Array.isArray(value) ? value.join('; ') : (value as string | number | boolean);
    graph.addNode(node.id, flat);
  }
  for (const edge of subgraph.edges) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      type: edge.type,
      weight: edge.weight,
      label: edge.type,
      ...edgeResultAttributes(onEdge, edge.source, edge.target),
    });
  }
  return graph;
}
