import type { Candidate } from '../candidate.js';
import type { Token } from '../text-spans.js';
import * as features from './features.js';
import { LABEL_COUNT } from './labels.js';
import { SLOT, type TaggerModel } from './model.js';
import * as wordClasses from './word-classes.js';

// tsx and vitest compile an import to a getter read at every use: the hot ones are read once here.
const { BAG, BOUNDARY, F, gapHash, hashWord, mix, NEWLINE, PHRASE_GAPS, SENTENCE_GAPS, suffixHash, walkRuleCandidates } = features;
const { leafOf } = wordClasses;
/** The word being entered's hashes (entryOf runs once per new word form, one at a time). */
const scratch = features.newWordHashes();

const L = 11;
/**
 * What a word form contributes wherever it stands, as label-weight sums (integers, see `TaggerModel.scale`):
 * its own features in the four title × sentence-start variants, then the features it gives the token
 * after it, before it, two after, two before, and the bags either side.
 */
const VARIANTS = 4;
const AS_BEFORE = 4;
const AS_AFTER = 5;
const AS_TWO_BEFORE = 6;
const AS_TWO_AFTER = 7;
const IN_BAG_BEFORE = 8;
const IN_BAG_AFTER = 9;
/** RuleWord where no rule covers the word. */
const UNRULED = 10;
const VECTORS = 11;
const STRIDE = VECTORS * L;
/**
 * Word forms kept per model; when a paper's words would not fit, the table starts over (about 16 MB, and 6 MB
 * of pairs). 1,500 bench abstracts hold 18,937 forms: at 8,192 the table started over every few hundred
 * abstracts and a third of the tagger's time went to summing the same words again.
 */
const CAPACITY = 32768;
/** A pair of word forms' bigram features: those it gives its second word (its first L) and its first (the next L). */
const PAIR = 2 * L;

interface WordTable {
  /** Entries before the boundary's, which sits at entry `capacity`. */
  readonly capacity: number;
  readonly index: Map<string, number>;
  readonly sums: Int32Array;
  /** Per entry: the word's lowercase hash and its shape hash, for the features it shares with a neighbour. */
  readonly words: Uint32Array;
  readonly shapes: Uint32Array;
  /**
   * Pairs of entries (first × (capacity + 1) + second; −1 marks an empty slot; a double, as a long paper's own
   * table overflows 32 bits) by open addressing at load ≤ 0.5, and where each one's PAIR sums start in
   * `pairSums`; twice `capacity` pairs at most. Bigrams are diverse (137,769 in the 1,500 bench abstracts), so
   * many lookups add a pair, and a Map's get and set cost about what the four weights it saves do.
   */
  readonly pairKeys: Float64Array;
  readonly pairAt: Int32Array;
  pairCount: number;
  readonly pairSums: Int32Array;
  /**
   * The features of a token's context that hold few values: the gaps before and after it (before → after →
   * sums at) and the rule labels before, at and after it (before × 10⁴ + at × 10² + after → sums at).
   */
  readonly gaps: Map<number, Map<number, number>>;
  readonly rules: Map<number, number>;
  contexts: number;
  readonly contextSums: Int32Array;
}

/** Contexts kept; when a paper could find the table full, it starts over. */
const CONTEXTS = 4096;

/**
 * The tables, one per model. The sums are exact integers, so a token's emission scores do not depend on
 * whether its words' sums came from the table or were just computed: the output is the same whatever
 * the table held before (one thread or workers, any order of papers).
 */
const tables = new WeakMap<TaggerModel, WordTable>();

/** A table with room for `tokenCount` new word forms: the model's, or one for this paper alone when it has more tokens than that holds. */
function tableFor(model: TaggerModel, tokenCount: number): WordTable {
  if (tokenCount >= CAPACITY) return newTable(model, tokenCount + 1);
  let table = tables.get(model);
  if (!table) tables.set(model, (table = newTable(model, CAPACITY)));
  if (table.index.size + tokenCount > table.capacity) {
    table.index.clear();
    clearPairs(table);
  }
  if (table.pairCount + tokenCount + 1 > 2 * table.capacity) clearPairs(table);
  if (table.contexts + 2 * tokenCount > CONTEXTS + 2 * table.capacity) {
    table.gaps.clear();
    table.rules.clear();
    table.contexts = 0;
  }
  return table;
}

