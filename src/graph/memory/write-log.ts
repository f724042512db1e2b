import { open, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError, type ExtractedPaper, type Override } from '../../model/index.js';
import { readLines } from './json-lines.js';
import { LineBuffer } from './line-buffer.js';

export const LOG_FILE = 'graph.log.jsonl';

/**
 * The log format version a record carries as `v`: 1 (no `v`) knew batches and hand fixes, 2 added the
 * undo of a hand fix. A reader refuses a record of a later version, or of a kind it does not know,
 * rather than replaying part of what was committed.
 */
export const LOG_VERSION = 2;

/** One committed write: a batch of papers as given to writePapers, a hand fix, or the undo of one (undoOverride). */
export type LogRecord = { readonly seq: number; readonly v?: number } & (
  | { readonly papers: readonly ExtractedPaper[] }
  | { readonly override: Override }
  | { readonly undo: string; readonly batches: readonly (readonly ExtractedPaper[])[] }
);

/**
 * The append-only log of committed writes since the snapshot: one JSON line per write, fsynced
 * before the write returns. A line is committed once its newline is on disk; bytes after the last
 * newline are a write that a killed process cut short, which reading skips and the next append
 * cuts off.
 */
export class WriteLog {
  private file?: FileHandle;

  private constructor(
    private readonly path: string,
    /** Bytes of committed records: where the next one goes. */
    private length: number,
    private torn: boolean,
  ) {}

  get bytes(): number {
    return this.length;
  }

  /** Replays the log's records after `afterSeq` in order; returns the log, ready to append. */
  static async replay(dataDir: string, afterSeq: number, apply: (record: LogRecord) => void): Promise<WriteLog & { lastSeq: number }> {
    const path = join(dataDir, LOG_FILE);
    let length = 0;
    let torn = false;
    let lastSeq = afterSeq;
    try {
      await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Object.assign(new WriteLog(path, 0, false), { lastSeq });
      throw new StoreError('STORE_UNAVAILABLE', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
    }
    let at = 0;
    try {
      for await (const line of readLines(path, () => (torn = true))) {
        at = line.number;
        const record = JSON.parse(line.text) as LogRecord;
        if (typeof record.seq !== 'number') throw new Error('a record without a sequence number');
        const version = record.v ?? 1;
        if (typeof version !== 'number' || version > LOG_VERSION || !('papers' in record || 'override' in record || 'undo' in record)) {
          throw new StoreError(
            'STORE_CORRUPT',
            `${path}:${line.number}: a write-log record of version ${String(version)}, of a kind this papergraph (log version ${LOG_VERSION}) cannot replay: open the data directory with the papergraph that wrote it`,
          );
        }
        length = line.end;
        // Records up to the snapshot's are in it already (a compaction stopped before removing the log).
        if (record.seq <= afterSeq) continue;
        if (record.seq !== lastSeq + 1) throw new Error(`record ${record.seq} follows record ${lastSeq}`);
        apply(record);
        lastSeq = record.seq;
      }
    } catch (error) {
      if (error instanceof StoreError) throw error;
      if ((error as NodeJS.ErrnoException).code) {
        throw new StoreError('STORE_UNAVAILABLE', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
      }
      throw new StoreError('STORE_CORRUPT', `${path}:${at}: not a papergraph write log (${(error as Error).message})`, { cause: error });
    }
    return Object.assign(new WriteLog(path, length, torn), { lastSeq });
  }

  /** Appends a record and waits until it is on disk. */
  async append(record: LogRecord): Promise<void> {
    try {
      if (!this.file) {
        this.file = await open(this.path, 'a+');
        // A write cut short by a killed process: appending after it would glue the next record to it.
        if ((await this.file.stat()).size !== this.length) this.torn = true;
      }
      if (this.torn) {
        await this.file.truncate(this.length);
        this.torn = false;
      }
      const lines = new LineBuffer(this.file);
      await writeRecord(lines, record);
      await lines.flush();
      await this.file.datasync();
      this.length += lines.bytes;
    } catch (error) {
      this.torn = true;
      throw new StoreError('STORE_UNAVAILABLE', `cannot append to ${this.path}: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Deletes the log once a snapshot holds its records (a log this process read or wrote none of is left alone). */
  async clear(): Promise<void> {
    await this.close();
    if (this.length > 0) await rm(this.path, { force: true });
    this.length = 0;
    this.torn = false;
  }

  async close(): Promise<void> {
    await this.file?.close();
    this.file = undefined;
  }
}

/**
 * A record's line, `{"seq":…,"v":…,…}`, a batch's papers encoded one at a time: one string of the
 * whole batch (megabytes) went to V8's large-object space, old-generation garbage with every batch.
 */
async function writeRecord(lines: LineBuffer, record: LogRecord): Promise<void> {
  const { seq, ...write } = record;
  if (!('papers' in write)) return lines.add(`${JSON.stringify({ seq, v: LOG_VERSION, ...write })}\n`);
  await lines.add(`${JSON.stringify({ seq, v: LOG_VERSION }).slice(0, -1)},"papers":[`);
  for (let i = 0; i < write.papers.length; i++) await lines.add(`${i > 0 ? ',' : ''}${JSON.stringify(write.papers[i])}`);
  await lines.add(']}\n');
}
