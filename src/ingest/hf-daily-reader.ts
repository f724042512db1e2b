import type { InputIssue, PaperInput } from '../model/index.js';
import { stablePaperId } from './paper-id.js';
import { cleanText, isoDate, type ReaderOptions, type ReadResult } from './reader.js';

// Lines of the Daily Papers page that are navigation, not papers.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_HEADER = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{1,2})(?:, (\d{4}))?$/i;
// "Submitted by" and the user, on one line or two.
const SUBMITTED_BY = /^submitted by(?:\s+[\w.-]+)?$/i;
const SUBMITTED_BY_ALONE = /^submitted by$/i;
const USER_NAME = /^[\w.-]+$/;
/** A card's author line under its title: two or more names of two to four capitalised words ("Ashish Vaswani, Noam Shazeer"). */
const PERSON = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}`;
const AUTHOR_LINE = new RegExp(String.raw`^${PERSON}(?:\s*[,·]\s*${PERSON})+(?:,?\s+(?:and|&)\s+${PERSON})?$`, 'u');
const AUTHOR_SEPARATOR = /\s*[,·]\s*|,?\s+(?:and|&)\s+/;
/** A card's vote button and count, on one line or two ("Upvote" / "17"). */
const UPVOTE = /^upvotes?(?:\s+\d+)?$/i;
const CHROME = [
  /^new$/i,
  /^subscribe$/i,
  /^daily papers$/i,
  /^get trending papers in your email inbox!?$/i,
  /^by\s*\S.*\bresearch community$/i,
  DATE_HEADER,
  /^(previous|next)( day| week| month)?$/i,
  // A paper card's votes and author count ("42", "· 8 authors"), and its "Submitted by" (the user follows).
  /^\d+$/,
  /^·?\s*\d+\s+authors?$/i,
  SUBMITTED_BY,
];
const MAX_TITLE_LENGTH = 300;

interface Paragraph {
  readonly text: string;
  readonly line: number;
  readonly lineCount: number;
}

/**
 * A Hugging Face "Daily Papers" page saved as text: page chrome, then blocks of a title line,
 * a blank line and an abstract paragraph. A title is a single short line that does not end a
 * sentence; paragraphs after an abstract that are not titles continue it, and so does a title-like
 * line with a link ("Project page: https://…"); any other title-like line there is a paper shown
 * without an abstract, reported at its line rather than glued onto the abstract before it. The page's date header
 * ("Sep 11", "Sep 11, 2024") dates every paper, with `options.year` when it names no year;
 * `options.date` overrides it.
 */
export function readHfDaily(text: string, file: string, options: ReaderOptions = {}): ReadResult {
  const all = splitParagraphs(text);
  const header = all.find((p) => p.lineCount === 1 && DATE_HEADER.test(p.text));
  const published = options.date ?? pageDate(header, options.year);
  const warnings: InputIssue[] =
    header && !options.date && options.year === undefined && !DATE_HEADER.exec(header.text)?.[3]
      ? [
          {
            file,
            line: header.line,
            message: `the date header "${header.text}" names no year, so the papers are undated: give the year (--year YYYY) or the date (--date YYYY-MM-DD)`,
          },
        ]
      : [];
  // The user name on the line after "Submitted by" is chrome too.
  const paragraphs = all.filter(
    (p, i) =>
      !(p.lineCount === 1 && CHROME.some((re) => re.test(p.text))) &&
      !(p.lineCount <= 2 && (SUBMITTED_BY.test(p.text) || UPVOTE.test(p.text))) &&
      !(p.lineCount === 1 && USER_NAME.test(p.text) && i > 0 && SUBMITTED_BY_ALONE.test(all[i - 1]!.text)),
  );
  const papers: PaperInput[] = [];
  const issues: InputIssue[] = [];
  let current: { title: Paragraph; abstract: string[]; authors?: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    if (current.abstract.length === 0) {
      issues.push({ file, line: current.title.line, message: `title without an abstract: "${current.title.text}"` });
    } else {
      const title = current.title.text;
      papers.push({
        id: stablePaperId({ title }),
        title,
        abstract: current.abstract.join('\n\n'),
        ...(published ? { published } : {}),
        ...(current.authors ? { authors: current.authors } : {}),
        source: { format: 'hf-daily', file, line: current.title.line },
      });
    }
    current = undefined;
  };
  const authorLine = (p: Paragraph | undefined): boolean => p !== undefined && p.lineCount === 1 && AUTHOR_LINE.test(p.text);
  paragraphs.forEach((paragraph, index) => {
    // A title's author line stands between it and its abstract.
    const next = paragraphs[authorLine(paragraphs[index + 1]) ? index + 2 : index + 1];
    if (current && current.abstract.length === 0 && current.authors === undefined && authorLine(paragraph)) {
      current.authors = paragraph.text.split(AUTHOR_SEPARATOR).filter(Boolean);
    } else if (isTitle(paragraph) && next !== undefined && !isTitle(next)) {
      flush();
      current = { title: paragraph, abstract: [] };
    } else if (current && isTitle(paragraph) && !isTail(paragraph)) {
      // A title-like line between an abstract and the next record is either a tail of that
      // abstract ("Project page: https://…") or the title of a paper the page shows without an
      // abstract; a paper title never carries a link, so only a line with one continues the abstract.
      issues.push({ file, line: paragraph.line, message: `title without an abstract: "${paragraph.text}"` });
    } else if (current) {
      current.abstract.push(paragraph.text);
    } else if (isTitle(paragraph) && next === undefined) {
      issues.push({ file, line: paragraph.line, message: `title without an abstract: "${paragraph.text}"` });
    } else {
      issues.push({ file, line: paragraph.line, message: 'text before the first paper title (not a title line)' });
    }
  });
  flush();
  return { papers, issues, ...(warnings.length ? { warnings } : {}) };
}

/** The date of the page's first date header: day precision with a year, else the year alone, else none. */
function pageDate(header: Paragraph | undefined, year: number | undefined): string | undefined {
  const match = header && DATE_HEADER.exec(header.text);
  const y = match?.[3] ?? (year === undefined ? undefined : String(year));
  if (!match || y === undefined) return y;
  const month = String(MONTHS.indexOf(match[1]!.toLowerCase()) + 1).padStart(2, '0');
  return isoDate(`${y}-${month}-${match[2]!.padStart(2, '0')}`) ?? y;
}

const LINK = /\bhttps?:\/\/|\bwww\.\S|\S@\S+\.\w|\b(?:github|gitlab|huggingface)\.(?:com|co|io)\b/i;

/** A one-line paragraph that belongs to the abstract before it: it carries a link (code, project page, contact). */
function isTail(p: Paragraph): boolean {
  return LINK.test(p.text);
}

function isTitle(p: Paragraph): boolean {
  return p.lineCount === 1 && p.text.length <= MAX_TITLE_LENGTH && !/\.$/.test(p.text) && /\p{L}/u.test(p.text);
}

function splitParagraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || lines[i]!.trim() === '';
    if (!blank && start === -1) start = i;
    if (blank && start !== -1) {
      const block = lines.slice(start, i);
      result.push({ text: cleanText(block.join(' ')), line: start + 1, lineCount: block.length });
      start = -1;
    }
  }
  return result;
}
