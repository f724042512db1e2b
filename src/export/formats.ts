import { write as writeGexf } from 'graphology-gexf';
import { XMLBuilder } from 'fast-xml-parser';
import { InvalidArgumentError, type Subgraph } from '../model/index.js';
import { edgeResultAttributes, resultsCsvRow, RESULTS_CSV_HEADER, type ExportResult } from './results.js';
import { toGraphology } from './to-graphology.js';
import { xmlSafeSubgraph } from './xml-safe.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape-json', 'csv', 'csv-nodes', 'results-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  'cytoscape-json': 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  'csv-nodes': 'text/csv; charset=utf-8',
  'results-csv': 'text/csv; charset=utf-8',
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  graphml: 'graphml',
  gexf: 'gexf',
  'cytoscape-json': 'cyjs',
  csv: 'edges.csv',
  'csv-nodes': 'nodes.csv',
  'results-csv': 'results.csv',
};

export function parseExportFormat(name: string): ExportFormat {
  if ((EXPORT_FORMATS as readonly string[]).includes(name)) return name as ExportFormat;
  throw new InvalidArgumentError(`unknown export format "${name}"; formats: ${EXPORT_FORMATS.join(', ')}`);
}

/**
 * Serialises a subgraph for Gephi (GEXF), yEd and Cytoscape (GraphML, Cytoscape JSON) or d3 and
 * spreadsheets (CSV); `results-csv` lists the results of its papers. In the graph formats, a paper's
 * EVALUATES_ON edge carries the results it reports on that benchmark (`results`, `resultCount`).
 */
export function exportSubgraph(subgraph: Subgraph, format: ExportFormat, results: readonly ExportResult[] = []): string {
  const onEdge = resultsByEdge(results);
  switch (format) {
    case 'gexf':
      return writeGexf(toGraphology(xmlSafeSubgraph(subgraph), onEdge), { version: '1.3' });
    case 'graphml':
      return toGraphml(xmlSafeSubgraph(subgraph), onEdge);
    case 'cytoscape-json':
      return `${JSON.stringify(toCytoscape(subgraph, onEdge), null, 1)}\n`;
    case 'results-csv':
      return toCsv([...RESULTS_CSV_HEADER], results.map(resultsCsvRow));
    case 'csv': {
      const byId = new Map(subgraph.nodes.map((n) => [n.id, n]));
      return toCsv(
        ['source', 'target', 'type', 'weight', 'source_label', 'source_type', 'target_label', 'target_type'],
        subgraph.edges.map((e) => {
          const source = byId.get(e.source);
          const target = byId.get(e.target);
          return [e.source, e.target, e.type, e.weight, source?.label ?? '', source?.type ?? '', target?.label ?? '', target?.type ?? ''];
        }),
      );
    }
    case 'csv-nodes':
      return toCsv(
        ['id', 'label', 'type', 'size', 'aliases', ...PAPER_COLUMNS],
        subgraph.nodes.map((n) => [
          n.id,
          n.label,
          n.type,
          n.size,
          cellOf(n.properties['aliases']),
          ...PAPER_COLUMNS.map((c) => cellOf(n.properties[c])),
        ]),
      );
  }
}

/** Results keyed by the paper → benchmark pair their EVALUATES_ON edge joins. */
function resultsByEdge(results: readonly ExportResult[]): Map<string, ExportResult[]> {
  const byEdge = new Map<string, ExportResult[]>();
  for (const r of results) {
    const key = `${r.paperId}\u0000${r.benchmarkId}`;
    byEdge.set(key, [...(byEdge.get(key) ?? []), r]);
  }
  return byEdge;
}

/** Cytoscape.js / Cytoscape desktop JSON: `{ elements: { nodes: [{data}], edges: [{data}] } }`. */
function toCytoscape(subgraph: Subgraph, onEdge: ReadonlyMap<string, readonly ExportResult[]>): unknown {
  return {
    format_version: '1.0',
    generated_by: 'papergraph',
    elements: {
      nodes: subgraph.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type, size: n.size, ...n.properties } })),
      edges: subgraph.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          weight: e.weight,
          ...edgeResultAttributes(onEdge, e.source, e.target),
        },
      })),
    },
  };
}

function toGraphml(subgraph: Subgraph, onEdge: ReadonlyMap<string, readonly ExportResult[]>): string {
  const graph = toGraphology(subgraph, onEdge);
  // A number key is `int` when every node's value is whole (year, paperCount), as the GEXF export types
  // them, so that readers (networkx) give 2024, not 2024.0.
  const nodeKeys = new Map<string, string>();
  graph.forEachNode((_, attrs) => {
    for (const [key, value] of Object.entries(attrs)) {
      const type =
        typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'double') : typeof value === 'boolean' ? 'boolean' : 'string';
      const known = nodeKeys.get(key);
      if (known === undefined || (known === 'int' && type === 'double')) nodeKeys.set(key, type);
    }
  });
  const keys = [
    ...[...nodeKeys].map(([name, type]) => ({ '@_id': `n_${name}`, '@_for': 'node', '@_attr.name': name, '@_attr.type': type })),
    { '@_id': 'e_type', '@_for': 'edge', '@_attr.name': 'type', '@_attr.type': 'string' },
    { '@_id': 'e_weight', '@_for': 'edge', '@_attr.name': 'weight', '@_attr.type': 'double' },
    { '@_id': 'e_results', '@_for': 'edge', '@_attr.name': 'results', '@_attr.type': 'string' },
    { '@_id': 'e_resultCount', '@_for': 'edge', '@_attr.name': 'resultCount', '@_attr.type': 'int' },
  ];
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: keys,
      graph: {
        '@_id': 'papergraph',
        '@_edgedefault': 'directed',
        node: graph.mapNodes((id, attrs) => ({
          '@_id': id,
          data: Object.entries(attrs).map(([k, v]) => ({ '@_key': `n_${k}`, '#text': String(v) })),
        })),
        edge: graph.mapEdges((id, attrs, source, target) => ({
          '@_id': id,
          '@_source': source,
          '@_target': target,
          data: [
            { '@_key': 'e_type', '#text': attrs.type },
            { '@_key': 'e_weight', '#text': String(attrs.weight) },
            ...(attrs.results !== undefined
              ? [
                  { '@_key': 'e_results', '#text': attrs.results },
                  { '@_key': 'e_resultCount', '#text': String(attrs.resultCount) },
                ]
              : []),
          ],
        })),
      },
    },
  };
  return `${new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(document)}`;
}

// Paper nodes' properties as columns of the node list (empty for entities and where unknown).
const PAPER_COLUMNS = ['published', 'url', 'authors', 'venue', 'arxivId', 'categories'] as const;

function cellOf(value: string | number | boolean | readonly string[] | undefined): string {
  return value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
}

function toCsv(header: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\n')}\n`;
}
