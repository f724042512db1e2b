import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { defaultExtractorConfig, extractPaper, type ExtractorConfig } from './extract/index.js';
import type { GraphStore } from './graph/index.js';
import { readCorpusText } from './ingest/index.js';
import { ExtractorPool } from './parallel-extract.js';
import {
  BadInputError,
  formatIssue,
  PapergraphError,
  type CorpusFormat,
  type ExtractedPaper,
  type InputIssue,
  type PaperInput,
} from './model/index.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export interface ReadOptions {
  readonly format?: CorpusFormat;
  /** Ingest the valid records of a file with problems instead of refusing the whole input. */
  readonly skipInvalid?: boolean;
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
  readonly skippedIssues: number;
  readonly links: number;
  readonly seconds: number;
}

/**
 * Reads every file before anything is written: problems of all files are reported together and,
 * unless skipInvalid, nothing is ingested while any file has one.
 */
export async function readCorpusFiles(
  files: readonly string[],
  options: ReadOptions = {},
): Promise<{ papers: PaperInput[]; issues: InputIssue[] }> {
  const papers: PaperInput[] = [];
  const issues: InputIssue[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      issues.push({ file, line: 0, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    const result = readCorpusText(text, file, options.format);
    if (result.papers.length === 0 && result.issues.length === 0) {
      issues.push({ file, line: 1, message: 'no papers found' });
    }
    papers.push(...result.papers);
    issues.push(...result.issues);
    options.logger?.info(`read ${file}: ${result.papers.length} papers${result.issues.length ? `, ${result.issues.length} problems` : ''}`);
  }
  if (issues.length > 0 && !options.skipInvalid) throw new BadInputError(issues);
  for (const issue of issues) options.logger?.warn(`skipped ${formatIssue(issue)}`);
  return { papers, issues };
}

export function extractPapers(papers: readonly PaperInput[], config: ExtractorConfig = defaultExtractorConfig()): ExtractedPaper[] {
  return papers.map((paper) => ({ paper, ...extractPaper(paper, config) }));
}

/** Reads, extracts and writes files into a store in batches, reporting progress. */
export async function ingestFiles(store: GraphStore, files: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const logger = options.logger ?? silentLogger;
  const { papers, issues } = await readCorpusFiles(files, options);
  const unique = [...new Map(papers.map((p) => [p.id, p])).values()];
  const batchSize = options.batchSize ?? 1000;
  if (batchSize < 1) throw new PapergraphError('INVALID_ARGUMENT', `batch size must be at least 1, got ${batchSize}`);
  await store.migrate();
  const minConfidence = options.minConfidence ?? 0;
  const workers = options.extractor ? 0 : (options.workers ?? (unique.length >= PARALLEL_FROM ? availableParallelism() : 0));
  const pool = workers > 1 ? new ExtractorPool({ workers, minConfidence }) : undefined;
  const config = options.extractor ?? defaultExtractorConfig({ minConfidence });
  let links = 0;
  try {
    for (let offset = 0; offset < unique.length; offset += batchSize) {
      const papers = unique.slice(offset, offset + batchSize);
      const written = await store.writePapers(pool ? await pool.extract(papers) : extractPapers(papers, config));
      links += written.links;
      logger.info(
        `ingested ${Math.min(offset + batchSize, unique.length)}/${unique.length} papers into ${store.kind} store ${store.location}`,
      );
    }
    await store.flush();
  } finally {
    await pool?.close();
  }
  return { files: files.length, papers: unique.length, skippedIssues: issues.length, links, seconds: (performance.now() - started) / 1000 };
}
