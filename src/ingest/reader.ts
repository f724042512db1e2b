import { isCalendarDate, type InputIssue, type PaperInput } from '../model/index.js';

/** What every reader returns: the papers it could read and every problem it found. */
export interface ReadResult {
  readonly papers: PaperInput[];
  readonly issues: InputIssue[];
  /** What was read but may not be what the user meant (located like issues; never stops a read). */
  readonly warnings?: InputIssue[];
}

/** One record of a file read record by record: a paper, or the problems that stopped it. */
export type ReadItem =
  | { readonly paper: PaperInput; readonly issues?: never; readonly record?: unknown }
  | { readonly paper?: never; readonly issues: InputIssue[]; readonly record?: unknown };

/** The text without a leading UTF-8 byte order mark, which editors on Windows write. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What the user can tell a reader that the file does not say. */
export interface ReaderOptions {
  /** Publication date of every paper of a page (hf-daily), and of undated records of the other formats: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string;
  /** The year of a page whose date header has none ("Sep 11"), for hf-daily. */
  readonly year?: number;
}

/** A reader turns one file's text into paper records; it never throws on bad content. */
export type CorpusReader = (text: string, file: string, options?: ReaderOptions) => ReadResult;

/**
 * A function from character offset to 1-based line number. The newline offsets are found once, so
 * numbering every record of a large file costs a binary search each, not a rescan of the file.
 */
export function lineIndex(text: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (offset) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** Whitespace runs collapsed to one space, ends trimmed, and PDF soft-hyphen artifacts joined. */
export function cleanText(value: string): string {
  // Text extracted from old PDFs marks a line-end hyphenation with a soft hyphen, written out as
  // "(cid:173)": "improv(cid:173) ing" is "improving".
  return value
    .replace(/(?:\(cid:173\)|\u00AD)\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An ISO 8601 calendar date for a date string, at the precision given: YYYY, YYYY-MM or
 * YYYY-MM-DD (a time part is dropped); undefined when it is not a date.
 */
export function isoDate(value: string): string | undefined {
  const match = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:$|T)/.exec(value.trim());
  if (!match) return undefined;
  const date = match[0].replace(/T$/, '');
  return isCalendarDate(date) ? date : undefined;
}