function newTable(model: TaggerModel, capacity: number): WordTable {
  const table = {
    capacity,
    index: new Map<string, number>(),
    sums: new Int32Array((capacity + 1) * STRIDE),
    words: new Uint32Array(capacity + 1),
    shapes: new Uint32Array(capacity + 1),
    pairKeys: new Float64Array(pairSlots(capacity)).fill(-1),
    pairAt: new Int32Array(pairSlots(capacity)),
    pairCount: 0,
    pairSums: new Int32Array(2 * capacity * PAIR),
    gaps: new Map<number, Map<number, number>>(),
    rules: new Map<number, number>(),
    contexts: 0,
    contextSums: new Int32Array((CONTEXTS + 2 * capacity) * L),
  };
  table.words[capacity] = BOUNDARY;
  table.shapes[capacity] = BOUNDARY;
  neighbourSums(model, table, capacity, BOUNDARY, BOUNDARY, BOUNDARY, BOUNDARY);
  return table;
}

/** Adds the label weights of feature `hash` (none when the model lacks it) to `out[at …]`, unrolled as in emissionScores. */
function addWeights(model: TaggerModel, hash: number, out: Int32Array, at: number): void {
  const { slots, keys, mask } = model;
  for (let s = hash & mask; slots[s * SLOT + SLOT - 1]; s = (s + 1) & mask) {
    if (keys[s * (SLOT / 2)] !== hash) continue;
    const w = s * SLOT + 2;
    out[at]! += slots[w]!;
    out[at + 1]! += slots[w + 1]!;
    out[at + 2]! += slots[w + 2]!;
    out[at + 3]! += slots[w + 3]!;
    out[at + 4]! += slots[w + 4]!;
    out[at + 5]! += slots[w + 5]!;
    out[at + 6]! += slots[w + 6]!;
    out[at + 7]! += slots[w + 7]!;
    out[at + 8]! += slots[w + 8]!;
    out[at + 9]! += slots[w + 9]!;
    out[at + 10]! += slots[w + 10]!;
    return;
  }
}

function addVector(from: Int32Array, at: number, to: Int32Array, into: number): void {
  to[into]! += from[at]!;
  to[into + 1]! += from[at + 1]!;
  to[into + 2]! += from[at + 2]!;
  to[into + 3]! += from[at + 3]!;
  to[into + 4]! += from[at + 4]!;
  to[into + 5]! += from[at + 5]!;
  to[into + 6]! += from[at + 6]!;
  to[into + 7]! += from[at + 7]!;
  to[into + 8]! += from[at + 8]!;
  to[into + 9]! += from[at + 9]!;
  to[into + 10]! += from[at + 10]!;
}

function neighbourSums(
  model: TaggerModel,
  table: WordTable,
  entry: number,
  word: number,
  shape: number,
  suffix3: number,
  cls: number,
): void {
  const { sums } = table;
  const base = entry * STRIDE;
  const before = base + AS_BEFORE * L;
  addWeights(model, mix(F.WordBefore, word), sums, before);
  addWeights(model, mix(F.ShapeBefore, shape), sums, before);
  addWeights(model, mix(F.Suffix3Before, suffix3), sums, before);
  addWeights(model, mix(F.ClassBefore, cls), sums, before);
  const after = base + AS_AFTER * L;
  addWeights(model, mix(F.WordAfter, word), sums, after);
  addWeights(model, mix(F.ShapeAfter, shape), sums, after);
  addWeights(model, mix(F.Suffix3After, suffix3), sums, after);
  addWeights(model, mix(F.ClassAfter, cls), sums, after);
  addWeights(model, mix(F.Word2Before, word), sums, base + AS_TWO_BEFORE * L);
  addWeights(model, mix(F.Word2After, word), sums, base + AS_TWO_AFTER * L);
}

