import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { defaultExtractorConfig, extractPaper, type ExtractorConfig } from './extract/index.js';
import { applyOverrides, type GraphStore } from './graph/index.js';
import { readCorpusFile, scanCorpusFiles, type ScanOptions } from './corpus-files.js';
import { paperFromRecord } from './ingest/index.js';
import { ExtractorPool } from './parallel-extract.js';
import { extractorVersion } from './extractor-version.js';
import {
  BadInputError,
  PapergraphError,
  plural,
  type ExtractedPaper,
  type InputIssue,
  type Override,
  type PaperInput,
  type WriteSummary,
} from './model/index.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export interface ReadOptions extends ScanOptions {
  readonly logger?: Logger;
}

export interface IngestOptions extends ReadOptions {
  readonly batchSize?: number;
  /** Drop extracted entities below this confidence. */
  readonly minConfidence?: number;
  /** A custom extractor configuration (extracted on this thread); default: the shipped lexicon. */
  readonly extractor?: ExtractorConfig;
  /**
   * Worker threads for extraction with the shipped lexicon; by default one per core for inputs of
   * PARALLEL_FROM papers or more (below that, starting workers costs more than it saves).
   */
  readonly workers?: number;
}

export const PARALLEL_FROM = 2000;

export interface IngestSummary {
  readonly files: number;
  readonly papers: number;
  /** Papers stored from the same content, extractor and hand fixes, left as they were. */
  readonly unchanged: number;
  readonly skippedIssues: number;
  /** Links written (those of unchanged papers not counted). */
  readonly links: number;
  readonly seconds: number;
}

/**
 * Reads every file before anything is written: problems of all files are reported together and,
 * unless skipInvalid, nothing is returned while any file has one. Holds every paper in memory;
 * `ingestFiles` streams instead.
 */
export async function readCorpusFiles(
  files: readonly string[],
  options: ReadOptions = {},
): Promise<{ papers: PaperInput[]; issues: InputIssue[] }> {
  const papers: PaperInput[] = [];
  const issues = await scanCorpusFiles(files, options, (paper) => void papers.push(paper));
  return { papers, issues };
}

export function extractPapers(papers: readonly PaperInput[], config: ExtractorConfig = defaultExtractorConfig()): ExtractedPaper[] {
  return papers.map((paper) => ({ paper, ...extractPaper(paper, config) }));
}

/** Stored fingerprints asked for at a time when re-ingest sorts out the unchanged papers. */
const FINGERPRINT_QUERY = 5000;

/**
 * Reads, extracts and writes files into a store in batches, reporting progress. Memory is bounded
 * by one batch of papers plus a counter and a fingerprint per distinct paper id: a first pass
 * validates every file, finds each id's last record (a later record with the same id replaces an
 * earlier one) and fingerprints it; the papers the store holds with the same fingerprint are left
 * alone, and a second pass, only when some paper changed, extracts and writes the others a batch
 * at a time.
 */
