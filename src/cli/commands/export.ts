import type { Command } from 'commander';
import {
  DEFAULT_EXPORT_DEPTH,
  DEFAULT_EXPORT_LIMIT,
  EXPORT_FORMATS,
  exportSubgraph,
  parseExportFormat,
  selectForExport,
  selectResultsForExport,
} from '../../export/index.js';
import { DEFAULT_DATA_DIR, openStore } from '../open-store.js';
import { positiveInt } from '../options.js';

interface ExportFlags {
  format: string;
  around?: string;
  depth?: number;
  limit?: number;
  dataDir: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph, or the neighbourhood of one node, for Gephi, Cytoscape, yEd or d3 (to stdout)')
    .requiredOption(
      '-f, --format <format>',
      `one of: ${EXPORT_FORMATS.join(', ')} (csv: edges with node labels; csv-nodes: nodes; results-csv: the papers' results)`,
    )
    .option('--around <kind:name>', 'only the neighbourhood of a node: "benchmark:SWE-bench Lite", "method:LoRA", "paper:<id>"')
    .option('--depth <n>', `with --around: links out, 1 to 3 (default ${DEFAULT_EXPORT_DEPTH})`, positiveInt)
    .option('--limit <n>', `with --around: most nodes (default ${DEFAULT_EXPORT_LIMIT})`, positiveInt)
    .option('--data-dir <dir>', 'where the embedded store keeps its graph', DEFAULT_DATA_DIR)
    .addHelpText('after', '\nExample: papergraph export --format gexf --around "benchmark:GSM8K" --depth 2 > gsm8k.gexf')
    .action(async (flags: ExportFlags) => {
      const format = parseExportFormat(flags.format);
      const store = await openStore({ dataDir: flags.dataDir });
      try {
        const subgraph = await selectForExport(store, {
          ...(flags.around ? { around: flags.around } : {}),
          ...(flags.depth ? { depth: flags.depth } : {}),
          ...(flags.limit ? { limit: flags.limit } : {}),
        });
        const results = await selectResultsForExport(store, subgraph, !flags.around);
        process.stdout.write(exportSubgraph(subgraph, format, results));
        process.stderr.write(
          `papergraph: exported ${subgraph.nodes.length} nodes and ${subgraph.edges.length} edges as ${format}${subgraph.truncated ? ' (limit reached: raise --limit for more)' : ''}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
