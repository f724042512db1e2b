import type { Command } from 'commander';
import { DEFAULT_DATA_DIR, openStore } from '../open-store.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('print how many papers and entities of each kind the graph holds')
    .option('--data-dir <dir>', 'where the embedded store keeps its graph', DEFAULT_DATA_DIR)
    .option('--json', 'print JSON')
    .action(async (flags: { dataDir: string; json?: boolean }) => {
      const store = await openStore({ dataDir: flags.dataDir, mustExist: true });
      try {
        const stats = await store.stats();
        if (flags.json) {
          // The names and kinds GraphQL's `stats` uses: links, METHOD.
          const byType = stats.byType.map((t) => ({ type: t.type.toUpperCase(), count: t.count }));
          const json = { store: store.kind, location: store.location, papers: stats.papers, links: stats.edges, byType };
          process.stdout.write(`${JSON.stringify(json)}\n`);
          return;
        }
        const rows = [['papers', stats.papers], ['links', stats.edges], ...stats.byType.map((t) => [`${t.type}s`, t.count])];
        process.stdout.write(
          `${store.kind} store ${store.location}\n${rows.map(([k, v]) => `  ${String(k).padEnd(12)} ${v}`).join('\n')}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