export async function ingestFiles(store: GraphStore, files: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const logger = options.logger ?? silentLogger;
  const batchSize = options.batchSize ?? 1000;
  if (batchSize < 1) throw new PapergraphError('INVALID_ARGUMENT', `batch size must be at least 1, got ${batchSize}`);
  const overrides = await store.listOverrides();
  const minConfidence = options.minConfidence ?? 0;
  // A custom extractor has no version to tell its output apart: its papers are always rewritten.
  const fingerprint = options.extractor ? undefined : paperFingerprinter(await extractorVersion(), minConfidence, overrides);
  const lastRecord = new Map<string, number>();
  const prints = new Map<string, string>();
  const duplicates = { records: 0, example: undefined as PaperInput | undefined };
  let records = 0;
  const issues = await scanCorpusFiles(files, options, (paper) => {
    if (lastRecord.has(paper.id)) {
      duplicates.records++;
      duplicates.example ??= paper;
    }
    lastRecord.set(paper.id, records++);
    if (fingerprint) prints.set(paper.id, fingerprint(paper));
  });
  const total = lastRecord.size;
  if (duplicates.records > 0) {
    const e = duplicates.example!;
    logger.warn(
      `${duplicates.records} record(s) repeat the id of an earlier record (the same arXiv id, id, or title when there is no id) and replace it; ${total} distinct papers from ${records} records (first repeat: ${e.source.file}:${e.source.line} "${e.title.slice(0, 80)}")`,
    );
  }
  await store.migrate();
  const unchangedIds = await storedUnchanged(store, prints);
  const unchanged = unchangedIds.size;
  const changed = total - unchanged;
  const workers = options.extractor ? 0 : (options.workers ?? (changed >= PARALLEL_FROM ? availableParallelism() : 0));
  const pool = workers > 1 && changed > 0 ? new ExtractorPool({ workers, minConfidence }) : undefined;
  const config = options.extractor ?? defaultExtractorConfig({ minConfidence });
  // A load into a store holding fewer papers than it brings lets the store rebuild indexes once at the end.
  const bulk = changed >= PARALLEL_FROM && (await store.beginBulkLoad?.(changed)) === true;
  let rebuildMs = 0;
  let links = 0;
  let done = 0;
  let waiting = 0;
  let writingMs = 0;
  const skipped = unchanged > 0 ? ` (${unchanged} unchanged, skipped)` : '';
  const extract = (papers: PaperInput[]): Promise<ExtractedPaper[]> =>
    pool ? pool.extract(papers) : Promise.resolve(extractPapers(papers, config));
  // Batch n+1 is extracted (on the workers) while batch n is written; writes stay in input order,
  // one transaction each, since entity resolution depends on what earlier batches wrote.
  let writing: Promise<void> = Promise.resolve();
  const startBatch = async (papers: PaperInput[]): Promise<void> => {
    const extracted = extract(papers);
    extracted.catch(() => undefined); // awaited below; a failed earlier write must not leave it unhandled
    await writing;
    writing = (async () => {
      const waited = performance.now();
      const extractedBatch = await extracted;
      const wrote = performance.now();
      waiting += wrote - waited;
      const batch = extractedBatch.map((e) => {
        const print = prints.get(e.paper.id);
        return print === undefined ? e : { ...e, fingerprint: print };
      });
      links += (await store.writePapers(applyOverrides(batch, overrides))).links;
      writingMs += performance.now() - wrote;
      done += papers.length;
      // Both stores commit each batch as it is written (the in-process one to its write log).
      logger.info(`extracted and wrote ${done}/${changed} papers to ${store.kind} store ${store.location}${skipped}`);
    })();
  };
  try {
    let record = 0;
    let batch: PaperInput[] = [];
    // Every paper unchanged: nothing to read again.
    for (const file of changed > 0 ? files : []) {
      for await (const item of readCorpusFile(file, options.format, options.pageDate ? { reader: options.pageDate } : {})) {
        if (!item.paper) continue;
        if (lastRecord.get(item.paper.id) !== record++ || unchangedIds.has(item.paper.id)) continue;
        batch.push(item.paper);
        if (batch.length >= batchSize) {
          await startBatch(batch);
          batch = [];
        }
      }
    }
    if (batch.length > 0) await startBatch(batch);
    await writing;
    if (bulk) {
      const rebuilding = performance.now();
      await store.endBulkLoad!();
      rebuildMs = performance.now() - rebuilding;
    }
    await store.flush();
    if (changed === 0 && total > 0) logger.info(`all ${plural(total, 'paper')} unchanged, skipped`);
    // Where the time went: the writer waiting for extraction, and writing (extraction of the next batch runs meanwhile).
    const rebuilt = bulk ? `, rebuilt the full-text indexes in ${duration(rebuildMs)}` : '';
    logger.info(`waited ${duration(waiting)} for extraction, wrote for ${duration(writingMs)}${rebuilt}`);
  } catch (error) {
    // The indexes come back whatever failed; the first error is the one reported.
    if (bulk) await store.endBulkLoad!().catch(() => undefined);
    throw error;
  } finally {
    await writing.catch(() => undefined);
    await pool?.close();
  }
  return {
    files: files.length,
    papers: total,
    unchanged,
    skippedIssues: issues.length,
    links,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The ids whose stored fingerprint equals the one computed for them: written before from the same input. */
async function storedUnchanged(store: GraphStore, prints: ReadonlyMap<string, string>): Promise<Set<string>> {
  const unchanged = new Set<string>();
  const ids = [...prints.keys()];
  for (let i = 0; i < ids.length; i += FINGERPRINT_QUERY) {
    for (const [id, print] of await store.paperFingerprints(ids.slice(i, i + FINGERPRINT_QUERY))) {
      if (prints.get(id) === print) unchanged.add(id);
    }
  }
  return unchanged;
}

/**
 * A paper's fingerprint: a hash of its content with the extractor version, the settings and the
 * hand fixes, so that a change to any of them (a fix removed too) makes every paper extracted anew.
 */
export function paperFingerprinter(
  extractor: string,
  minConfidence: number,
  overrides: readonly Override[],
): (paper: PaperInput) => string {
  const context = JSON.stringify([extractor, minConfidence, overrides]);
  return ({ source: _source, ...content }) =>
    createHash('sha256').update(context).update('\0').update(JSON.stringify(content)).digest('base64url');
}

/** Where records given as values (not read from a file) are said to come from in issues. */
export const RECORDS_SOURCE = 'records';

export interface RecordsSummary {
  readonly papers: number;
  readonly links: number;
  /** Problems of the records left out (with skipInvalid); `line` is the record's 1-based position. */
  readonly issues: readonly InputIssue[];
}

/**
 * Ingests records given as values (the API's ingestPapers) with the JSON readers' validation: a
 * problem in any record writes nothing (BAD_INPUT with every issue) unless skipInvalid, and the
 * valid records are written in one batch, so all or none of them.
 */
export async function ingestRecords(store: GraphStore, records: readonly unknown[], options: IngestOptions = {}): Promise<RecordsSummary> {
  const papers: PaperInput[] = [];
  const issues: InputIssue[] = [];
  records.forEach((record, index) => {
    const checked = paperFromRecord(record, { format: 'json', file: RECORDS_SOURCE, line: index + 1 });
    if (checked.paper) papers.push(checked.paper);
    else issues.push(...checked.issues);
  });
  if (issues.length > 0 && !options.skipInvalid) throw new BadInputError(issues);
  const written = await writeInputs(store, papers, options);
  return { papers: written.papers, links: written.links, issues };
}

/**
 * Extracts papers (one thread: callers pass a batch) and writes them in one batch, with the store's
 * hand fixes re-applied, as ingestFiles does each of its batches.
 */
export async function writeInputs(store: GraphStore, papers: readonly PaperInput[], options: IngestOptions = {}): Promise<WriteSummary> {
  await store.migrate();
  const overrides = await store.listOverrides();
  const config = options.extractor ?? defaultExtractorConfig({ minConfidence: options.minConfidence ?? 0 });
  const written = await store.writePapers(applyOverrides(extractPapers(papers, config), overrides));
  await store.flush();
  return written;
}

/** "12 ms", "3.4 s": a small ingest's split reads in milliseconds, not as "0.0 s". */
function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
