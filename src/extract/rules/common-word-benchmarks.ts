import type { LexiconEntry } from '../lexicon.js';
import { sentenceAt, type Span } from '../text-spans.js';
import { mentionsDataset } from './name-types.js';

/**
 * Datasets named by one capitalised English word ("Traffic", "Weather", "Spider", "Exchange") are
 * matched in their exact case, but a capital is weak evidence (titles are Title Case, sentences
 * start with one): such a mention counts only in a sentence that talks about datasets or names
 * another benchmark ("on ETTh1, Weather and Traffic").
 */
export function commonWordBenchmarkOutOfContext(
  text: string,
  sentences: readonly Span[],
  hit: { readonly entry: LexiconEntry; readonly start: number; readonly end: number },
  benchmarkHits: readonly { readonly start: number; readonly end: number }[],
): boolean {
  if (hit.entry.type !== 'benchmark' || !hit.entry.caseSensitive || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(hit.start, hit.end))) return false;
  const sentence = sentenceAt(sentences, hit.start);
  if (mentionsDataset(text.slice(sentence.start, sentence.end))) return false;
  return !benchmarkHits.some((b) => b.start !== hit.start && b.start >= sentence.start && b.end <= sentence.end);
}
