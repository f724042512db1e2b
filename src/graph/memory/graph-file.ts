import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../../model/index.js';
import { createPaperGraph, type PaperGraph } from './memory-graph.js';

/** The store's file before snapshots and the write log: the whole graph as one JSON document. */
export const LEGACY_FILE = 'graph.json';
const FORMAT_VERSION = 2;

export interface StoredGraph {
  readonly graph: PaperGraph;
  /** alias id → entity id */
  readonly aliases: Map<string, string>;
}

/** Reads a data directory's old graph.json, or undefined when it holds none. */
export async function loadLegacyGraph(dataDir: string): Promise<StoredGraph | undefined> {
  const path = join(dataDir, LEGACY_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreError('STORE_UNAVAILABLE', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    const parsed = JSON.parse(text) as { version?: number; graph?: unknown; aliases?: [string, string][] };
    if (parsed.version !== FORMAT_VERSION || !parsed.graph) throw new Error(`unsupported format version ${String(parsed.version)}`);
    const graph = createPaperGraph();
    graph.import(parsed.graph as Parameters<PaperGraph['import']>[0]);
    return { graph, aliases: new Map(parsed.aliases ?? []) };
  } catch (error) {
    throw new StoreError('STORE_CORRUPT', `${path} is not a papergraph store (${(error as Error).message}); delete it to start afresh`, {
      cause: error,
    });
  }
}
