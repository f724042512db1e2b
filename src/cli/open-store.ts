import { existsSync, statSync } from 'node:fs';
import type { GraphStore, Neo4jStoreOptions } from '../graph/index.js';
import { InvalidArgumentError, PapergraphError } from '../model/index.js';
import { stderrLogger } from './logger.js';

export const DEFAULT_DATA_DIR = '.papergraph';

/** Neo4j settings from the environment, or undefined when NEO4J_URI is unset (embedded store). */
export function neo4jFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jStoreOptions | undefined {
  const uri = env['NEO4J_URI']?.trim();
  if (!uri) return undefined;
  return {
    uri,
    ...(env['NEO4J_USER'] ? { user: env['NEO4J_USER'] } : {}),
    ...(env['NEO4J_PASSWORD'] ? { password: env['NEO4J_PASSWORD'] } : {}),
    ...(env['NEO4J_DATABASE'] ? { database: env['NEO4J_DATABASE'] } : {}),
  };
}

/** What a writer says while another process holds the data directory's write lock. */
export function lockWaitMessage(dataDir: string): string {
  return `waiting for another papergraph process writing to ${dataDir} to finish (an ingest, a curate, or a server started with --ingest or an API key, which holds the lock for as long as it runs)`;
}

/** How long a writer waits for another one on the same data directory before giving up. */
export const LOCK_WAIT_MS = 10 * 60 * 1000;

/**
 * Neo4j when NEO4J_URI is set, else the in-process store under the data directory; `write` takes
 * the directory's write lock, waiting for another writer to finish; `mustExist` refuses a data
 * directory that does not exist (for readers). With NEO4J_WAIT_SECONDS, a Neo4j that does not
 * answer yet (a container still starting) is retried with exponential backoff (0.5 s doubling up
 * to 5 s) for that long before giving up.
 */
export async function openStore(
  options: { dataDir: string; write?: boolean; mustExist?: boolean; onWait?: () => void; queryTimeoutMs?: number },
  env: NodeJS.ProcessEnv = process.env,
): Promise<GraphStore> {
  // Loaded here, not at the top: --help and --version need neither store nor driver.
  const { MemoryStore, Neo4jStore, holdsStoredGraph, splitConnectionUri } = await import('../graph/index.js');
  const neo4j = neo4jFromEnv(env);
  if (!neo4j) {
    if (existsSync(options.dataDir) && !statSync(options.dataDir).isDirectory()) {
      throw new InvalidArgumentError(`--data-dir ${options.dataDir} is a file, not a directory: pass a directory (it is made if missing)`);
    }
    // A reader pointed at a mistyped directory would otherwise report an empty graph.
    if (options.mustExist && !holdsStoredGraph(options.dataDir))
      throw new InvalidArgumentError(
        `no papergraph data in ${options.dataDir}: ingest into it first (papergraph ingest FILE --data-dir ${options.dataDir}), or pass the --data-dir you ingested into`,
      );
    const lock = options.write ? { waitMs: LOCK_WAIT_MS, ...(options.onWait ? { onWait: options.onWait } : {}) } : undefined;
    return MemoryStore.open({ dataDir: options.dataDir, ...(lock ? { lock } : {}) });
  }
  const settings = { ...neo4j, ...(options.queryTimeoutMs ? { queryTimeoutMs: options.queryTimeoutMs } : {}) };
  const wait = waitSeconds(env);
  const deadline = Date.now() + wait * 1000;
  for (let delay = 500; ; delay = Math.min(delay * 2, 5000)) {
    try {
      return await Neo4jStore.open(settings);
    } catch (error) {
      const unavailable = error instanceof PapergraphError && error.code === 'STORE_UNAVAILABLE';
      if (!unavailable || Date.now() + delay > deadline) throw error;
      stderrLogger().warn(
        `Neo4j at ${splitConnectionUri(neo4j.uri).uri} does not answer yet; retrying in ${delay / 1000} s (NEO4J_WAIT_SECONDS=${wait})`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function waitSeconds(env: NodeJS.ProcessEnv): number {
  const raw = env['NEO4J_WAIT_SECONDS']?.trim();
  if (!raw) return 0;
  const seconds = Number(raw);
  if (!(seconds >= 0)) throw new InvalidArgumentError(`NEO4J_WAIT_SECONDS must be a number of seconds, got ${JSON.stringify(raw)}`);
  return seconds;
}
