import SearchableMap from 'minisearch/SearchableMap';

export interface SearchDocument {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
}

export interface SearchHit {
  readonly id: string;
  readonly score: number;
}

export interface SearchOptions {
  /** Weight of a match in the title (an abstract match weighs 1). */
  readonly titleBoost?: number;
  /** The hits wanted, best first: those from `offset` on, at most `first` of them. */
  readonly first?: number;
  readonly offset?: number;
  /** Only papers it accepts are hits (and counted). */
  readonly accept?: (id: string) => boolean;
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
// MiniSearch's weight of a prefix match, and its BM25+ parameters: the scores are those it gave.
const PREFIX_WEIGHT = 0.375;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
// MiniSearch's default tokenizer.
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
/** A posting packs a paper's slot with its term counts in the title and the abstract (each up to 255). */
const SLOT = 65536;
const FIELD = 256;

interface Group {
  readonly terms: readonly { readonly postings: readonly number[]; readonly weight: number }[];
}

/**
 * The full-text index of the papers' titles and abstracts, scored with BM25+ as MiniSearch scores
 * them, but compact: a term's postings are one array of numbers (slot, title and abstract counts)
 * in a radix tree of terms, instead of a map of maps per term, so that 121k abstracts fit in a
 * few hundred megabytes and a common word is scored in one pass over a flat array.
 */
export class PaperIndex {
  /** term → postings, and the same arrays in a radix tree for prefixes (a map is faster to look up). */
  private readonly terms = new Map<string, number[]>();
  private readonly prefixes = new SearchableMap<number[]>();
  /** slot → paper id; undefined once discarded. */
  private ids: (string | undefined)[] = [];
  private readonly slots = new Map<string, number>();
  /** Distinct tokens of the title and of the abstract, per slot (MiniSearch's field lengths). */
  private lengths = new Uint32Array(2 * 1024);
  private titleLength = 0;
  private abstractLength = 0;
  private discarded = 0;

  constructor(private readonly maxPrefixPapers = MAX_PREFIX_PAPERS) {}

  get documentCount(): number {
    return this.slots.size;
  }