/** The table entry of word form `w`, computing its sums on a miss (the hashes as tokenFeatures takes them). */
function entryOf(model: TaggerModel, table: WordTable, w: string): number {
  const known = table.index.get(w);
  if (known !== undefined) return known;
  const entry = table.index.size;
  table.index.set(w, entry);
  const { sums } = table;
  sums.fill(0, entry * STRIDE, (entry + 1) * STRIDE);

  const { word, shape, prefix2, prefix3, prefix4, casing } = hashWord(w, scratch);
  const leaf = leafOf(model.classes, word);
  const suffix3 = suffixHash(w, 3);
  table.words[entry] = word;
  table.shapes[entry] = shape;

  const own = entry * STRIDE;
  addWeights(model, mix(F.Bias, 0), sums, own);
  addWeights(model, mix(F.Word, word), sums, own);
  addWeights(model, mix(F.Shape, shape), sums, own);
  addWeights(model, mix(F.Prefix2, prefix2), sums, own);
  addWeights(model, mix(F.Prefix3, prefix3), sums, own);
  addWeights(model, mix(F.Prefix4, prefix4), sums, own);
  addWeights(model, mix(F.Suffix2, suffixHash(w, 2)), sums, own);
  addWeights(model, mix(F.Suffix3, suffix3), sums, own);
  addWeights(model, mix(F.Suffix4, suffixHash(w, 4)), sums, own);
  addWeights(model, mix(F.ClassTop, leaf >> 6), sums, own);
  addWeights(model, mix(F.ClassMid, leaf >> 3), sums, own);
  addWeights(model, mix(F.ClassLeaf, leaf), sums, own);
  addWeights(model, mix(F.ClassCasing, mix(leaf >> 3, casing)), sums, own);
  // Variant v: in the title when v < 2 (inTitle 1, else 2), at a sentence start when v is even.
  for (let v = VARIANTS - 1; v >= 0; v--) {
    const at = own + v * L;
    if (v > 0) sums.copyWithin(at, own, own + L);
    const inTitle = v < 2 ? 1 : 2;
    addWeights(model, mix(F.ShapeInTitle, mix(shape, inTitle)), sums, at);
    addWeights(model, mix(F.InTitle, inTitle), sums, at);
    addWeights(model, mix(F.Casing, mix(casing, v % 2 === 0 ? 1 : 2)), sums, at);
  }
  neighbourSums(model, table, entry, word, shape, suffix3, leaf >> 3);
  addWeights(model, mix(F.BagBefore, word), sums, own + IN_BAG_BEFORE * L);
  addWeights(model, mix(F.BagAfter, word), sums, own + IN_BAG_AFTER * L);
  addWeights(model, mix(F.RuleWord, mix(0, word)), sums, own + UNRULED * L);
  return entry;
}

function newContext(table: WordTable): number {
  const at = table.contexts++ * L;
  table.contextSums.fill(0, at, at + L);
  return at;
}

/** Where the sums of the gap features for gaps `before` and `after` a token start in `contextSums`. */
function gapsOf(model: TaggerModel, table: WordTable, before: number, after: number): number {
  let afters = table.gaps.get(before);
  if (!afters) table.gaps.set(before, (afters = new Map()));
  const known = afters.get(after);
  if (known !== undefined) return known;
  const at = newContext(table);
  afters.set(after, at);
  addWeights(model, mix(F.GapBefore, before), table.contextSums, at);
  addWeights(model, mix(F.GapAfter, after), table.contextSums, at);
  addWeights(model, mix(F.Gaps, mix(before, after)), table.contextSums, at);
  return at;
}

/** Where the sums of the rule-label features for labels `before`, `rule` and `after` (each < 100) start in `contextSums`. */
function rulesOf(model: TaggerModel, table: WordTable, before: number, rule: number, after: number): number {
  const key = before * 10000 + rule * 100 + after;
  const known = table.rules.get(key);
  if (known !== undefined) return known;
  const at = newContext(table);
  table.rules.set(key, at);
  addWeights(model, mix(F.RuleBefore, before), table.contextSums, at);
  addWeights(model, mix(F.Rule, rule), table.contextSums, at);
  addWeights(model, mix(F.RuleAfter, after), table.contextSums, at);
  addWeights(model, mix(F.RulePairBefore, mix(rule, before)), table.contextSums, at);
  addWeights(model, mix(F.RulePairAfter, mix(rule, after)), table.contextSums, at);
  return at;
}

/** Slots for twice `capacity` pairs at load ≤ 0.5: a power of two. */
function pairSlots(capacity: number): number {
  let slots = 1;
  while (slots < 4 * capacity) slots <<= 1;
  return slots;
}

function clearPairs(table: WordTable): void {
  table.pairKeys.fill(-1);
  table.pairCount = 0;
}

/** Where the bigram sums of entries `first` and `second` start in `pairSums`, computing them on a miss. */
function pairOf(model: TaggerModel, table: WordTable, first: number, second: number): number {
  const key = first * (table.capacity + 1) + second;
  const { pairKeys } = table;
  const mask = pairKeys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) & mask;
  for (; pairKeys[slot] !== -1; slot = (slot + 1) & mask) if (pairKeys[slot] === key) return table.pairAt[slot]!;
  const at = table.pairCount++ * PAIR;
  pairKeys[slot] = key;
  table.pairAt[slot] = at;
  const { pairSums, words, shapes } = table;
  pairSums.fill(0, at, at + PAIR);
  addWeights(model, mix(F.BigramBefore, mix(words[first]!, words[second]!)), pairSums, at);
  addWeights(model, mix(F.ShapeBigramBefore, mix(shapes[first]!, shapes[second]!)), pairSums, at);
  addWeights(model, mix(F.BigramAfter, mix(words[first]!, words[second]!)), pairSums, at + L);
  addWeights(model, mix(F.ShapeBigramAfter, mix(shapes[first]!, shapes[second]!)), pairSums, at + L);
  return at;
}

