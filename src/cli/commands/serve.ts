import { Option, type Command } from 'commander';
import type { DestinationStream, pino } from 'pino';
import { plural } from '../../model/index.js';
import { apiKeyFrom } from '../api-key.js';
import { stderrLogger } from '../logger.js';
import { DEFAULT_DATA_DIR, lockWaitMessage, openStore } from '../open-store.js';
import { port } from '../options.js';
import { addServeSafetyOptions, apiLimitsOf, type ServeSafetyFlags } from '../serve-options.js';
import { addReadWriteOptions, readWriteOptionsOf, requireReadable, type ReadWriteFlags } from './ingest.js';

interface ServeFlags extends ServeSafetyFlags, ReadWriteFlags {
  port: number;
  host: string;
  ide: boolean;
  dataDir: string;
  ingest?: string[];
  ingestIfEmpty?: string[];
  apiKey?: string;
  apiKeyFile?: string;
  requireKeyForReads?: boolean;
}

export function registerServe(program: Command): void {
  const ingesting = program
    .command('serve')
    .description('serve the GraphQL API, with the GraphiQL IDE for browsers at /graphql')
    .addOption(new Option('-p, --port <port>', 'port to listen on').env('PAPERGRAPH_PORT').argParser(port).default(4000))
    .addOption(new Option('--host <host>', 'address to listen on (0.0.0.0 for all interfaces)').env('PAPERGRAPH_HOST').default('127.0.0.1'))
    .option('--no-ide', 'do not serve the GraphiQL IDE (JSON clients only)')
    .option('--ingest <files...>', 'ingest these files before serving (idempotent)')
    .option('--ingest-if-empty <files...>', 'ingest these files before serving only when the graph holds no papers (a demo)');
  const command = addReadWriteOptions(ingesting, 'with --ingest: ')
    .option('--data-dir <dir>', 'where the embedded store keeps its graph', DEFAULT_DATA_DIR)
    .option('--api-key-file <file>', 'allow writes (ingestPapers, curation) to clients sending this key as "Authorization: Bearer <key>"')
    .option('--api-key <key>', 'the same key given inline (visible to other users in ps; prefer PAPERGRAPH_API_KEY or --api-key-file)')
    .option('--require-key-for-reads', 'queries and exports need the API key too (default: reads are open)');
  addServeSafetyOptions(command).action(async (flags: ServeFlags) => {
    const logger = stderrLogger();
    const toIngest = [...(flags.ingest ?? []), ...(flags.ingestIfEmpty ?? [])];
    await requireReadable(toIngest, flags);
    // The pipeline brings the extractor (1 s of CPU, ~100 MB): only a server that ingests at start loads it
    // now; one that takes writes over HTTP loads it on the first ingestPapers or hand fix.
    const [{ startServer }, pipeline, { pino }] = await Promise.all([
      import('../../api/index.js'),
      toIngest.length > 0 ? import('../../pipeline.js') : undefined,
      import('pino'),
    ]);
    const limits = apiLimitsOf(flags);
    const { auth, source } = await apiKeyFrom(flags);
    // A server that writes (ingest before serving, or mutations with an API key) holds the data directory's lock.
    const writes = Boolean(flags.ingest?.length || flags.ingestIfEmpty?.length || source);
    const store = await openStore({
      dataDir: flags.dataDir,
      write: writes,
      // Without anything to ingest, a mistyped --data-dir would serve an empty graph; a server taking writes may start empty.
      mustExist: !writes,
      onWait: () => logger.warn(lockWaitMessage(flags.dataDir)),
      queryTimeoutMs: limits.requestTimeoutMs,
    });
    const ingestOptions = { ...(await readWriteOptionsOf(flags)), logger };
    if (flags.ingest?.length) await pipeline!.ingestFiles(store, flags.ingest, ingestOptions);
    if (flags.ingestIfEmpty?.length) {
      if ((await store.stats()).papers === 0) await pipeline!.ingestFiles(store, flags.ingestIfEmpty, ingestOptions);
      else logger.info(`the graph holds papers: not ingesting ${flags.ingestIfEmpty.join(', ')}`);
    }
    // The in-process search index follows in slices while requests are answered (an ingest never builds it).
    store.whenIndexed?.().catch((error: unknown) => logger.warn(`the search index could not be built: ${String(error)}`));
    const log = requestLogDestination(pino);
    const server = await startServer({
      store,
      port: flags.port,
      host: flags.host,
      ide: flags.ide,
      limits,
      auth,
      logger: pino({ level: flags.logLevel, base: { service: 'papergraph' } }, log.destination),
      shutdownGraceMs: flags.shutdownGrace,
      ...(flags.introspection !== undefined ? { introspection: flags.introspection } : {}),
      ...(flags.allowedHosts ? { allowedHosts: flags.allowedHosts } : {}),
      ...(flags.corsOrigin ? { corsOrigins: flags.corsOrigin } : {}),
    });
    logger.info(
      source
        ? `writes over HTTP on with the API key from ${source}; reads ${auth.requireKeyForReads ? 'need the key too' : 'open'}`
        : 'writes over HTTP off (no API key: set PAPERGRAPH_API_KEY or give --api-key-file)',
    );
    const stats = await store.stats();
    logger.info(`${plural(stats.papers, 'paper')} in the ${store.kind} store ${store.location}`);
    const base = server.url.replace(/\/graphql$/, '');
    const extras = flags.ide
      ? ` (GraphiQL IDE there in a browser); graph explorer at ${base}/explore`
      : `; graph explorer at ${base}/explore`;
    process.stdout.write(`✓ papergraph API at ${server.url}${extras}\n`);
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        logger.info(`${signal}: shutting down; in-flight requests may finish (up to ${flags.shutdownGrace} ms)`);
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.stop();
    await store.close();
    await log.close();
  });
}

/**
 * The request log's stream on stderr: asynchronous (sonic-boom) in chunks of at least 4 KB, so that a busy
 * server makes one write where it made one per request (measured: see the README's request log). Lines
 * wait at most a second; shutdown writes out the rest, and pino flushes it synchronously on any exit
 * (a crash, process.exit) too.
 */
function requestLogDestination(logger: typeof pino): { destination: DestinationStream; close(): Promise<void> } {
  const destination = logger.destination({ dest: 2, sync: false, minLength: 4096 });
  const flushing = setInterval(() => destination.flush(), 1000).unref();
  return {
    destination,
    close: async () => {
      clearInterval(flushing);
      // Resolves once the buffered lines and any write under way are on stderr.
      await new Promise<void>((resolve) => destination.flush(() => resolve()));
    },
  };
}
