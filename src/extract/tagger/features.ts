import type { Candidate } from '../candidate.js';
import type { Token } from '../text-spans.js';
import { TAGGED_TYPES } from './labels.js';
import { EMPTY_CLASSES, leafOf, type WordClasses } from './word-classes.js';

/** Hashed features of each token: token t's are `hashes[offsets[t]]` up to `hashes[offsets[t + 1]]`. */
export interface TokenFeatures {
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
  /** The word classes the features read (a model trained on them carries them). */
  readonly classes: WordClasses;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over s[from, to): strings are hashed in place, never stored, so the model holds numbers only. */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Combines a feature template with a value hash (murmur3's finaliser over the pair). */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A character's shape class: X capital, x lowercase, d digit, the character itself for ASCII punctuation, ~ otherwise. */
export function shapeClass(word: string, i: number): number {
  const code = word.charCodeAt(i);
  if (code >= 65 && code <= 90) return 88; // X
  if (code >= 97 && code <= 122) return 120; // x
  if (code >= 48 && code <= 57) return 100; // d
  if (code < 128) return code;
  const ch = word[i]!;
  return /\p{Lu}/u.test(ch) ? 88 : /\p{Ll}/u.test(ch) ? 120 : /\p{N}/u.test(ch) ? 100 : 126;
}

/** "GPT-4o" → "X-dx": capitals, lowercase, digits, with runs collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = shapeClass(word, i);
    if (c !== last) shape += String.fromCharCode(c);
    last = c;
  }
  return shape;
}

export const lowerCode = (s: string, i: number): number => {
  const code = s.charCodeAt(i);
  if (code >= 65 && code <= 90) return code + 32;
  return code < 128 ? code : s[i]!.toLowerCase().charCodeAt(0);
};

// Casing of a word from its counts of capitals and lowercase letters: 1 lowercase, 2 Capitalised, 3 ALL
// CAPS, 4 mixed (ResNet, mBERT), 5 no letters; ×2 +1 with a digit.
export function casingOf(upper: number, lower: number, digit: number, firstUpper: boolean): number {
  const kind = upper + lower === 0 ? 5 : upper === 0 ? 1 : lower === 0 ? 3 : firstUpper && upper === 1 ? 2 : 4;
  return kind * 2 + digit;
}

/** What separates two tokens, reduced to its punctuation: "_" for spaces only, "NL" for a line break. */
export function gapHash(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  let marks = 0;
  for (let i = from; i < to && marks < 3; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return NEWLINE;
    if (code !== 32 && code !== 9) {
      h = Math.imul(h ^ code, FNV_PRIME);
      marks++;
    }
  }
  return marks === 0 ? SPACE : h >>> 0;
}

const SPACE = hashString('_');
export const NEWLINE = hashString('NL');
export const BOUNDARY = hashString('<s>');
// Gaps a phrase runs across: spaces, a hyphen or a slash. Any other punctuation ends the window of bag features.
export const PHRASE_GAPS = new Set([SPACE, hashString('-'), hashString('/')]);
// Sentence ends: the next token starts a sentence, so its capital says little.
export const SENTENCE_GAPS = new Set([NEWLINE, hashString('.'), hashString('?'), hashString('!'), hashString(':')]);
/** How far the unordered bag of words either side reaches, within a phrase. */
export const BAG = 4;

// Feature templates: each feature is mix(template, value).
export enum F {
  Bias = 1,
  Word,
  Shape,
  ShapeInTitle,
  Prefix2,
  Prefix3,
  Suffix2,
  Suffix3,
  Suffix4,
  WordBefore,
  WordAfter,
  Word2Before,
  Word2After,
  BigramBefore,
  BigramAfter,
  ShapeBefore,
  ShapeAfter,
  GapBefore,
  GapAfter,
  Gaps,
  RuleBefore,
  Rule,
  RuleAfter,
  RuleWord,
  RuleSpan,
  RuleType,
  RuleConfidence,
  Prefix4,
  InTitle,
  Casing,
  ShapeBigramBefore,
  ShapeBigramAfter,
  Suffix3Before,
  Suffix3After,
  BagBefore,
  BagAfter,
  RulePairBefore,
  RulePairAfter,
  ClassTop,
  ClassMid,
  ClassLeaf,
  ClassBefore,
  ClassAfter,
  ClassCasing,
}
/** The templates every token has, in the order its features are written; rule and bag features come on top. */
const TEMPLATES = Uint8Array.of(
  F.Bias,
  F.Word,
  F.Shape,
  F.ShapeInTitle,
  F.Prefix2,
  F.Prefix3,
  F.Prefix4,
  F.Suffix2,
  F.Suffix3,
  F.Suffix4,
  F.WordBefore,
  F.WordAfter,
  F.Word2Before,
  F.Word2After,
  F.BigramBefore,
  F.BigramAfter,
  F.ShapeBefore,
  F.ShapeAfter,
  F.ShapeBigramBefore,
  F.ShapeBigramAfter,
  F.Suffix3Before,
  F.Suffix3After,
  F.GapBefore,
  F.GapAfter,
  F.Gaps,
  F.InTitle,
  F.Casing,
  F.RuleBefore,
  F.Rule,
  F.RuleAfter,
  F.RuleWord,
  F.RulePairBefore,
  F.RulePairAfter,
  F.ClassTop,
  F.ClassMid,
  F.ClassLeaf,
  F.ClassBefore,
  F.ClassAfter,
  F.ClassCasing,
);
const FIXED = TEMPLATES.length;

/**
 * Features of each token: the word, its shape, casing and affixes, a two-word window, an unordered
 * bag of the words up to four either side within the phrase (head nouns such as "scheduler" after a
 * technique, verbs such as "employ" before it), the punctuation around it, whether it is in the
 * title, its word class and its neighbours' (unsupervised, from unlabeled abstracts: a coined
 * benchmark name shares a class with the benchmarks seen in training), and — stacking — what the
 * rules claimed about it (the type and confidence of every rule candidate covering it, and where in
 * that candidate it sits).
 */
export function tokenFeatures(
  text: string,
  tokens: readonly Token[],
  rules: readonly Candidate[],
  titleEnd: number,
  classes: WordClasses = EMPTY_CLASSES,
): TokenFeatures {
  const n = tokens.length;
  // Per token: word, prefix and suffix hashes of the lowercased word, shape, casing, and the gap before it (gaps[n]: after the last).
  const words = new Uint32Array(n);
  const prefix2 = new Uint32Array(n);
  const prefix3 = new Uint32Array(n);
  const prefix4 = new Uint32Array(n);
  const suffix2 = new Uint32Array(n);
  const suffix3 = new Uint32Array(n);
  const suffix4 = new Uint32Array(n);
  const shapes = new Uint32Array(n);
  const casings = new Uint8Array(n);
  const leaves = new Uint16Array(n);
  const gaps = new Uint32Array(n + 1);
  // Sentence starts and phrase gaps (spaces, a hyphen or a slash) before each token, as flags.
  const sentenceStart = new Uint8Array(n);
  const phraseGap = new Uint8Array(n + 1);
  const scratch = newWordHashes();
  for (let t = 0; t < n; t++) {
    const token = tokens[t]!;
    const w = token.text;
    hashWord(w, scratch);
    words[t] = scratch.word;
    prefix2[t] = scratch.prefix2;
    prefix3[t] = scratch.prefix3;
    prefix4[t] = scratch.prefix4;
    leaves[t] = leafOf(classes, words[t]!);
    suffix4[t] = suffixHash(w, 4);
    suffix3[t] = suffixHash(w, 3);
    suffix2[t] = suffixHash(w, 2);
    shapes[t] = scratch.shape;
    casings[t] = scratch.casing;
    gaps[t] = t > 0 ? gapHash(text, tokens[t - 1]!.end, token.start) : NEWLINE;
    sentenceStart[t] = SENTENCE_GAPS.has(gaps[t]!) ? 1 : 0;
    phraseGap[t] = PHRASE_GAPS.has(gaps[t]!) ? 1 : 0;
  }
  gaps[n] = NEWLINE;

  // Per token, the strongest rule's label and every covering rule's features.
  const ruleCount = new Uint32Array(n + 1);
  const covering: number[] = [];
  const ruleLabel = walkRuleCandidates(tokens, rules, (t, span, type, confidence) => {
    covering.push(t, span, type, confidence);
    ruleCount[t]! += 3;
  });
  // Rule features grouped by token, in the order the rules gave them.
  const ruleStart = new Uint32Array(n + 1);
  for (let t = 0; t < n; t++) ruleStart[t + 1] = ruleStart[t]! + ruleCount[t]!;
  const ruleHashes = new Uint32Array(ruleStart[n]!);
  const fill = ruleStart.slice(0, n);
  for (let i = 0; i < covering.length; i += 4) {
    const t = covering[i]!;
    ruleHashes[fill[t]!++] = covering[i + 1]!;
    ruleHashes[fill[t]!++] = covering[i + 2]!;
    ruleHashes[fill[t]!++] = covering[i + 3]!;
  }

  const hashes = new Uint32Array(n * (FIXED + 2 * BAG) + ruleHashes.length);
  const offsets = new Uint32Array(n + 1);
  const wordAt = (i: number): number => (i < 0 || i >= n ? BOUNDARY : words[i]!);
  const shapeAt = (i: number): number => (i < 0 || i >= n ? BOUNDARY : shapes[i]!);
  const suffixAt = (i: number): number => (i < 0 || i >= n ? BOUNDARY : suffix3[i]!);
  // The middle level of a neighbour's class (a leaf is 16 × 8 × 8: its parent is leaf >> 3).
  const classAt = (i: number): number => (i < 0 || i >= n ? BOUNDARY : leaves[i]! >> 3);
  // The fixed features' values, then one mix per template in one loop: a single call site V8 inlines.
  const v = new Uint32Array(FIXED);
  let at = 0;
  for (let t = 0; t < n; t++) {
    const word = words[t]!;
    const shape = shapes[t]!;
    const inTitle = tokens[t]!.start < titleEnd ? 1 : 2;
    const before = gaps[t]!;
    const after = gaps[t + 1]!;
    const rule = ruleLabel[t]!;
    v[0] = 0;
    v[1] = word;
    v[2] = shape;
    v[3] = mix(shape, inTitle);
    v[4] = prefix2[t]!;
    v[5] = prefix3[t]!;
    v[6] = prefix4[t]!;
    v[7] = suffix2[t]!;
    v[8] = suffix3[t]!;
    v[9] = suffix4[t]!;
    v[10] = wordAt(t - 1);
    v[11] = wordAt(t + 1);
    v[12] = wordAt(t - 2);
    v[13] = wordAt(t + 2);
    v[14] = mix(wordAt(t - 1), word);
    v[15] = mix(word, wordAt(t + 1));
    v[16] = shapeAt(t - 1);
    v[17] = shapeAt(t + 1);
    v[18] = mix(shapeAt(t - 1), shape);
    v[19] = mix(shape, shapeAt(t + 1));
    v[20] = suffixAt(t - 1);
    v[21] = suffixAt(t + 1);
    v[22] = before;
    v[23] = after;
    v[24] = mix(before, after);
    v[25] = inTitle;
    v[26] = mix(casings[t]!, sentenceStart[t] ? 1 : 2);
    v[27] = t > 0 ? ruleLabel[t - 1]! : 99;
    v[28] = rule;
    v[29] = t + 1 < n ? ruleLabel[t + 1]! : 99;
    v[30] = mix(rule, word);
    v[31] = mix(rule, t > 0 ? ruleLabel[t - 1]! : 99);
    v[32] = mix(rule, t + 1 < n ? ruleLabel[t + 1]! : 99);
    const leaf = leaves[t]!;
    v[33] = leaf >> 6;
    v[34] = leaf >> 3;
    v[35] = leaf;
    v[36] = classAt(t - 1);
    v[37] = classAt(t + 1);
    v[38] = mix(leaf >> 3, casings[t]!);
    for (let k = 0; k < FIXED; k++) hashes[at++] = mix(TEMPLATES[k]!, v[k]!);
    for (let k = 1; k <= BAG && t - k >= 0 && phraseGap[t - k + 1]; k++) hashes[at++] = mix(F.BagBefore, words[t - k]!);
    for (let k = 1; k <= BAG && t + k < n && phraseGap[t + k]; k++) hashes[at++] = mix(F.BagAfter, words[t + k]!);
    for (let r = ruleStart[t]!; r < ruleStart[t + 1]!; r++) hashes[at++] = ruleHashes[r]!;
    offsets[t + 1] = at;
  }
  return { hashes: hashes.subarray(0, at), offsets, classes };
}

/** The hash of a word's lowercase form, as the features key it (and the word classes with it). */
/** A word form's hashes as the templates take them: the lowercased word, its prefixes of 2–4, shape and casing. */
export interface WordHashes {
  word: number;
  prefix2: number;
  prefix3: number;
  prefix4: number;
  shape: number;
  casing: number;
}

export const newWordHashes = (): WordHashes => ({ word: 0, prefix2: 0, prefix3: 0, prefix4: 0, shape: 0, casing: 0 });

/** One pass over the word, into `out` (no allocation: this runs for every token). */
export function hashWord(w: string, out: WordHashes): WordHashes {
  let h = FNV_OFFSET;
  let shape = FNV_OFFSET;
  let lastClass = -1;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let prefix2 = 0;
  let prefix3 = 0;
  let prefix4 = 0;
  for (let i = 0; i < w.length; i++) {
    h = Math.imul(h ^ lowerCode(w, i), FNV_PRIME);
    if (i === 1) prefix2 = h >>> 0;
    else if (i === 2) prefix3 = h >>> 0;
    else if (i === 3) prefix4 = h >>> 0;
    const c = shapeClass(w, i);
    if (c !== lastClass) shape = Math.imul(shape ^ c, FNV_PRIME);
    lastClass = c;
    if (c === 88) upper++;
    else if (c === 120) lower++;
    else if (c === 100) digit = 1;
  }
  out.word = h >>> 0;
  out.prefix2 = w.length < 2 ? out.word : prefix2;
  out.prefix3 = w.length < 3 ? out.word : prefix3;
  out.prefix4 = w.length < 4 ? out.word : prefix4;
  out.shape = shape >>> 0;
  out.casing = casingOf(upper, lower, digit, shapeClass(w, 0) === 88);
  return out;
}

/**
 * Every rule candidate over the tokens (topics and links aside): `visit` gets each covered token's three rule
 * features in the rules' order; the result is each token's strongest rule label (B/I × type, 0 for none).
 */
export function walkRuleCandidates(
  tokens: readonly Token[],
  rules: readonly Candidate[],
  visit: (t: number, span: number, type: number, confidence: number) => void,
): Uint32Array {
  const n = tokens.length;
  const ruleLabel = new Uint32Array(n);
  const ruleConfidence = new Float64Array(n);
  for (const c of rules) {
    if (c.type === 'topic' || c.type === 'repo') continue;
    const type = TAGGED_TYPES.indexOf(c.type) + 1;
    const confidence = Math.round(c.confidence * 100);
    const first = firstTokenAtOrAfter(tokens, c.start);
    for (let t = first; t < n && tokens[t]!.end <= c.end; t++) {
      const position = (t === first ? 1 : 2) + (t + 1 >= n || tokens[t + 1]!.end > c.end ? 2 : 0);
      visit(t, mix(F.RuleSpan, mix(mix(position, type), confidence)), mix(F.RuleType, type), mix(F.RuleConfidence, confidence));
      if (c.confidence > ruleConfidence[t]!) {
        ruleConfidence[t] = c.confidence;
        ruleLabel[t] = type * 2 + (t === first ? 0 : 1);
      }
    }
  }
  return ruleLabel;
}

export function wordHash(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ lowerCode(w, i), FNV_PRIME);
  return h >>> 0;
}

export function suffixHash(w: string, k: number): number {
  let h = FNV_OFFSET;
  for (let i = Math.max(0, w.length - k); i < w.length; i++) h = Math.imul(h ^ lowerCode(w, i), FNV_PRIME);
  return h >>> 0;
}

export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
