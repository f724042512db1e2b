import { eng } from 'stopword';

/**
 * The text signal of relatedPapers, shared by both stores: each store ranks papers against the
 * paper's own title and abstract with its full-text index (MiniSearch's BM25+ in process, Lucene's
 * BM25 in Neo4j) and divides by the paper's own score, so a similarity is 0 to 1 on either store.
 */

/** Weight of a text similarity of 1 against the shared-entity score (a shared entity of 2 papers adds 1.44). */
export const TEXT_WEIGHT = 1.5;
/** The most similar papers considered, and the least similarity that counts. */
export const TEXT_POOL = 20;
export const MIN_TEXT_SIMILARITY = 0.1;
/** Lucene allows 1,024 clauses; more words hardly change the ranking and cost time on large corpora. */
const MAX_TERMS = 24;

// Words every abstract uses, on top of English stopwords; they say nothing about the topic.
const BOILERPLATE = new Set(
  'paper study studies present presents introduce introduces propose proposed approach approaches method methods results result show shows shown novel new using based use used also work existing however furthermore significantly significant performance state art extensive experiments demonstrate achieve achieves while which where can via well first'.split(
    ' ',
  ),
);
const STOPWORDS = new Set([...eng, ...BOILERPLATE]);

/** The content words of a text, lower case, in order, with repeats. */
export function contentWords(text: string): string[] {
  return words(text);
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? []).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

/** The distinct content words of a paper, title first: the query its similar papers are found with. */
export function similarityTerms(paper: { title: string; abstract: string }): string[] {
  return [...new Set([...words(paper.title), ...words(paper.abstract)])].slice(0, MAX_TERMS);
}

/**
 * The query terms when the store knows each word's document frequency (the in-process store, whose
 * index answers in time linear in the postings of the query's terms): similarityTerms without words
 * no other paper has and words so common that their postings cost more than they tell (in more than
 * 1% of the papers, and more than 100).
 */
export function distinctiveTerms(
  paper: { title: string; abstract: string },
  frequency: (word: string) => number,
  papers: number,
): string[] {
  const common = Math.max(100, papers * 0.01);
  return [...new Set([...words(paper.title), ...words(paper.abstract)])]
    .filter((w) => {
      const df = frequency(w);
      return df >= 2 && df <= common;
    })
    .slice(0, MAX_TERMS);
}

/**
 * Similarities from full-text hits of a paper's terms: each score over the paper's own score (or
 * the best, when the paper itself is not among the hits), the paper left out, the TEXT_POOL most
 * similar kept when at least MIN_TEXT_SIMILARITY.
 */
export function textSimilarities(hits: readonly { id: string; score: number }[], selfId: string): Map<string, number> {
  const self = hits.find((h) => h.id === selfId)?.score ?? Math.max(0, ...hits.map((h) => h.score));
  if (self <= 0) return new Map();
  return new Map(
    hits
      .filter((h) => h.id !== selfId)
      .map((h) => [h.id, Math.min(1, h.score / self)] as const)
      .filter(([, similarity]) => similarity >= MIN_TEXT_SIMILARITY)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TEXT_POOL),
  );
}

/** Up to `max` content words two papers share, the first paper's title words first: why their texts are alike. */
export function sharedTerms(a: { title: string; abstract: string }, b: { title: string; abstract: string }, max = 5): string[] {
  const other = new Set(words(`${b.title} ${b.abstract}`));
  return similarityTerms(a)
    .filter((w) => other.has(w))
    .slice(0, max);
}
