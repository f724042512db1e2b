import { MemoryStore, Neo4jStore, type GraphStore, type Neo4jStoreOptions } from '../graph/index.js';

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

/** How long a writer waits for another one on the same data directory before giving up. */
export const LOCK_WAIT_MS = 10 * 60 * 1000;

/**
 * Neo4j when NEO4J_URI is set, else the in-process store under the data directory; `write` takes
 * the directory's write lock, waiting for another writer to finish.
 */
export async function openStore(options: {
  dataDir: string;
  write?: boolean;
  onWait?: () => void;
  queryTimeoutMs?: number;
}): Promise<GraphStore> {
  const neo4j = neo4jFromEnv();
  if (neo4j) return Neo4jStore.open({ ...neo4j, ...(options.queryTimeoutMs ? { queryTimeoutMs: options.queryTimeoutMs } : {}) });
  const lock = options.write ? { waitMs: LOCK_WAIT_MS, ...(options.onWait ? { onWait: options.onWait } : {}) } : undefined;
  return MemoryStore.open({ dataDir: options.dataDir, ...(lock ? { lock } : {}) });
}
