import type { Command } from 'commander';
import { plural } from '../../model/index.js';
import { DEFAULT_DATA_DIR, openStore } from '../open-store.js';
import { positiveInt } from '../options.js';

interface ExportFlags {
  format: string;
  around?: string;
  depth?: number;
  limit?: number;
  dataDir: string;
}

// The export module's defaults, repeated so that --help need not load the exporters.
const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape-json', 'csv', 'csv-nodes', 'results-csv'];
const DEFAULT_EXPORT_DEPTH = 2;
const DEFAULT_EXPORT_LIMIT = 2000;

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
      const { exportSubgraph, parseExportFormat, selectForExport, selectResultsForExport } = await import('../../export/index.js');
      const format = parseExportFormat(flags.format);
      const store = await openStore({ dataDir: flags.dataDir, mustExist: true });
      try {
        const subgraph = await selectForExport(store, {
          ...(flags.around ? { around: flags.around } : {}),
          ...(flags.depth ? { depth: flags.depth } : {}),
          ...(flags.limit ? { limit: flags.limit } : {}),
        });
        const results = await selectResultsForExport(store, subgraph, !flags.around);
        process.stdout.write(exportSubgraph(subgraph, format, results));
        const what =
          format === 'results-csv'
            ? plural(results.length, 'result row')
            : `${plural(subgraph.nodes.length, 'node')} and ${plural(subgraph.edges.length, 'edge')}`;
        process.stderr.write(
          `papergraph: exported ${what} as ${format}${subgraph.truncated ? ' (limit reached: raise --limit for more)' : ''}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
