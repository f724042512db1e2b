import type { GraphStore } from '../graph/index.js';
import { resultValueText, type StoredResult, type Subgraph } from '../model/index.js';

/** A result with the names an export writes beside the ids. */
export interface ExportResult extends StoredResult {
  readonly paperTitle: string;
  readonly benchmarkName: string;
}

/** The results of the papers in a subgraph on its benchmarks (all of them for a whole-graph export). */
export async function selectResultsForExport(store: GraphStore, subgraph: Subgraph, whole: boolean): Promise<ExportResult[]> {
  const paperIds = subgraph.nodes.filter((n) => n.type === 'paper').map((n) => n.id);
  const inView = new Set(subgraph.nodes.map((n) => n.id));
  const results = whole
    ? await store.allResults()
    : [...(await store.resultsOfPapers(paperIds)).values()].flat().filter((r) => inView.has(r.benchmarkId));
  if (results.length === 0) return [];
  const benchmarkIds = [...new Set(results.map((r) => r.benchmarkId))];
  const benchmarks = await store.getEntities(benchmarkIds);
  const benchmarkNames = new Map(benchmarkIds.map((id, i) => [id, benchmarks[i]?.name ?? id]));
  const titles = new Map(subgraph.nodes.filter((n) => n.type === 'paper').map((n) => [n.id, n.label]));
  return results.map((r) => ({ ...r, paperTitle: titles.get(r.paperId) ?? r.paperId, benchmarkName: benchmarkNames.get(r.benchmarkId)! }));
}

export const RESULTS_CSV_HEADER = [
  'paper_id',
  'paper_title',
  'benchmark',
  'value',
  'unit',
  'metric',
  'subject',
  'condition',
  'is_delta',
  'change',
  'bound',
  'confidence',
  'mention',
  'sentence',
] as const;

export function resultsCsvRow(r: ExportResult): (string | number)[] {
  return [
    r.paperId,
    r.paperTitle,
    r.benchmarkName,
    r.value,
    r.unit ?? '',
    r.metric ?? '',
    r.subject ?? '',
    r.condition ?? '',
    String(r.isDelta),
    r.change ?? '',
    r.bound ?? '',
    r.confidence,
    r.evidence.mention,
    r.evidence.sentence,
  ];
}

/** "56% DeepSeek-V2-Coder-Instruct (with 250 samples)", "Δ +40 points": one result as an edge label's part. */
export function describeResult(r: StoredResult): string {
  const who = [r.metric, r.subject].filter(Boolean).join(' ');
  return `${resultValueText(r)}${who ? ` ${who}` : ''}${r.condition ? ` (${r.condition})` : ''}`;
}

/** The attributes a paper → benchmark edge gets for the results the paper reports on it. */
export function edgeResultAttributes(
  onEdge: ReadonlyMap<string, readonly ExportResult[]>,
  source: string,
  target: string,
): { results: string; resultCount: number } | undefined {
  const found = onEdge.get(`${source}\u0000${target}`);
  return found ? { results: found.map(describeResult).join('; '), resultCount: found.length } : undefined;
}
