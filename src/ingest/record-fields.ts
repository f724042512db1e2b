import { presentMetadata, type InputIssue, type PaperInput, type PaperSource } from '../model/index.js';
import { paperIdentity } from './paper-id.js';
import { cleanText, isoDate } from './reader.js';

type Checked = { paper: PaperInput; issues?: never } | { paper?: never; issues: InputIssue[] };

/** The fields of a JSON record papergraph reads. */
export const RECORD_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'abstract',
  'id',
  'url',
  'published',
  'year',
  'authors',
  'venue',
  'categories',
]);

/**
 * The fields of JSON records that papergraph does not read, counted over a file, for one warning at its end:
 * a `date` or `listing_date` a user expects to date the papers is otherwise dropped without a word.
 */
export class IgnoredFields {
  private readonly counts = new Map<string, number>();
  private firstLine = 0;

  add(value: unknown, line: number): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (RECORD_FIELDS.has(key)) continue;
      if (this.counts.size === 0) this.firstLine = line;
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
  }

  /** The warning for `file`, or undefined when every field was read. */
  warning(file: string): InputIssue | undefined {
    if (this.counts.size === 0) return undefined;
    const listed = [...this.counts].map(([key, n]) => `"${key}" (${n === 1 ? '1 record' : `${n} records`})`);
    const shown = listed.length > 8 ? [...listed.slice(0, 8), `${listed.length - 8} more`] : listed;
    const dates = [...this.counts.keys()].some((k) => /date|time|created|updated/i.test(k));
    const hint = dates ? '; a paper\'s date is read from "published" (YYYY, YYYY-MM or YYYY-MM-DD) or "year"' : '';
    return { file, line: this.firstLine, message: `fields papergraph does not read were ignored: ${shown.join(', ')}${hint}` };
  }
}

/** Validates one JSON record (from JSON Lines or a JSON array) into a paper. */
export function paperFromRecord(value: unknown, source: PaperSource): Checked {
  const at = (message: string, field?: string): InputIssue => ({
    file: source.file,
    line: source.line,
    message,
    ...(field ? { field } : {}),
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { issues: [at(`expected an object with "title" and "abstract", found ${describe(value)}`)] };
  }
  const record = value as Record<string, unknown>;
  const issues: InputIssue[] = [];
  const text = (field: string, required: boolean): string | undefined => {
    const raw = record[field];
    if (raw === undefined || raw === null) {
      if (required) issues.push(at(`missing required field "${field}"`, field));
      return undefined;
    }
    if (typeof raw !== 'string' && !(field === 'id' && typeof raw === 'number')) {
      issues.push(at(`field "${field}" must be a string, found ${describe(raw)}`, field));
      return undefined;
    }
    const trimmed = cleanText(String(raw));
    if (required && trimmed === '') issues.push(at(`field "${field}" is empty`, field));
    return trimmed || undefined;
  };
  const title = text('title', true);
  const abstract = text('abstract', true);
  const id = text('id', false);
  const url = text('url', false);
  const venue = text('venue', false);
  const authors = names(record, 'authors', at, issues);
  const categories = names(record, 'categories', at, issues);
  // Corpora that carry only a year ({"year": 2019}) get a year-precision date.
  const year = record['year'];
  const publishedRaw = text('published', false) ?? (typeof year === 'number' || typeof year === 'string' ? String(year) : undefined);
  const published = publishedRaw === undefined ? undefined : isoDate(publishedRaw);
  if (publishedRaw !== undefined && published === undefined) {
    const field = record['published'] === undefined ? 'year' : 'published';
    issues.push(at(`field "${field}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(publishedRaw)}`, field));
  }
  if (issues.length > 0 || title === undefined || abstract === undefined) return { issues };
  return {
    paper: {
      ...paperIdentity({ id, url, title }),
      title,
      abstract,
      ...(url === undefined ? {} : { url }),
      ...(published === undefined ? {} : { published }),
      ...presentMetadata({ authors, venue, categories }),
      source,
    },
  };
}

/**
 * A list of names: a JSON array of strings, or one string with the names separated by semicolons
 * or commas ("A. Vaswani, N. Shazeer"; categories also by spaces, as arXiv writes "cs.LG stat.ML").
 */
function names(
  record: Record<string, unknown>,
  field: 'authors' | 'categories',
  at: (m: string) => InputIssue,
  issues: InputIssue[],
): string[] | undefined {
  const raw = record[field];
  if (raw === undefined || raw === null) return undefined;
  const separator = field === 'categories' ? /[;,\s]+/ : /\s*[;,]\s*/;
  const parts = typeof raw === 'string' ? raw.split(separator) : Array.isArray(raw) ? raw : undefined;
  if (!parts || !parts.every((p) => typeof p === 'string')) {
    issues.push(at(`field "${field}" must be an array of strings or a string, found ${describe(raw)}`));
    return undefined;
  }
  return parts.map((p: string) => cleanText(p)).filter(Boolean);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `a string` : `${typeof value} ${JSON.stringify(value)}`.slice(0, 40);
}
