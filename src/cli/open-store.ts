import type { GraphStore, Neo4jStoreOptions } from '../graph/index.js';

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

/** Neo4j when NEO4J_URI is set, else the in-process store under the data directory. */
export async function openStore(options: { dataDir: string }): Promise<GraphStore> {
  // Loaded here, not at the top: --help and --version need neither store nor driver.
  const { MemoryStore, Neo4jStore } = await import('../graph/index.js');
  const neo4j = neo4jFromEnv();
  return neo4j ? Neo4jStore.open(neo4j) : MemoryStore.open({ dataDir: options.dataDir });
}
