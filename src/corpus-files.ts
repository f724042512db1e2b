import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { detectFormat, IgnoredFields, readCorpusText, readJsonLine, type ReaderOptions, type ReadItem } from './ingest/index.js';
import { BadInputError, cannotReadFile, formatIssue, plural, type CorpusFormat, type InputIssue, type PaperInput } from './model/index.js';

/** What reading a file yields: records and problems in file order, and warnings about the file as a whole. */
export type FileItem = ReadItem | { readonly warning: string; readonly paper?: never; readonly issues?: never };

/**
 * JSON Lines files are streamed line by line, so their size is not limited. The other formats are
 * parsed whole, and a file of theirs larger than this is refused with a problem rather than
 * exhausting memory (a JS string holds at most ~512 MB).
 */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;
/** A JSON Lines line longer than this is a problem; the reader skips it without buffering it. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
const HEAD_BYTES = 16 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** Bytes as UTF-8, or as Windows-1252 (a superset of Latin-1) when they are not valid UTF-8. */
export function decodeBytes(bytes: Uint8Array): { text: string; latin1: boolean } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A U+FFFD in the result is either in the file or a replaced invalid sequence; only then check strictly.
  if (!text.includes('\uFFFD')) return { text, latin1: false };
  try {
    return { text: utf8.decode(bytes), latin1: false };
  } catch {
    return { text: windows1252.decode(bytes), latin1: true };
  }
}

export interface StreamOptions {
  /** Bytes read at a time (default 1 MB). */
  readonly chunkBytes?: number;
  readonly maxLineBytes?: number;
  /** What the user tells the readers that the file does not say (a page's date). */
  readonly reader?: ReaderOptions;
}

/**
 * The records of one corpus file, in the given format or the one its name and first bytes say. A
 * date the user gives (`--date`) dates every paper of a Daily Papers page, and the records of the
 * other formats that carry no date of their own.
 */
export async function* readCorpusFile(file: string, format?: CorpusFormat, stream: StreamOptions = {}): AsyncGenerator<FileItem> {
  const date = stream.reader?.date;
  for await (const item of readFormat(file, format, stream)) {
    yield date && item.paper && item.paper.published === undefined ? { paper: { ...item.paper, published: date } } : item;
  }
}

