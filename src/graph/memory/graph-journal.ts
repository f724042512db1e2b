import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractedPaper, Override } from '../../model/index.js';
import { applyBatch } from './apply-batch.js';
import { applyOverrideToGraph } from './apply-override.js';
import { LEGACY_FILE, loadLegacyGraph } from './graph-file.js';
import { createPaperGraph, type PaperGraph } from './memory-graph.js';
import { readSnapshot, writeSnapshot } from './snapshot-file.js';
import { WriteLog } from './write-log.js';

/**
 * The log is folded into a new snapshot once it outgrows the snapshot (and this floor): rewriting
 * costs the snapshot's size, so over an ingest the bytes written stay a small multiple of the graph's.
 */
export const COMPACT_FLOOR_BYTES = 64 * 1024 * 1024;

/**
 * How the in-process graph persists in its data directory: a snapshot (graph.snapshot.jsonl) plus
 * the log of writes committed since (graph.log.jsonl). A write is durable when its log record is;
 * the log is compacted into a new snapshot when it grows past the snapshot's size.
 */
export class GraphJournal {
  /** Whether this process committed a write. */
  wrote = false;

  private constructor(
    private readonly dataDir: string,
    private readonly log: WriteLog,
    private seq: number,
    private snapshotBytes: number,
    /** The graph came from an old graph.json, which a first snapshot replaces. */
    private legacy: boolean,
    private readonly compactFloor: number,
  ) {}

  /** Loads the snapshot (or an old graph.json) and replays the log on it. */
  static async load(
    dataDir: string,
    compactFloor = COMPACT_FLOOR_BYTES,
  ): Promise<{
    journal: GraphJournal;
    graph: PaperGraph;
    aliases: Map<string, string>;
    undone: ReadonlySet<string>;
    logged: readonly Override[];
  }> {
    const snapshot = await readSnapshot(dataDir);
    const legacy = snapshot ? undefined : await loadLegacyGraph(dataDir);
    const graph = snapshot?.graph ?? legacy?.graph ?? createPaperGraph();
    const aliases = snapshot?.aliases ?? legacy?.aliases ?? new Map<string, string>();
    // Fixes whose undo is logged: the overrides file may still list one, if its writer died before saving it.
    const undone = new Set<string>();
    // Fixes whose record is logged: the overrides file may not list one yet, if its writer died before saving it.
    const logged: Override[] = [];
    const log = await WriteLog.replay(dataDir, snapshot?.seq ?? 0, (record) => {
      if ('papers' in record) applyBatch(graph, aliases, record.papers);
      else if ('undo' in record) {
        for (const batch of record.batches) applyBatch(graph, aliases, batch);
        undone.add(record.undo);
      } else {
        applyOverrideToGraph(graph, aliases, record.override);
        logged.push(record.override);
      }
    });
    const journal = new GraphJournal(dataDir, log, log.lastSeq, snapshot?.bytes ?? 0, legacy !== undefined, compactFloor);
    return { journal, graph, aliases, undone, logged };
  }

  /** Makes a write durable; the graph already holds it. */
  async commit(
    write:
      { papers: readonly ExtractedPaper[] } | { override: Override } | { undo: string; batches: readonly (readonly ExtractedPaper[])[] },
  ): Promise<void> {
    if (this.log.bytes === 0) await mkdir(this.dataDir, { recursive: true });
    await this.log.append({ seq: this.seq + 1, ...write });
    this.seq++;
    this.wrote = true;
  }

  /** The graph came from an old graph.json, not yet replaced by a snapshot. */
  get fromLegacyFile(): boolean {
    return this.legacy;
  }

  get needsCompaction(): boolean {
    return this.legacy || this.log.bytes > Math.max(this.compactFloor, this.snapshotBytes);
  }

  /**
   * Writes the graph as the new snapshot and drops the log it holds. The graph must not change
   * until this returns. A crash at any point leaves a loadable directory: the old snapshot and the
   * whole log, or the new snapshot (records up to its sequence number in the log are skipped).
   */
  async compact(graph: PaperGraph, aliases: Map<string, string>): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    this.snapshotBytes = await writeSnapshot(this.dataDir, { graph, aliases, seq: this.seq });
    await this.log.clear();
    if (this.legacy) await rm(join(this.dataDir, LEGACY_FILE), { force: true });
    this.legacy = false;
  }

  async close(): Promise<void> {
    await this.log.close();
  }
}
