import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { presentMetadata, type InputIssue, type PaperInput } from '../model/index.js';
import { paperIdentity } from './paper-id.js';
import { cleanText, isoDate, lineIndex, type ReadResult } from './reader.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) => name === 'entry' || name === 'link' || name === 'author' || name === 'category',
  textNodeName: '#text',
  // References are decoded by decodeReferences below, once, so that "&amp;#233;" stays "&#233;".
  processEntities: false,
});

/**
 * An arXiv API Atom feed: `<feed><entry>` with id, title, summary, published and links, and the
 * authors, categories and journal reference (as the venue) when given.
 */
export function readArxivAtom(original: string, file: string): ReadResult {
  const lineAt = lineIndex(original);
  const markup = markupProblem(original);
  if (markup) return { papers: [], issues: [{ file, line: lineAt(markup.offset), message: markup.message }] };
  let text = original;
  const malformed = new Map<number, InputIssue>();
  const issues: InputIssue[] = [];
  let valid = XMLValidator.validate(text);
  if (valid !== true) {
    const unclosed = unclosedAtEnd(text, valid.err.msg);
    if (unclosed) {
      // A feed cut short: its complete entries are read (for --skip-invalid), the cut is the file's problem.
      issues.push({ file, line: lineAt(unclosed.offset), message: unclosed.message });
      const complete = completeEntries(text);
      if (complete === undefined || XMLValidator.validate(complete) !== true) return { papers: [], issues };
      text = complete;
      valid = true;
    }
  }
  if (valid !== true) {
    const recovered = withoutMalformedEntries(text, file, lineAt);
    if (!recovered)
      return { papers: [], issues: [{ file, line: valid.err.line, message: `the file is not well-formed XML: ${valid.err.msg}` }] };
    ({ text } = recovered);
    for (const [index, issue] of recovered.malformed) malformed.set(index, issue);
  }
  let doc: { feed?: { entry?: unknown[] } };
  try {
    doc = parser.parse(text) as typeof doc;
  } catch (error) {
    // The validator accepts some documents the parser refuses; they are bad input all the same.
    return { papers: [], issues: [{ file, line: 1, message: `invalid XML: ${(error as Error).message}` }] };
  }
  if (!doc.feed) return { papers: [], issues: [{ file, line: 1, message: 'expected an Atom <feed> element' }] };
  // The recovered text has the original's lines, not its offsets.
  const lineOf = text === original ? lineAt : lineIndex(text);
  const entryLines = [...text.matchAll(/<(?:\w+:)?entry[\s>]/g)].map((m) => lineOf(m.index));
  const papers: PaperInput[] = [];
  (doc.feed.entry ?? []).forEach((raw, index) => {
    const line = entryLines[index] ?? 1;
    const broken = malformed.get(index);
    if (broken) {
      issues.push(broken);
      return;
    }
    const entry = raw as Record<string, unknown>;
    const undeclared = new Set<string>();
    const field = (name: string): string => decodeReferences(textOf(entry[name]), undeclared);
    const title = cleanText(field('title'));
    const abstract = cleanText(field('summary'));
    if (undeclared.size > 0) {
      const names = [...undeclared].map((n) => `&${n};`).join(', ');
      issues.push({
        file,
        line,
        message: `entry ${index + 1} uses undeclared entities ${names} (only &amp; &lt; &gt; &quot; &apos; and character references like &#233; are defined)`,
      });
      return;
    }
    const missing = [title ? '' : '<title>', abstract ? '' : '<summary>'].filter(Boolean);
    if (missing.length > 0) {
      issues.push({ file, line, message: `entry ${index + 1} has no ${missing.join(' or ')}` });
      return;
    }
    const id = cleanText(field('id')) || undefined;
    if (id !== undefined && ARXIV_API_ERROR.test(id)) {
      issues.push({ file, line, message: `entry ${index + 1} is an arXiv API error, not a paper: ${JSON.stringify(abstract)}` });
      return;
    }
    const link = alternateLink(entry['link']);
    const url = (link === undefined ? undefined : decodeReferences(link, undeclared)) ?? id;
    const publishedRaw = cleanText(field('published'));
    const published = isoDate(publishedRaw);
    if (publishedRaw && published === undefined) {
      issues.push({
        file,
        line,
        message: `entry ${index + 1}: <published> is not a date (YYYY, YYYY-MM or YYYY-MM-DD, a time may follow): ${JSON.stringify(publishedRaw)}`,
      });
      return;
    }
    const authors = listOf(entry['author']).map((a) =>
      cleanText(decodeReferences(textOf((a as Record<string, unknown> | undefined)?.['name']), undeclared)),
    );
    const categories = listOf(entry['category']).map((c) => cleanText(String((c as Record<string, unknown> | undefined)?.['@term'] ?? '')));
    // An Atom entry's id is its abstract-page URL: the arXiv id already finds the paper.
    const { recordId: _, ...identity } = paperIdentity({ id, url, title });
    papers.push({
      ...identity,
      title,
      abstract,
      ...(url === undefined ? {} : { url }),
      ...(published === undefined ? {} : { published }),
      ...presentMetadata({
        authors: authors.filter(Boolean),
        venue: cleanText(field('journal_ref')),
        categories: [...new Set(categories.filter(Boolean))],
      }),
      source: { format: 'arxiv-atom', file, line },
    });
  });
  issues.sort((a, b) => a.line - b.line);
  return { papers, issues };
}

