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
});

/**
 * An arXiv API Atom feed: `<feed><entry>` with id, title, summary, published and links, and the
 * authors, categories and journal reference (as the venue) when given.
 */
export function readArxivAtom(text: string, file: string): ReadResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { papers: [], issues: [{ file, line: valid.err.line, message: `invalid XML: ${valid.err.msg}` }] };
  }
  const doc = parser.parse(text) as { feed?: { entry?: unknown[] } };
  if (!doc.feed) return { papers: [], issues: [{ file, line: 1, message: 'expected an Atom <feed> element' }] };
  const lineAt = lineIndex(text);
  const entryLines = [...text.matchAll(/<(?:\w+:)?entry[\s>]/g)].map((m) => lineAt(m.index));
  const papers: PaperInput[] = [];
  const issues: InputIssue[] = [];
  (doc.feed.entry ?? []).forEach((raw, index) => {
    const line = entryLines[index] ?? 1;
    const entry = raw as Record<string, unknown>;
    const title = cleanText(textOf(entry['title']));
    const abstract = cleanText(textOf(entry['summary']));
    const missing = [title ? '' : '<title>', abstract ? '' : '<summary>'].filter(Boolean);
    if (missing.length > 0) {
      issues.push({ file, line, message: `entry ${index + 1} has no ${missing.join(' or ')}` });
      return;
    }
    const id = cleanText(textOf(entry['id'])) || undefined;
    const url = alternateLink(entry['link']) ?? id;
    const published = isoDate(textOf(entry['published']));
    const authors = listOf(entry['author']).map((a) => cleanText(textOf((a as Record<string, unknown> | undefined)?.['name'])));
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
        venue: cleanText(textOf(entry['journal_ref'])),
        categories: [...new Set(categories.filter(Boolean))],
      }),
      source: { format: 'arxiv-atom', file, line },
    });
  });
  return { papers, issues };
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