/**
 * The emission scores `emissionScores(tokenFeatures(…))` gives, tokens × labels, with each word form's
 * word-determined features (its own, and those it gives its neighbours) summed once per form and kept
 * in a table per model rather than looked up at every token: the same integer sums, so the same scores.
 */
export function emissions(
  text: string,
  tokens: readonly Token[],
  rules: readonly Candidate[],
  titleEnd: number,
  model: TaggerModel,
): Float64Array {
  if (LABEL_COUNT !== L) throw new Error(`emissions assumes ${L} labels, not ${LABEL_COUNT}`);
  const n = tokens.length;
  const table = tableFor(model, n);
  const { sums, words } = table;
  const boundary = table.capacity;
  const entries = new Uint32Array(n);
  const gaps = new Uint32Array(n + 1);
  for (let t = 0; t < n; t++) {
    const token = tokens[t]!;
    entries[t] = entryOf(model, table, token.text);
    gaps[t] = t > 0 ? gapHash(text, tokens[t - 1]!.end, token.start) : NEWLINE;
  }
  gaps[n] = NEWLINE;
  // pairAt[t]: the pair of token t − 1 and token t (the boundary before the first and after the last).
  const pairAt = new Uint32Array(n + 1);
  for (let t = 0; t <= n; t++) pairAt[t] = pairOf(model, table, t > 0 ? entries[t - 1]! : boundary, t < n ? entries[t]! : boundary);
  const { pairSums, contextSums } = table;

  // Integer sums (int16 weights, a few dozen a token) until the scale is applied at the end.
  const sumsAt = new Int32Array(n * L);
  // Rule candidates: per token, the strongest rule's label and every covering rule's three features.
  const ruleLabel = walkRuleCandidates(tokens, rules, (t, span, type, confidence) => {
    addWeights(model, span, sumsAt, t * L);
    addWeights(model, type, sumsAt, t * L);
    addWeights(model, confidence, sumsAt, t * L);
  });

  for (let t = 0; t < n; t++) {
    const row = t * L;
    const e = entries[t]!;
    const word = words[e]!;
    const before = gaps[t]!;
    const after = gaps[t + 1]!;
    const variant = (tokens[t]!.start < titleEnd ? 0 : 2) + (SENTENCE_GAPS.has(before) ? 0 : 1);
    addVector(sums, e * STRIDE + variant * L, sumsAt, row);
    const previous = t > 0 ? entries[t - 1]! : boundary;
    const next = t + 1 < n ? entries[t + 1]! : boundary;
    addVector(sums, previous * STRIDE + AS_BEFORE * L, sumsAt, row);
    addVector(sums, next * STRIDE + AS_AFTER * L, sumsAt, row);
    addVector(sums, (t > 1 ? entries[t - 2]! : boundary) * STRIDE + AS_TWO_BEFORE * L, sumsAt, row);
    addVector(sums, (t + 2 < n ? entries[t + 2]! : boundary) * STRIDE + AS_TWO_AFTER * L, sumsAt, row);
    addVector(pairSums, pairAt[t]!, sumsAt, row);
    addVector(pairSums, pairAt[t + 1]! + L, sumsAt, row);
    addVector(contextSums, gapsOf(model, table, before, after), sumsAt, row);
    const rule = ruleLabel[t]!;
    const ruleBefore = t > 0 ? ruleLabel[t - 1]! : 99;
    const ruleAfter = t + 1 < n ? ruleLabel[t + 1]! : 99;
    addVector(contextSums, rulesOf(model, table, ruleBefore, rule, ruleAfter), sumsAt, row);
    if (rule === 0) addVector(sums, e * STRIDE + UNRULED * L, sumsAt, row);
    else addWeights(model, mix(F.RuleWord, mix(rule, word)), sumsAt, row);
    for (let k = 1; k <= BAG && t - k >= 0 && PHRASE_GAPS.has(gaps[t - k + 1]!); k++) {
      addVector(sums, entries[t - k]! * STRIDE + IN_BAG_BEFORE * L, sumsAt, row);
    }
    for (let k = 1; k <= BAG && t + k < n && PHRASE_GAPS.has(gaps[t + k]!); k++) {
      addVector(sums, entries[t + k]! * STRIDE + IN_BAG_AFTER * L, sumsAt, row);
    }
  }
  const scale = model.scale;
  const scores = new Float64Array(n * L);
  for (let i = 0; i < scores.length; i++) scores[i] = sumsAt[i]! * scale;
  return scores;
}