/** The id of the entry arXiv's API answers a bad query with ("http://arxiv.org/api/errors#incorrect_id_format_for_…"). */
const ARXIV_API_ERROR = /^https?:\/\/(?:export\.)?arxiv\.org\/api\/errors\b/;

/** A feed cut short, up to its last complete entry and closed there; undefined when no entry is complete. */
function completeEntries(text: string): string | undefined {
  const ends = [...text.matchAll(/<\/(?:\w+:)?entry\s*>/g)];
  const last = ends[ends.length - 1];
  if (!last) return undefined;
  const feed = /<((?:\w+:)?feed)[\s>]/.exec(text);
  return feed ? `${text.slice(0, last.index + last[0].length)}\n</${feed[1]}>\n` : undefined;
}

const ENTRY = /<(?:\w+:)?entry[\s>][\s\S]*?<\/(?:\w+:)?entry\s*>/g;

/**
 * A feed that is not well-formed XML only inside some entries: the text with each such entry left
 * empty (its lines kept, so later lines stay where they were) and a problem for each, by index.
 * Undefined when the rest of the feed is not well-formed either.
 */
function withoutMalformedEntries(
  text: string,
  file: string,
  lineAt: (offset: number) => number,
): { text: string; malformed: Map<number, InputIssue> } | undefined {
  const malformed = new Map<number, InputIssue>();
  let index = 0;
  const kept = text.replace(ENTRY, (entry: string, offset: number) => {
    const checked = XMLValidator.validate(entry);
    const at = index++;
    if (checked === true) return entry;
    const first = lineAt(offset);
    // The validator counts lines from the entry's start; said from the file's.
    const message = checked.err.msg.replace(/\bline (\d+)/g, (_, n: string) => `line ${first + Number(n) - 1}`);
    malformed.set(at, { file, line: first + checked.err.line - 1, message: `entry ${at + 1} is not well-formed XML: ${message}` });
    return `<entry></entry>${'\n'.repeat(entry.split('\n').length - 1)}`;
  });
  if (malformed.size === 0 || XMLValidator.validate(kept) !== true) return undefined;
  return { text: kept, malformed };
}

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return String((node as { '#text': unknown })['#text']);
  return '';
}

function listOf(node: unknown): unknown[] {
  return Array.isArray(node) ? node : [];
}

function alternateLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const attrs = links.map((l) => l as Record<string, string | undefined>);
  const chosen = attrs.find((l) => l['@rel'] === 'alternate') ?? attrs.find((l) => !l['@rel']);
  return chosen?.['@href'];
}

/**
 * A DOCTYPE (which can declare external or huge entities; an Atom feed has none), or a comment,
 * processing instruction or CDATA section that is never closed: the first one, with its offset.
 */
function markupProblem(text: string): { offset: number; message: string } | undefined {
  const doctype = text.search(/<!DOCTYPE/i);
  if (doctype >= 0)
    return {
      offset: doctype,
      message: 'a DOCTYPE declaration is not allowed in an Atom feed (entities it declares would not be expanded)',
    };
  const openers = [
    { open: '<!--', close: '-->', what: 'comment' },
    { open: '<![CDATA[', close: ']]>', what: 'CDATA section' },
    { open: '<?', close: '?>', what: 'processing instruction' },
  ];
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const kind = openers.find((o) => text.startsWith(o.open, at));
    if (!kind) continue;
    const end = text.indexOf(kind.close, at + kind.open.length);
    if (end < 0) return { offset: at, message: `invalid XML: ${kind.what} never closed (no "${kind.close}")` };
    at = end + kind.close.length - 1;
  }
  return undefined;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined entities and numeric character references decoded; other names are collected as undeclared. */
function decodeReferences(value: string, undeclared: Set<string>): string {
  if (!value.includes('&')) return value;
  return value.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z_][\w.-]*));/g,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) {
        const known = PREDEFINED[name];
        if (known === undefined) undeclared.add(name);
        return known ?? whole;
      }
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      // XML's Char production: no NUL, C0 controls other than tab and newlines, surrogates or FFFE/FFFF.
      const legal =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      return legal ? String.fromCodePoint(code) : ' ';
    },
  );
}

/**
 * fast-xml-parser reports elements still open at the end of the text as "Invalid '[ "feed", "entry" ]'
 * found." at line 1; said instead at the innermost one's last opening tag, as a cut-short file.
 */
function unclosedAtEnd(text: string, message: string): { offset: number; message: string } | undefined {
  // The validator names one element left open ("Unclosed tag 'feed'.": a feed cut between entries) or a list.
  const single = /^Unclosed tag '([^']+)'\.$/.exec(message)?.[1];
  const listed = single === undefined ? /^Invalid '(\[.*\])' found\.$/s.exec(message)?.[1] : JSON.stringify([single]);
  if (!listed) return undefined;
  let names: unknown;
  try {
    names = JSON.parse(listed);
  } catch {
    return undefined;
  }
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) return undefined;
  const innermost = names[names.length - 1] as string;
  const offset = text.lastIndexOf(`<${innermost}`);
  const open = names.map((n) => `<${n}>`).join(' and ');
  return {
    offset: Math.max(0, offset),
    message: `invalid XML: the file ends with ${open} still open (this <${innermost}> is never closed): is the file cut short?`,
  };
}
