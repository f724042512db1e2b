import { randomUUID } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../../model/index.js';
import { readLines } from './json-lines.js';
import { LineBuffer } from './line-buffer.js';
import {
  createPaperGraph,
  shareSentence,
  type LinkAttributes,
  type NodeAttributes,
  type PaperAttributes,
  type PaperGraph,
} from './memory-graph.js';

export const SNAPSHOT_FILE = 'graph.snapshot.jsonl';
const FORMAT = 'papergraph-snapshot';
const VERSION = 1;

export interface Snapshot {
  readonly graph: PaperGraph;
  /** alias id → entity id */
  readonly aliases: Map<string, string>;
  /** The last write-log record the snapshot holds. */
  readonly seq: number;
}

type Row = ['n', string, NodeAttributes] | ['l', string, string, LinkAttributes] | ['a', string, string] | ['end', number];

/**
 * Writes the whole graph as JSON Lines (a header, one line per node, link and alias, a trailer with
 * the count), streamed so that no string holds the graph, fsynced and renamed over the old snapshot.
 */
export async function writeSnapshot(dataDir: string, snapshot: Snapshot): Promise<number> {
  const target = join(dataDir, SNAPSHOT_FILE);
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    const file = await open(temporary, 'wx');
    try {
      const lines = new LineBuffer(file);
      await lines.add(`${JSON.stringify({ format: FORMAT, version: VERSION, seq: snapshot.seq })}\n`);
      let rows = 0;
      const put = async (row: Row): Promise<void> => {
        await lines.add(`${JSON.stringify(row)}\n`);
        rows++;
      };
      for (const { node, attributes } of snapshot.graph.nodeEntries()) await put(['n', node, attributes]);
      for (const { source, target: to, attributes } of snapshot.graph.edgeEntries()) await put(['l', source, to, attributes]);
      for (const [alias, entity] of snapshot.aliases) await put(['a', alias, entity]);
      await lines.add(`${JSON.stringify(['end', rows])}\n`);
      await lines.flush();
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
    await syncDirectory(dataDir);
    return (await stat(target)).size;
  } catch (error) {
    await rm(temporary, { force: true });
    throw new StoreError('STORE_UNAVAILABLE', `cannot save ${target}: ${(error as Error).message}`, { cause: error });
  }
}

/** The snapshot in the data directory, or undefined when there is none. */
export async function readSnapshot(dataDir: string): Promise<(Snapshot & { readonly bytes: number }) | undefined> {
  const path = join(dataDir, SNAPSHOT_FILE);
  let bytes: number;
  try {
    bytes = (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreError('STORE_UNAVAILABLE', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  const graph = createPaperGraph();
  const aliases = new Map<string, string>();
  let seq: number | undefined;
  let rows = 0;
  let ended = false;
  let at = 0;
  try {
    for await (const line of readLines(path)) {
      at = line.number;
      if (ended) throw new Error('data after the end record');
      if (seq === undefined) {
        const header = JSON.parse(line.text) as { format?: string; version?: number; seq?: number };
        if (header.format !== FORMAT || header.version !== VERSION || typeof header.seq !== 'number') {
          throw new Error(`not a papergraph snapshot of version ${VERSION}`);
        }
        seq = header.seq;
        continue;
      }
      const row = JSON.parse(line.text) as Row;
      if (row[0] === 'n') graph.addNode(row[1], row[2]);
      else if (row[0] === 'l') {
        const paper = graph.getNodeAttributes(row[1]) as PaperAttributes;
        graph.addDirectedEdge(row[1], row[2], { ...row[3], sentence: shareSentence(paper, row[3].sentence) });
      } else if (row[0] === 'a') aliases.set(row[1], row[2]);
      else if (row[0] === 'end') {
        if (row[1] !== rows) throw new Error(`the end record counts ${row[1]} records, the file holds ${rows}`);
        ended = true;
        continue;
      } else throw new Error(`unknown record ${JSON.stringify(row[0])}`);
      rows++;
    }
    if (!ended) throw new Error('it ends before its end record (cut short)');
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if ((error as NodeJS.ErrnoException).code) {
      throw new StoreError('STORE_UNAVAILABLE', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
    }
    throw new StoreError(
      'STORE_CORRUPT',
      `${path}:${at}: not a papergraph snapshot (${(error as Error).message}); delete it to start afresh`,
      {
        cause: error,
      },
    );
  }
  return { graph, aliases, seq: seq!, bytes };
}

/** Makes a rename in the directory durable. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
