import { createHash } from 'node:crypto';
import { arxivIdOf } from '../model/index.js';

function normalisedTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function slug(title: string): string {
  const words = normalisedTitle(title)
    .normalize('NFKD')
    .replace(/[^a-z0-9\s]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.slice(0, 8).join('-').slice(0, 60).replace(/-+$/, '') || 'paper';
}

/**
 * A paper id that does not change between ingests: `arxiv:<id>` when the record names an arXiv
 * paper, else the record's own id, else a slug of the title plus a short hash of the normalised
 * title (so the same title ingested twice maps to one paper).
 */
export function stablePaperId(record: { id?: string; url?: string; title: string }): string {
  const arxiv = arxivIdOf(record.id) ?? arxivIdOf(record.url);
  if (arxiv) return `arxiv:${arxiv}`;
  if (record.id?.trim()) return record.id.trim();
  const hash = createHash('sha256').update(normalisedTitle(record.title)).digest('hex').slice(0, 10);
  return `${slug(record.title)}-${hash}`;
}

/**
 * A record's id with what else identifies it: its arXiv id, and its own id when the paper's id
 * is another (the arXiv id), so that the record's id still finds the paper.
 */
export function paperIdentity(record: { id?: string; url?: string; title: string }): {
  id: string;
  arxivId?: string;
  recordId?: string;
} {
  const id = stablePaperId(record);
  const arxivId = arxivIdOf(record.id) ?? arxivIdOf(record.url);
  const own = record.id?.trim();
  return { id, ...(arxivId ? { arxivId } : {}), ...(own && own !== id ? { recordId: own } : {}) };
}
