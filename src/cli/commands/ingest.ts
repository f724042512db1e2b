import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { BadInputError, plural, type InputIssue } from '../../model/index.js';
import type { IngestOptions } from '../../pipeline.js';
import { stderrLogger } from '../logger.js';
import { DEFAULT_DATA_DIR, lockWaitMessage, openStore } from '../open-store.js';
import { confidence, date, pageDateOf, positiveInt, year } from '../options.js';

/** How files are read and written, shared by `ingest` and `serve --ingest`. */
export interface ReadWriteFlags {
  format?: string;
  skipInvalid?: boolean;
  batchSize: number;
  minConfidence: number;
  date?: string;
  year?: number;
}

export interface IngestFlags extends ReadWriteFlags {
  dataDir: string;
  quiet?: boolean;
}

/** The reading and writing options; `scope` prefixes their help ("with --ingest: "). */
export function addReadWriteOptions(command: Command, scope = ''): Command {
  return command
    .option('--format <format>', `${scope}input format: hf-daily, jsonl, json, arxiv-atom (default: from extension and content)`)
    .option('--skip-invalid', `${scope}ingest the valid records of files with problems, instead of writing nothing`)
    .option('--year <yyyy>', `${scope}year of a Daily Papers page whose date header has none ("Sep 11")`, year)
    .option(
      '--date <date>',
      `${scope}publication date (YYYY, YYYY-MM or YYYY-MM-DD) of every paper of a Daily Papers page, and of JSON, JSONL and Atom records without one`,
      date,
    )
    .option('--batch-size <n>', `${scope}papers written per transaction`, positiveInt, 1000)
    .option('--min-confidence <x>', `${scope}drop extracted entities below this confidence (0 to 1)`, confidence, 0);
}

export function addIngestOptions(command: Command): Command {
  return addReadWriteOptions(command)
    .option('--data-dir <dir>', 'where the embedded store keeps its graph', DEFAULT_DATA_DIR)
    .option('-q, --quiet', 'print only warnings and the summary');
}

/** The pipeline's options for these flags (the logger aside). */
export async function readWriteOptionsOf(flags: ReadWriteFlags): Promise<Omit<IngestOptions, 'logger'>> {
  const { parseFormat } = await import('../../ingest/index.js');
  return {
    ...(flags.format ? { format: parseFormat(flags.format) } : {}),
    skipInvalid: flags.skipInvalid ?? false,
    pageDate: pageDateOf(flags),
    batchSize: flags.batchSize,
    minConfidence: flags.minConfidence,
  };
}

/**
 * Refuses, as ingesting them would, files that cannot be read: before the extractor loads (1 s of CPU)
 * and before a store is opened or a data directory made. The refusal reports every problem at once:
 * the other files are read through too, so a mistyped name does not hide their bad records.
 */
export async function requireReadable(files: readonly string[], flags: ReadWriteFlags): Promise<void> {
  const { corpusProblems, unreadableFiles } = await import('../../corpus-files.js');
  const unreadable = await unreadableFiles(files);
  if (unreadable.length === 0) return;
  const readable = files.filter((file) => !unreadable.some((issue) => issue.file === file));
  const { format, pageDate } = await readWriteOptionsOf(flags);
  const problems = await corpusProblems(readable, { ...(format ? { format } : {}), ...(pageDate ? { pageDate } : {}) });
  const order = (issue: InputIssue) => files.indexOf(issue.file);
  throw new BadInputError([...unreadable, ...problems].sort((a, b) => order(a) - order(b)));
}

export async function runIngest(files: string[], flags: IngestFlags): Promise<string> {
  const logger = stderrLogger(flags.quiet);
  await requireReadable(files, flags);
  const { ingestFiles } = await import('../../pipeline.js');
  const { holdsStoredGraph } = await import('../../graph/index.js');
  const fresh = !existsSync(flags.dataDir);
  const store = await openStore({
    dataDir: flags.dataDir,
    write: true,
    onWait: () => logger.warn(lockWaitMessage(flags.dataDir)),
  });
  try {
    const summary = await ingestFiles(store, files, { ...(await readWriteOptionsOf(flags)), logger });
    const skipped = summary.skippedIssues ? `, skipping ${plural(summary.skippedIssues, 'problem')} (warned above)` : '';
    // The links are those of the papers written: saying so keeps "3 papers (10 links)" from reading as all three's.
    const written = summary.unchanged
      ? `${summary.papers - summary.unchanged} written with ${plural(summary.links, 'link')}, ${summary.unchanged} unchanged`
      : plural(summary.links, 'link');
    // A first ingest that stores nothing leaves no directory (below): say so rather than name a store that is not there.
    const nothing = fresh && store.kind === 'memory' && summary.papers === 0 ? ` (nothing to store: ${flags.dataDir} was not created)` : '';
    return `✓ ingested ${plural(summary.papers, 'paper')} (${written}) from ${plural(summary.files, 'file')} into ${store.kind} store ${store.location} in ${summary.seconds.toFixed(1)} s${skipped}${nothing}`;
  } finally {
    await store.close();
    // Nothing was stored (a failure, or only skipped problems): a directory this run made for the
    // embedded store goes too, so that no empty data directory is left to pass for a graph.
    if (fresh && store.kind === 'memory' && !holdsStoredGraph(flags.dataDir)) await rm(flags.dataDir, { recursive: true, force: true });
  }
}

export function registerIngest(program: Command): void {
  addIngestOptions(
    program
      .command('ingest')
      .description('read papers, extract their entities and write them into the graph (re-ingest is idempotent)')
      .argument(
        '<files...>',
        'corpus files: a saved Hugging Face Daily Papers page (.txt), JSON Lines, a JSON array or an arXiv Atom feed',
      ),
  ).action(async (files: string[], flags: IngestFlags) => {
    process.stdout.write(`${await runIngest(files, flags)}\n`);
  });
}
