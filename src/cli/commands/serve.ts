import type { Command } from 'commander';
import { plural } from '../../model/index.js';
import { stderrLogger } from '../logger.js';
import { DEFAULT_DATA_DIR, openStore } from '../open-store.js';
import { date, port, year } from '../options.js';
import { pageDateOf } from './ingest.js';

interface ServeFlags {
  port: number;
  host: string;
  ide: boolean;
  dataDir: string;
  ingest?: string[];
  ingestIfEmpty?: string[];
  date?: string;
  year?: number;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API, with the GraphiQL IDE for browsers at /graphql')
    .option('-p, --port <port>', 'port to listen on', port, 4000)
    .option('--host <host>', 'address to listen on (0.0.0.0 for all interfaces)', '127.0.0.1')
    .option('--no-ide', 'do not serve the GraphiQL IDE (JSON clients only)')
    .option('--ingest <files...>', 'ingest these files before serving (idempotent)')
    .option('--ingest-if-empty <files...>', 'ingest these files before serving only when the graph holds no papers (a demo)')
    .option('--year <yyyy>', 'with --ingest: year of a Daily Papers page whose date header has none', year)
    .option('--date <date>', 'with --ingest: publication date for every paper of a Daily Papers page', date)
    .option('--data-dir <dir>', 'where the embedded store keeps its graph', DEFAULT_DATA_DIR)
    .action(async (flags: ServeFlags) => {
      const logger = stderrLogger();
      const [{ startServer }, { ingestFiles }] = await Promise.all([import('../../api/index.js'), import('../../pipeline.js')]);
      const store = await openStore({ dataDir: flags.dataDir });
      if (flags.ingest?.length) await ingestFiles(store, flags.ingest, { logger, pageDate: pageDateOf(flags) });
      if (flags.ingestIfEmpty?.length) {
        if ((await store.stats()).papers === 0) await ingestFiles(store, flags.ingestIfEmpty, { logger, pageDate: pageDateOf(flags) });
        else logger.info(`the graph holds papers: not ingesting ${flags.ingestIfEmpty.join(', ')}`);
      }
      const server = await startServer({ store, port: flags.port, host: flags.host, ide: flags.ide });
      const stats = await store.stats();
      logger.info(`${plural(stats.papers, 'paper')} in the ${store.kind} store ${store.location}`);
      const base = server.url.replace(/\/graphql$/, '');
      const extras = flags.ide
        ? ` (GraphiQL IDE there in a browser); graph explorer at ${base}/explore`
        : `; graph explorer at ${base}/explore`;
      process.stdout.write(`✓ papergraph API at ${server.url}${extras}\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          logger.info(`${signal}: shutting down`);
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.stop();
      await store.close();
    });
}