  add(doc: SearchDocument): void {
    if (this.slots.has(doc.id)) throw new Error(`paper ${doc.id} is indexed already`);
    const slot = this.ids.length;
    this.ids.push(doc.id);
    this.slots.set(doc.id, slot);
    if (this.lengths.length < 2 * (slot + 1)) {
      const grown = new Uint32Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    const title = tokenCounts(doc.title);
    const abstract = tokenCounts(doc.abstract);
    this.lengths[2 * slot] = title.length;
    this.lengths[2 * slot + 1] = abstract.length;
    this.titleLength += title.length;
    this.abstractLength += abstract.length;
    for (const [term, count] of title.counts) {
      const inAbstract = abstract.counts.get(term) ?? 0;
      this.postingsOf(term).push(slot * SLOT + Math.min(count, FIELD - 1) * FIELD + Math.min(inAbstract, FIELD - 1));
    }
    for (const [term, count] of abstract.counts) {
      if (!title.counts.has(term)) this.postingsOf(term).push(slot * SLOT + Math.min(count, FIELD - 1));
    }
  }

  /** Removes a paper; its postings are dropped in bulk once a quarter of the slots are discarded. */
  discard(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.ids[slot] = undefined;
    this.titleLength -= this.lengths[2 * slot]!;
    this.abstractLength -= this.lengths[2 * slot + 1]!;
    this.discarded++;
    if (this.discarded > 1000 && this.discarded * 4 > this.ids.length) this.vacuum();
  }

  /**
   * Papers with every word of `text` (the last also as a prefix), best first, then by id: the page
   * asked for and how many matched. The cost is one pass over the postings of the query's terms,
   * plus the page: hits are never all sorted.
   */
  search(text: string, options: SearchOptions = {}): { hits: SearchHit[]; total: number } {
    const words = [...new Set(indexTerms(text))];
    if (words.length === 0) return { hits: [], total: 0 };
    const last = words.at(-1)!;
    const expansions = last.length >= MIN_PREFIX_LENGTH ? this.prefixTerms(last) : [];
    const groups: Group[] = words.slice(0, -1).map((w) => ({ terms: [{ postings: this.terms.get(w) ?? [], weight: 1 }] }));
    groups.push({
      terms: [last, ...expansions].map((t) => ({
        postings: this.terms.get(t) ?? [],
        weight: t === last ? 1 : (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * (t.length - last.length)),
      })),
    });
    // MiniSearch multiplied a score by the number of query words matched, which for an AND is all.
    return this.rank(groups, options.titleBoost ?? 1, words.length, options);
  }

  /** Every paper with `text`'s words, best first (tests and small indexes). */
  find(text: string, options: Pick<SearchOptions, 'titleBoost'> = {}): SearchHit[] {
    return this.search(text, options).hits;
  }

  /** Papers with any of `terms` (processed words), each with its summed BM25+ score. */
  searchAny(terms: readonly string[]): SearchHit[] {
    const groups: Group[] = [{ terms: terms.map((t) => ({ postings: this.terms.get(t) ?? [], weight: 1 })) }];
    return this.rank(groups, 1, 1, {}).hits;
  }

  private rank(groups: readonly Group[], titleBoost: number, factor: number, options: SearchOptions): { hits: SearchHit[]; total: number } {
    const size = this.ids.length;
    const live = this.slots.size;
    const scores = new Float64Array(size);
    // How many groups each slot has matched so far: a hit matches every group.
    const matched = new Uint16Array(size);
    const averageTitle = this.titleLength / Math.max(1, live);
    const averageAbstract = this.abstractLength / Math.max(1, live);
    groups.forEach((group, g) => {
      for (const { postings, weight } of group.terms) {
        let inTitle = 0;
        let inAbstract = 0;
        for (const p of postings) {
          if (this.ids[Math.floor(p / SLOT)] === undefined) continue;
          if (Math.floor(p / FIELD) % FIELD > 0) inTitle++;
          if (p % FIELD > 0) inAbstract++;
        }
        const titleIdf = inverseFrequency(live, inTitle);
        const abstractIdf = inverseFrequency(live, inAbstract);
        for (const p of postings) {
          const slot = Math.floor(p / SLOT);
          if (matched[slot] !== g && matched[slot] !== g + 1) continue;
          if (this.ids[slot] === undefined) continue;
          const t = Math.floor(p / FIELD) % FIELD;
          const a = p % FIELD;
          let score = 0;
          if (t > 0) score += titleBoost * bm25(t, titleIdf, this.lengths[2 * slot]!, averageTitle);
          if (a > 0) score += bm25(a, abstractIdf, this.lengths[2 * slot + 1]!, averageAbstract);
          scores[slot] = scores[slot]! + weight * score;
          matched[slot] = g + 1;
        }
      }
    });
    const want = (options.offset ?? 0) + (options.first ?? Infinity);
    const best = new TopHits(want);
    let total = 0;
    const seen = new Uint8Array(size);
    for (const { postings } of groups.at(-1)!.terms) {
      for (const p of postings) {
        const slot = Math.floor(p / SLOT);
        if (matched[slot] !== groups.length || seen[slot]) continue;
        seen[slot] = 1;
        const id = this.ids[slot]!;
        if (options.accept && !options.accept(id)) continue;
        total++;
        best.offer(id, scores[slot]! * factor);
      }
    }
    return { hits: best.sorted().slice(options.offset ?? 0), total };
  }

  private postingsOf(term: string): number[] {
    let postings = this.terms.get(term);
    if (!postings) {
      this.terms.set(term, (postings = []));
      this.prefixes.set(term, postings);
    }
    return postings;
  }

  /** Drops discarded papers' postings and renumbers the slots (in order, so postings stay sorted). */
  private vacuum(): void {
    const renumbered = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const lengths = new Uint32Array(Math.max(2 * 1024, 2 * this.slots.size * 2));
    this.ids.forEach((id, slot) => {
      if (id === undefined) return;
      renumbered[slot] = ids.length;
      lengths[2 * ids.length] = this.lengths[2 * slot]!;
      lengths[2 * ids.length + 1] = this.lengths[2 * slot + 1]!;
      this.slots.set(id, ids.length);
      ids.push(id);
    });
    const emptied: string[] = [];
    for (const [term, postings] of this.terms) {
      let kept = 0;
      for (const p of postings) {
        const slot = renumbered[Math.floor(p / SLOT)]!;
        if (slot >= 0) postings[kept++] = slot * SLOT + (p % SLOT);
      }
      postings.length = kept;
      if (kept === 0) emptied.push(term);
    }
    for (const term of emptied) {
      this.terms.delete(term);
      this.prefixes.delete(term);
    }
    this.ids = ids;
    this.lengths = lengths;
    this.discarded = 0;
  }

  /** Indexed words that extend `prefix` (not itself), those in the most papers first, within both bounds. */
  private prefixTerms(prefix: string): string[] {
    const found: { term: string; papers: number }[] = [];
    for (const [term, postings] of this.prefixes.atPrefix(prefix)) {
      if (term !== prefix) found.push({ term, papers: postings.length });
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

/** The words of a text as the index holds them: MiniSearch's default tokenizer, lower case. */
export function indexTerms(text: string): string[] {
  return text
    .split(SPACE_OR_PUNCTUATION)
    .map((t) => t.toLowerCase())
    .filter((t) => t.length > 0);
}

/** Each word's count in a field and the field's length (MiniSearch's: its distinct raw tokens). */
function tokenCounts(text: string): { counts: Map<string, number>; length: number } {
  const tokens = text.split(SPACE_OR_PUNCTUATION);
  const counts = new Map<string, number>();
  for (const token of tokens) {
    if (token.length === 0) continue;
    const term = token.toLowerCase();
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { counts, length: new Set(tokens).size };
}

function inverseFrequency(papers: number, matching: number): number {
  return Math.log(1 + (papers - matching + 0.5) / (matching + 0.5));
}

function bm25(frequency: number, idf: number, length: number, average: number): number {
  return idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
}

/** The best `limit` hits seen, by score and then id, without sorting all of them. */
class TopHits {
  private hits: SearchHit[] = [];
  private floor: SearchHit | undefined;

  constructor(private readonly limit: number) {}

  offer(id: string, score: number): void {
    if (this.limit <= 0) return;
    if (this.floor && compareHits({ id, score }, this.floor) >= 0) return;
    this.hits.push({ id, score });
    if (this.hits.length >= 2 * this.limit + 64) this.trim();
  }

  sorted(): SearchHit[] {
    this.trim();
    return this.hits;
  }

  private trim(): void {
    this.hits.sort(compareHits);
    if (this.hits.length >= this.limit) {
      this.hits.length = this.limit;
      this.floor = this.hits.at(-1);
    }
  }
}

function compareHits(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
