import { CORPUS_FORMATS, UnknownFormatError, type CorpusFormat } from '../model/index.js';
import { readArxivAtom } from './arxiv-atom-reader.js';
import { readHfDaily } from './hf-daily-reader.js';
import { readJsonArray } from './json-array-reader.js';
import { readJsonLines } from './jsonl-reader.js';
import type { CorpusReader, ReaderOptions, ReadResult } from './reader.js';

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
  const head = text.trimStart().slice(0, 200);
  const ext = /\.[a-z]+$/i.exec(file)?.[0]?.toLowerCase();
  const byExt = ext === undefined ? undefined : BY_EXTENSION[ext];
  // A .json file holding one object per line is JSON Lines, and vice versa for a lone array.
  if (byExt === 'json' && head.startsWith('{')) return 'jsonl';
  if (byExt === 'jsonl' && head.startsWith('[')) return 'json';
  if (byExt) return byExt;
  if (head.startsWith('<') && /<(\w+:)?feed[\s>]/.test(text.slice(0, 2000))) return 'arxiv-atom';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return 'jsonl';
  throw new UnknownFormatError(file, 'cannot tell the format from the extension or content', CORPUS_FORMATS);
}

/** Reads one file's text in the given or detected format. */
export function readCorpusText(text: string, file: string, format?: CorpusFormat, options?: ReaderOptions): ReadResult {
  return READERS[format ?? detectFormat(file, text)](text, file, options);
}