async function* readFormat(file: string, format: CorpusFormat | undefined, stream: StreamOptions): AsyncGenerator<FileItem> {
  let head: Buffer;
  let size: number;
  try {
    const handle = await open(file, 'r');
    try {
      size = (await handle.stat()).size;
      const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
      head = buffer.subarray(0, (await handle.read(buffer, 0, buffer.length, 0)).bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    yield unreadable(file, error);
    return;
  }
  // A multi-byte character cut at the end of the head decodes as U+FFFD: harmless for detection.
  const chosen = format ?? detectFormat(file, head.toString('utf8'));
  if (chosen === 'jsonl') {
    yield* readJsonLinesFile(file, stream);
    return;
  }
  if (size > MAX_WHOLE_FILE_BYTES) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    const message = `the file has ${mb(size)}; ${chosen} files are read whole, up to ${mb(MAX_WHOLE_FILE_BYTES)}: split it, or convert it to JSON Lines, which is read line by line`;
    yield { issues: [{ file, line: 0, message }] };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    yield unreadable(file, error);
    return;
  }
  const { text, latin1 } = decodeBytes(bytes);
  if (latin1) yield { warning: `${file}: not valid UTF-8; read as Windows-1252 (Latin-1)` };
  const { papers, issues, warnings } = readCorpusText(text, file, chosen, stream.reader);
  for (const warning of warnings ?? []) yield { warning: formatIssue(warning) };
  for (const paper of papers) yield { paper };
  if (issues.length > 0) yield { issues };
}

async function* readJsonLinesFile(file: string, stream: StreamOptions): AsyncGenerator<FileItem> {
  const maxLineBytes = stream.maxLineBytes ?? MAX_LINE_BYTES;
  let latin1Lines = 0;
  let firstLatin1 = 0;
  const ignored = new IgnoredFields();
  try {
    for await (const { bytes, line } of byteLines(file, stream.chunkBytes ?? 1024 * 1024, maxLineBytes)) {
      if (bytes === undefined) {
        yield { issues: [{ file, line, message: `line longer than the limit of ${maxLineBytes} bytes` }] };
        continue;
      }
      const decoded = decodeBytes(bytes);
      if (decoded.latin1 && latin1Lines++ === 0) firstLatin1 = line;
      const text = line === 1 && decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
      const item = readJsonLine(text, file, line);
      if (!item) continue;
      ignored.add(item.record, line);
      // Not the parsed record: the paper is all a batch in flight needs to hold.
      yield item.paper ? { paper: item.paper } : { issues: item.issues };
    }
  } catch (error) {
    yield unreadable(file, error);
  }
  if (latin1Lines > 0) {
    yield { warning: `${file}:${firstLatin1}: ${latin1Lines} line(s) not valid UTF-8; read as Windows-1252 (Latin-1)` };
  }
  const unread = ignored.warning(file);
  if (unread) yield { warning: formatIssue(unread) };
}

/** The file's lines as bytes (without the newline), or undefined for a line over the limit. */
async function* byteLines(
  file: string,
  chunkBytes: number,
  maxLineBytes: number,
): AsyncGenerator<{ bytes: Buffer | undefined; line: number }> {
  let pieces: Buffer[] = [];
  let length = 0;
  let oversized = false;
  let line = 0;
  const take = (): { bytes: Buffer | undefined; line: number } => {
    const bytes = oversized ? undefined : Buffer.concat(pieces, length);
    pieces = [];
    length = 0;
    oversized = false;
    return { bytes, line: ++line };
  };
  const add = (piece: Buffer): void => {
    if (oversized) return;
    length += piece.length;
    if (length > maxLineBytes) {
      oversized = true;
      pieces = [];
    } else pieces.push(piece);
  };
  for await (const chunk of createReadStream(file, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
      add(chunk.subarray(start, newline));
      yield take();
      start = newline + 1;
    }
    if (start < chunk.length) add(chunk.subarray(start));
  }
  if (length > 0 || oversized) yield take();
}

/**
 * The problems of files that cannot be opened and read (missing, a directory, no permission), as reading
 * them would report: a cheap check a command makes before it loads the extractor or opens a store.
 */
export async function unreadableFiles(files: readonly string[]): Promise<InputIssue[]> {
  const issues: InputIssue[] = [];
  for (const file of files) {
    try {
      const handle = await open(file, 'r');
      try {
        await handle.read(Buffer.alloc(1), 0, 1, 0);
      } finally {
        await handle.close();
      }
    } catch (error) {
      issues.push(...unreadable(file, error).issues!);
    }
  }
  return issues;
}

function unreadable(file: string, error: unknown): FileItem {
  return { issues: [{ file, line: 0, message: cannotReadFile(error), unreadable: true }] };
}

/** What scanCorpusFiles reads with; the pipeline's ReadOptions are these. */
export interface ScanOptions {
  readonly format?: CorpusFormat;
  /** Dates for pages that carry none or only a day and month (hf-daily). */
  readonly pageDate?: ReaderOptions;
  /** Ingest the valid records of a file with problems instead of refusing the whole input. */
  readonly skipInvalid?: boolean;
  readonly logger?: { info(message: string): void; warn(message: string): void };
}

/** Problems kept in memory for the report; beyond that only counted. */
export const MAX_KEPT_ISSUES = 1000;

/**
 * One pass over the files: every record goes to `onPaper`, problems are collected (the first
 * MAX_KEPT_ISSUES, with a count of the rest) and thrown together unless skipInvalid.
 */
export async function scanCorpusFiles(
  files: readonly string[],
  options: ScanOptions,
  onPaper: (paper: PaperInput) => void,
): Promise<InputIssue[]> {
  const issues: InputIssue[] = [];
  let uncounted = 0;
  for (const file of files) {
    let read = 0;
    let problems = 0;
    for await (const item of readCorpusFile(file, options.format, options.pageDate ? { reader: options.pageDate } : {})) {
      if ('warning' in item) {
        options.logger?.warn(item.warning);
      } else if (item.paper) {
        read++;
        onPaper(item.paper);
      } else {
        problems += item.issues!.length;
        for (const issue of item.issues!) {
          if (issues.length < MAX_KEPT_ISSUES) issues.push(issue);
          else uncounted++;
        }
      }
    }
    if (read === 0 && problems === 0) issues.push({ file, line: 0, message: 'no papers found' });
    // A file that yielded nothing has its problems reported below; a count line would only repeat them.
    if (read > 0) options.logger?.info(`read ${file}: ${plural(read, 'record')}${problems ? `, ${plural(problems, 'problem')}` : ''}`);
  }
  if (uncounted > 0) issues.push({ file: files.join(', '), line: 0, message: `… and ${plural(uncounted, 'more problem')}` });
  // skipInvalid is about invalid records: a file that cannot be read (a mistyped name) still fails.
  if (issues.length > 0 && (!options.skipInvalid || issues.some((issue) => issue.unreadable))) throw new BadInputError(issues);
  for (const issue of issues) options.logger?.warn(`skipped ${formatIssue(issue)}`);
  return issues;
}

/** Every problem of the files' records, each file read through and no paper kept (a refusal's full report). */
export async function corpusProblems(
  files: readonly string[],
  options: Pick<ScanOptions, 'format' | 'pageDate'> = {},
): Promise<InputIssue[]> {
  return scanCorpusFiles(files, { ...options, skipInvalid: true }, () => {}).catch((error: unknown) => {
    if (error instanceof BadInputError) return [...error.issues];
    throw error;
  });
}
