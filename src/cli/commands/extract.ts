import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  BadInputError,
  cannotReadFile,
  formatIssue,
  InvalidArgumentError,
  resultValueText,
  type ExtractedPaper,
  type InputIssue,
  type PaperInput,
} from '../../model/index.js';
import { stderrLogger } from '../logger.js';
import { forTerminal } from '../terminal-text.js';
import { confidence, date, pageDateOf, year } from '../options.js';

interface ExtractFlags {
  jsonl?: boolean;
  format?: string;
  skipInvalid?: boolean;
  minConfidence: number;
  title?: string;
  abstract?: string;
  date?: string;
  year?: number;
}

// JSON.stringify escapes C0 controls (an ESC becomes \u001b) but writes DEL and C1 controls raw.
const UNESCAPED_CONTROL = /[\u007F-\u009F]/g;

/** The line format `../shared/eval/score-extraction.mjs` reads; keep it stable. No raw control character. */
export function toJsonLine(extracted: ExtractedPaper): string {
  return jsonOf(extracted).replace(UNESCAPED_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function jsonOf({ paper, entities, results = [] }: ExtractedPaper): string {
  return JSON.stringify({
    id: paper.id,
    title: paper.title,
    entities: entities.map((e) => ({
      type: e.type,
      name: e.name,
      mention: e.evidence.mention,
      start: e.evidence.start,
      end: e.evidence.end,
      confidence: Number(e.confidence.toFixed(3)),
      ...(e.role ? { role: e.role } : {}),
    })),
    // The result-tuple scorer's format (scripts/eval-results.mjs).
    results: results.map((r) => ({
      benchmark: r.benchmark.name,
      value: r.value,
      unit: r.unit ?? null,
      metric: r.metric?.name ?? null,
      subject: r.subject?.name ?? null,
      ...(r.subject?.mention ? { subjectMention: r.subject.mention } : {}),
      ...(r.metric?.mention ? { metricMention: r.metric.mention } : {}),
      condition: r.condition ?? null,
      isDelta: r.isDelta,
      change: r.change ?? null,
      bound: r.bound ?? null,
      mention: r.evidence.mention,
      confidence: r.confidence,
    })),
  });
}

function toText({ paper, entities, results = [] }: ExtractedPaper): string {
  const lines = entities.map((e) => `  ${e.type.padEnd(9)} ${e.name}${e.role ? ` (${e.role})` : ''}  [${e.confidence.toFixed(2)}]`);
  for (const r of results) {
    const what = [r.subject?.name, r.metric?.name, r.condition].filter(Boolean).join(', ');
    lines.push(`  result    ${r.benchmark.name}: ${resultValueText(r)}${what ? ` (${what})` : ''}  [${r.confidence.toFixed(2)}]`);
  }
  return forTerminal([`${paper.title || '(untitled)'}`, ...lines, ''].join('\n'));
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The papers to extract: --title/--abstract, or a file (`-` for stdin) in any format ingest reads.
 * Plain text that holds no title line (one abstract, as pasted) is taken as one untitled abstract.
 */
async function papersToExtract(file: string | undefined, flags: ExtractFlags): Promise<PaperInput[]> {
  const [{ detectFormat, parseFormat, readCorpusText, stablePaperId }, { decodeBytes }, { readCorpusFiles }] = await Promise.all([
    import('../../ingest/index.js'),
    import('../../corpus-files.js'),
    import('../../pipeline.js'),
  ]);
  const source = { format: 'hf-daily', file: file ?? '--abstract', line: 1 } as const;
  if (flags.title !== undefined || flags.abstract !== undefined) {
    if (file !== undefined) throw new InvalidArgumentError('give a file or --title/--abstract, not both');
    if (flags.abstract === undefined) throw new InvalidArgumentError('--title needs --abstract "…" (the text to extract from)');
    if (!flags.abstract.trim()) throw new InvalidArgumentError('--abstract is empty: give the text to extract from');
    const title = flags.title?.trim() ?? '';
    return [{ id: stablePaperId({ title: title || flags.abstract }), title, abstract: flags.abstract.trim(), source }];
  }
  if (file === undefined) throw new InvalidArgumentError('give a file, - for standard input, or --abstract "…" [--title "…"]');
  const name = file === '-' ? '<stdin>' : file;
  const logger = stderrLogger(true);
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (error) {
    throw new BadInputError([{ file, line: 0, message: cannotReadFile(error) }]);
  }
  // The bytes are decoded as ingest decodes them: UTF-8, or Windows-1252 where they are not UTF-8.
  const { text, latin1 } = decodeBytes(bytes);
  let format = flags.format ? parseFormat(flags.format) : undefined;
  // Standard input has no extension to go by: what is not JSON or XML is text.
  if (!format) format = file === '-' && !/^\s*[[{<]/.test(text) ? 'hf-daily' : detectFormat(name, text);
  // A file goes through ingest's own reader (JSON Lines decoded line by line, its warnings, its problems)
  // unless it is a plain-text abstract without a title line.
  const plain = format === 'hf-daily' && text.trim() !== '' && readCorpusText(text, name, format).papers.length === 0;
  const pageDate = pageDateOf(flags);
  if (file !== '-' && !plain) {
    return (await readCorpusFiles([file], { format, pageDate, skipInvalid: flags.skipInvalid ?? false, logger })).papers;
  }
  if (plain) {
    if (latin1) logger.warn(`${name}: not valid UTF-8; read as Windows-1252 (Latin-1)`);
    const abstract = text.replace(/\s+/g, ' ').trim();
    return [{ id: stablePaperId({ title: abstract }), title: '', abstract, source: { ...source, file: name } }];
  }
  const result = readCorpusText(text, name, format, pageDate);
  if (latin1) logger.warn(`${name}: not valid UTF-8; read as Windows-1252 (Latin-1)`);
  for (const warning of result.warnings ?? []) logger.warn(formatIssue(warning));
  const issues: InputIssue[] =
    result.papers.length === 0 && result.issues.length === 0 ? [{ file: name, line: 0, message: 'no papers found' }] : result.issues;
  if (issues.length > 0 && !flags.skipInvalid) throw new BadInputError(issues);
  for (const issue of issues) logger.warn(`skipped ${formatIssue(issue)}`);
  return result.papers;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the entities found in each paper of a file, or in one abstract, without writing to the graph')
    .argument('[file]', 'a corpus file (any format ingest reads), a plain-text abstract, or - for standard input')
    .option('--title <text>', 'with --abstract: the title of one paper to extract')
    .option('--abstract <text>', 'one abstract to extract (instead of a file)')
    .option(
      '--jsonl',
      'one JSON object per paper: {id, title, entities: [{type, name, mention, start, end, confidence, role?}], results: [...]}',
    )
    .option('--format <format>', 'input format: hf-daily, jsonl, json, arxiv-atom')
    .option('--skip-invalid', 'extract the valid records of a file with problems')
    .option('--year <yyyy>', 'year of a Daily Papers page whose date header has none ("Sep 11")', year)
    .option(
      '--date <date>',
      'publication date (YYYY, YYYY-MM or YYYY-MM-DD) of every paper of a Daily Papers page, and of records without one',
      date,
    )
    .option('--min-confidence <x>', 'drop entities below this confidence (0 to 1)', confidence, 0)
    .addHelpText(
      'after',
      '\nExamples:\n  papergraph extract abstract.txt\n  pbpaste | papergraph extract -\n  papergraph extract --title "…" --abstract "…"',
    )
    .action(async (file: string | undefined, flags: ExtractFlags) => {
      const papers = await papersToExtract(file, flags);
      const [{ defaultExtractorConfig }, { extractInParallel }, { extractPapers, PARALLEL_FROM }] = await Promise.all([
        import('../../extract/index.js'),
        import('../../parallel-extract.js'),
        import('../../pipeline.js'),
      ]);
      const format = flags.jsonl ? toJsonLine : toText;
      const extracted =
        papers.length >= PARALLEL_FROM
          ? await extractInParallel(papers, { minConfidence: flags.minConfidence })
          : extractPapers(papers, defaultExtractorConfig({ minConfidence: flags.minConfidence }));
      for (const paper of extracted) process.stdout.write(`${format(paper)}\n`);
    });
}
