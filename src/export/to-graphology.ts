import { MultiDirectedGraph } from 'graphology';
import type { Subgraph } from '../model/index.js';

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
}

/** A subgraph as a graphology graph with flat attributes: what GEXF and GraphML tools read. */
export function toGraphology(subgraph: Subgraph): MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes> {
  const graph = new MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes>();
  for (const node of subgraph.nodes) {
    const flat: ExportNodeAttributes = { label: node.label, type: node.type, size: node.size };
    for (const [key, value] of Object.entries(node.properties))
      flat[key] = Array.isArray(value) ? value.join('; ') : (value as string | number | boolean);
    graph.addNode(node.id, flat);
  }
  for (const edge of subgraph.edges) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { type: edge.type, weight: edge.weight, label: edge.type });
  }
  return graph;
}
