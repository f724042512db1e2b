import { CORPUS_FORMATS, UnknownFormatError, type CorpusFormat, type PaperInput } from '../model/index.js';
import { readArxivAtom } from './arxiv-atom-reader.js';
import { readHfDaily } from './hf-daily-reader.js';
import { readJsonArray } from './json-array-reader.js';
import { readJsonLines } from './jsonl-reader.js';
import { stripBom, type CorpusReader, type ReaderOptions, type ReadResult } from './reader.js';
import { withinRecordLimits } from './record-limits.js';

const READERS: Record<CorpusFormat, CorpusReader> = {
  'hf-daily': readHfDaily,
  jsonl: readJsonLines,
  json: readJsonArray,
  'arxiv-atom': readArxivAtom,
};

const BY_EXTENSION: Record<string, CorpusFormat> = {
  '.txt': 'hf-daily',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.atom': 'arxiv-atom',
  '.xml': 'arxiv-atom',
};

export function parseFormat(name: string): CorpusFormat {
  if ((CORPUS_FORMATS as readonly string[]).includes(name)) return name as CorpusFormat;
  throw new UnknownFormatError(`--format ${name}`, 'not a format papergraph reads', CORPUS_FORMATS);
}

/** The format of a file, from its extension, refined by its first characters. */
export function detectFormat(file: string, text: string): CorpusFormat {
  const head = stripBom(text).trimStart().slice(0, 4000);
  const ext = /\.[a-z]+$/i.exec(file)?.[0]?.toLowerCase();
  const byExt = ext === undefined ? undefined : BY_EXTENSION[ext];
  // A .json file holding one object per line is JSON Lines, and vice versa for a lone array; a
  // pretty-printed object, whose first line is not a whole object, is JSON.
  if (byExt === 'json' && head.startsWith('{')) return firstLineIsObject(head) ? 'jsonl' : 'json';
  if (byExt === 'jsonl' && head.startsWith('[')) return 'json';
  // A page saved as .txt is prose; a .txt that holds JSON Lines or a feed is read as what it holds.
  if (byExt === 'hf-daily' && head.startsWith('{') && firstLineIsObject(head)) return 'jsonl';
  if (byExt === 'hf-daily' && isAtomHead(head)) return 'arxiv-atom';
  if (byExt) return byExt;
  if (isAtomHead(head)) return 'arxiv-atom';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return 'jsonl';
  throw new UnknownFormatError(file, 'cannot tell the format from the extension or content', CORPUS_FORMATS);
}

/** Reads one file's text in the given or detected format; records over the size limits are problems. */
export function readCorpusText(text: string, file: string, format?: CorpusFormat, options?: ReaderOptions): ReadResult {
  const unmarked = stripBom(text);
  const read = READERS[format ?? detectFormat(file, unmarked)](unmarked, file, options);
  const papers: PaperInput[] = [];
  const issues = [...read.issues];
  for (const paper of read.papers) {
    const tooLarge = withinRecordLimits(paper);
    if (tooLarge) issues.push(tooLarge);
    else papers.push(paper);
  }
  if (issues.length > read.issues.length) issues.sort((a, b) => a.line - b.line);
  return { papers, issues, ...(read.warnings ? { warnings: read.warnings } : {}) };
}

function isAtomHead(head: string): boolean {
  return head.startsWith('<') && /<(\w+:)?feed[\s>]/.test(head);
}

function firstLineIsObject(head: string): boolean {
  const newline = head.indexOf('\n');
  // A line longer than the head is a long record, not the "{" line of a pretty-printed object.
  if (newline < 0) return head.length >= 4000;
  try {
    const value: unknown = JSON.parse(head.slice(0, newline));
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}
