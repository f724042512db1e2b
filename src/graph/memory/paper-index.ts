import MiniSearch, { type Query, type SearchOptions } from 'minisearch';

export interface SearchDocument {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
}

/** The last word is read as a prefix from this many characters on (shorter, it is a word). */
export const MIN_PREFIX_LENGTH = 3;
/** A prefix stands for at most this many indexed words, those in the most papers. */
export const MAX_PREFIX_TERMS = 8;
// MiniSearch's own weight of a prefix match (its default `weights.prefix`).
const PREFIX_WEIGHT = 0.375;

/**
 * The full-text index of the papers' titles and abstracts (MiniSearch, BM25+), whose search reads
 * the last word as a prefix of a bounded number of words: left to MiniSearch, "lea" scores every
 * paper of every word that starts so.
 */
export class PaperIndex extends MiniSearch<SearchDocument> {
  constructor() {
    super({ fields: ['title', 'abstract'], storeFields: [] });
  }

  /** Papers with every word of `text` (the last also as a prefix), best first, then by id. */
  find(text: string, options: Pick<SearchOptions, 'boost'> = {}): { id: string; score: number }[] {
    const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
    const process = MiniSearch.getDefault('processTerm') as (term: string) => string | null | undefined;
    const words = [...new Set(tokenize(text).flatMap((w) => process(w) || []))];
    if (words.length === 0) return [];
    const last = words.at(-1)!;
    const expansions = last.length >= MIN_PREFIX_LENGTH ? this.prefixTerms(last) : [];
    const weights = new Map(expansions.map((t) => [t, (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * (t.length - last.length))]));
    const query: Query = {
      combineWith: 'AND',
      queries: [
        ...words.slice(0, -1),
        { combineWith: 'OR', queries: [last, ...expansions], boostTerm: (term: string) => weights.get(term) ?? 1 },
      ],
    };
    // MiniSearch multiplies a score by the number of query words matched, counting each expansion
    // as a word; every hit matches all the words given, so that factor is their number.
    return this.search(query, { ...options, prefix: false, fuzzy: false })
      .map((hit) => ({ id: String(hit.id), score: (hit.score / Math.max(1, hit.queryTerms.length)) * words.length }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The indexed words that extend `prefix` (not itself), those in the most papers first. */
  private prefixTerms(prefix: string): string[] {
    const found: { term: string; papers: number }[] = [];
    for (const [term, fields] of this._index.atPrefix(prefix)) {
      if (term === prefix) continue;
      let papers = 0;
      for (const docs of fields.values()) papers = Math.max(papers, docs.size);
      found.push({ term, papers });
    }
    return found
      .sort((a, b) => b.papers - a.papers || (a.term < b.term ? -1 : 1))
      .slice(0, MAX_PREFIX_TERMS)
      .map((t) => t.term);
  }
}
