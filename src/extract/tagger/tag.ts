import type { Candidate } from '../candidate.js';
import type { Token } from '../text-spans.js';
import { emissions } from './emissions.js';
import type { TokenFeatures } from './features.js';
import { isInside, LABEL_COUNT, typeOf, type TaggedType } from './labels.js';
import { SLOT, type TaggerModel } from './model.js';
import { viterbi } from './viterbi.js';

const SPAN_BREAK = /\n|[.;!?]\s/;

const copies = new WeakMap<Float64Array, Float64Array>();

/**
 * The model's transition weights in a Float64Array this thread made. The shipped model's come decoded onto a
 * SharedArrayBuffer, or in a worker as a structured clone, and on those the decoding loops deoptimised about a
 * hundred times in a run (V8's "insufficient type feedback"), on this thread's own copy once. A model's
 * weights never change once decoded; training's do after every update, so the copy is made here, for a
 * decoded model, and never inside `viterbi`.
 */
function ownTransitions(model: TaggerModel): Float64Array {
  let copy = copies.get(model.transitions);
  if (!copy) copies.set(model.transitions, (copy = Float64Array.from(model.transitions)));
  return copy;
}

export interface TaggedSpan {
  readonly type: TaggedType;
  readonly start: number;
  readonly end: number;
  /** The smallest max-marginal margin over the span's tokens: how sure the tagger is of it. */
  readonly margin: number;
}

/**
 * Per token, the sum of its features' weights for each label. The eleven sums are unrolled into
 * locals: measured twice as fast as a loop over a sums array, on the tagger's hot path.
 */
export function emissionScores(features: TokenFeatures, tokenCount: number, model: TaggerModel): Float64Array {
  if (LABEL_COUNT !== 11) throw new Error(`emissionScores is unrolled for 11 labels, not ${LABEL_COUNT}`);
  const { slots, keys, mask } = model;
  const { hashes, offsets } = features;
  const scale = model.scale;
  const scores = new Float64Array(tokenCount * 11);
  for (let t = 0; t < tokenCount; t++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0; // prettier-ignore
    for (let f = offsets[t]!, end = offsets[t + 1]!; f < end; f++) {
      // weightsOffset, inlined.
      const hash = hashes[f]!;
      for (let at = hash & mask; slots[at * SLOT + SLOT - 1]; at = (at + 1) & mask) {
        if (keys[at * (SLOT / 2)] !== hash) continue;
        const w = at * SLOT + 2;
        s0 += slots[w]!;
        s1 += slots[w + 1]!;
        s2 += slots[w + 2]!;
        s3 += slots[w + 3]!;
        s4 += slots[w + 4]!;
        s5 += slots[w + 5]!;
        s6 += slots[w + 6]!;
        s7 += slots[w + 7]!;
        s8 += slots[w + 8]!;
        s9 += slots[w + 9]!;
        s10 += slots[w + 10]!;
        break;
      }
    }
    const r = t * 11;
    scores[r] = s0 * scale;
    scores[r + 1] = s1 * scale;
    scores[r + 2] = s2 * scale;
    scores[r + 3] = s3 * scale;
    scores[r + 4] = s4 * scale;
    scores[r + 5] = s5 * scale;
    scores[r + 6] = s6 * scale;
    scores[r + 7] = s7 * scale;
    scores[r + 8] = s8 * scale;
    scores[r + 9] = s9 * scale;
    scores[r + 10] = s10 * scale;
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
  const { labels, margins } = viterbi(emissions(text, tokens, rules, titleEnd, model), tokens.length, ownTransitions(model));
  return consistentTypes(text, spansOf(text, tokens, labels, margins));
}

/**
 * One type per name in a paper: where the tagger gives the same surface different types at
 * different mentions ("a data generation algorithm called LintSeq" … "to test LintSeq … a dataset"),
 * every mention takes the type of the mention it is surest of (the largest margin).
 */
export function consistentTypes(text: string, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const surest = new Map<string, TaggedSpan>();
  for (const s of spans) {
    const key = text.slice(s.start, s.end).toLowerCase();
    const best = surest.get(key);
    if (!best || s.margin > best.margin) surest.set(key, s);
  }
  return spans.map((s) => {
    const type = surest.get(text.slice(s.start, s.end).toLowerCase())!.type;
    return type === s.type ? s : { ...s, type };
  });
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
