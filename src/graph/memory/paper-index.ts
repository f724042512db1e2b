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
/**
 * ...and for words in at most this many papers together (a word that would pass it is left out):
 * scoring is linear in the papers matched, and "lea" standing for "learning" scored tens of thousands.
 */
export const MAX_PREFIX_PAPERS = 20_000;
// MiniSearch's own weight of a prefix match (its default `weights.prefix`).
const PREFIX_WEIGHT = 0.375;

/**
 * The full-text index of the papers' titles and abstracts (MiniSearch, BM25+), whose search reads
 * the last word as a prefix of a bounded number of words: left to MiniSearch, "lea" scores every
 * paper of every word that starts so.
 */
export class PaperIndex extends MiniSearch<SearchDocument> {
  constructor(private readonly maxPrefixPapers = MAX_PREFIX_PAPERS) {
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

  /** Indexed words that extend `prefix` (not itself), those in the most papers first, within both bounds. */
  private prefixTerms(prefix: string): string[] {
    const found: { term: string; papers: number }[] = [];
    for (const [term, fields] of this._index.atPrefix(prefix)) {
      if (term === prefix) continue;
      let papers = 0;
      for (const docs of fields.values()) papers = Math.max(papers, docs.size);
      found.push({ term, papers });
    }
    found.sort((a, b) => b.papers - a.papers || (a.term < b.term ? -1 : 1));
    const kept: string[] = [];
    let papers = 0;
    for (const t of found) {
      if (kept.length === MAX_PREFIX_TERMS) break;
      if (papers + t.papers > this.maxPrefixPapers) continue;
      kept.push(t.term);
      papers += t.papers;
    }
    return kept;
  }
}
