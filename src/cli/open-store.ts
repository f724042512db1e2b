import { MemoryStore, type GraphStore } from '../graph/index.js';

export interface StoreOptions {
  readonly dataDir: string;
}

export const DEFAULT_DATA_DIR = '.papergraph';

/** The in-process store under --data-dir; Neo4j when NEO4J_URI is set. */
export async function openStore(options: StoreOptions): Promise<GraphStore> {
  return MemoryStore.open({ dataDir: options.dataDir });
}
