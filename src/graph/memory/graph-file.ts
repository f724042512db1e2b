import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../../model/index.js';
import { createPaperGraph, type PaperGraph } from './memory-graph.js';

const FILE = 'graph.json';
const FORMAT_VERSION = 2;

export interface StoredGraph {
  readonly graph: PaperGraph;
  /** alias id → entity id */
  readonly aliases: Map<string, string>;
}

/** Loads the persisted graph, or an empty one when the directory holds none yet. */
export async function loadGraph(dataDir: string): Promise<StoredGraph> {
  const graph = createPaperGraph();
  const path = join(dataDir, FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { graph, aliases: new Map() };
    throw new StoreError('STORE_UNAVAILABLE', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    const parsed = JSON.parse(text) as { version?: number; graph?: unknown; aliases?: [string, string][] };
    if (parsed.version !== FORMAT_VERSION || !parsed.graph) throw new Error(`unsupported format version ${String(parsed.version)}`);
    graph.import(parsed.graph as Parameters<PaperGraph['import']>[0]);
    return { graph, aliases: new Map(parsed.aliases ?? []) };
  } catch (error) {
    throw new StoreError('STORE_CORRUPT', `${path} is not a papergraph store (${(error as Error).message}); delete it to start afresh`, {
      cause: error,
    });
  }
}

/** Writes the graph atomically: a temporary file renamed over the old one, never half a file. */
export async function saveGraph(dataDir: string, stored: StoredGraph): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, FILE);
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify({ version: FORMAT_VERSION, graph: stored.graph.export(), aliases: [...stored.aliases] }));
    await rename(temporary, target);
  } catch (error) {
    // A failed save (disk full, a graph too large to serialise) leaves the old file and no temporary one.
    await rm(temporary, { force: true });
    throw new StoreError('STORE_UNAVAILABLE', `cannot save ${target}: ${(error as Error).message}`, { cause: error });
  }
}
