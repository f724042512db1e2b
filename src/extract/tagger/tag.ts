import type { Candidate } from '../candidate.js';
import type { Token } from '../text-spans.js';
import { tokenFeatures, type TokenFeatures } from './features.js';
import { isInside, LABEL_COUNT, typeOf, type TaggedType } from './labels.js';
import { SLOT, type TaggerModel } from './model.js';
import { viterbi } from './viterbi.js';

const SPAN_BREAK = /\n|[.;!?]\s/;

export interface TaggedSpan {
  readonly type: TaggedType;
  readonly start: number;
  readonly end: number;
  /** The smallest max-marginal margin over the span's tokens: how sure the tagger is of it. */
  readonly margin: number;
}

export function emissionScores(features: TokenFeatures, tokenCount: number, model: TaggerModel): Float64Array {
  const L = LABEL_COUNT;
  const { slots, keys, mask } = model.table;
  const { hashes, offsets } = features;
  const scores = new Float64Array(tokenCount * L);
  const sums = new Int32Array(L);
  for (let t = 0; t < tokenCount; t++) {
    sums.fill(0);
    for (let f = offsets[t]!, end = offsets[t + 1]!; f < end; f++) {
      // WeightTable.offsetOf, inlined: this loop is the tagger's hot path.
      const hash = hashes[f]!;
      for (let at = hash & mask; slots[at * SLOT + SLOT - 1]; at = (at + 1) & mask) {
        if (keys[at * (SLOT / 2)] !== hash) continue;
        for (let y = 0, w = at * SLOT + 2; y < L; y++) sums[y]! += slots[w + y]!;
        break;
      }
    }
    for (let y = 0; y < L; y++) scores[t * L + y] = sums[y]! * model.scale;
  }
  return scores;
}

/** Labels the tokens and returns the spans of entities the tagger found, with their margins. */
export function tagSpans(
  text: string,
  tokens: readonly Token[],
  rules: readonly Candidate[],
  titleEnd: number,
  model: TaggerModel,
): TaggedSpan[] {
  const features = tokenFeatures(text, tokens, rules, titleEnd);
  const { labels, margins } = viterbi(emissionScores(features, tokens.length, model), tokens.length, model.transitions);
  return spansOf(text, tokens, labels, margins);
}

/** Spans of B/I runs; a span never crosses a line break or a sentence's end, whatever the labels say. */
export function spansOf(text: string, tokens: readonly Token[], labels: ArrayLike<number>, margins?: ArrayLike<number>): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  const continues = (t: number): boolean =>
    t < tokens.length && isInside(labels[t]!) && !SPAN_BREAK.test(text.slice(tokens[t - 1]!.end, tokens[t]!.start));
  for (let t = 0; t < tokens.length; t++) {
    const type = typeOf(labels[t]!);
    if (!type || (isInside(labels[t]!) && t > 0 && continues(t))) continue;
    let last = t;
    let margin = margins?.[t] ?? Infinity;
    while (continues(last + 1)) {
      last++;
      margin = Math.min(margin, margins?.[last] ?? Infinity);
    }
    spans.push({ type, start: tokens[t]!.start, end: tokens[last]!.end, margin });
  }
  return spans;
}
