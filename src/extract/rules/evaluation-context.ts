import { anchoredMatches } from './anchored-matches.js';
import { isBareQuantity, isCoinedName, isGenericAcronym, isHardware } from './names.js';

export interface ContextMatch {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

// A sentence reporting results: these verbs and nouns mark where datasets and measures are named.
const RESULTS_SENTENCE =
  /\b(?:evaluat\w*|experiments?|results?|achiev\w*|outperform\w*|surpass\w*|improv\w*|reduc\w*|state-of-the-art|benchmarks?|accuracy|gains?)\b/i;
const NAME = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*`;
// "on CIFAR-10, CIFAR-100, and Tiny-ImageNet": the list after the preposition, names separated by commas or "and".
const ON_NAMES = new RegExp(
  String.raw`\b(?:on|across|over)\s+(?:the\s+)?(${NAME}(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)${NAME})*)`,
  'gu',
);
const LIST_SEPARATOR = /,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u;
// arXiv abstracts often write numbers in LaTeX math: "by $51\\%$".
const CHANGE_BY =
  /\b(?:reduc\w*|improv\w*|cuts?|lowers?|increas\w*|boosts?|raises?|decreas\w*)\s+(?:the\s+)?((?:[\p{L}][\p{L}\p{N}@-]*\s){0,2}?[\p{L}][\p{L}\p{N}@-]*)\s+by\s+(?:up\s+to\s+|over\s+|about\s+)?\$?\d/iuy;
const VALUE_OF =
  /\b(?:an?|the)\s+((?:[\p{L}][\p{L}\p{N}@-]*\s){0,2}?[\p{L}][\p{L}\p{N}@-]*)\s+of\s+(?:up\s+to\s+|over\s+|about\s+)?\$?\d+(?:\.\d+)?\s?%?/iuy;
// Where each can match: a verb or article and at most four words before "by 3" / "of 3".
const MEASURE_PATTERNS = [
  { phrase: CHANGE_BY, anchor: /(?<=\s)by\s+(?:up\s+to\s+|over\s+|about\s+)?\$?\d/giu, runs: 5 },
  { phrase: VALUE_OF, anchor: /(?<=\s)of\s+(?:up\s+to\s+|over\s+|about\s+)?\$?\d/giu, runs: 4 },
];

// What a measure's name ends in: "acceleration ratio", "wall clock speedup", "error rate".
const MEASURE_HEAD =
  /(?:rate|ratio|error|score|accuracy|speedup|speed-up|precision|recall|distance|divergence|loss|latency|throughput|gap|coefficient|similarity|perplexity|fidelity)$/i;

// Leading words that judge a measure rather than name it: "near perfect accuracy", "respectable F1 score".
const EVALUATIVE =
  /^(?:(?:near|nearly|perfect|respectable|competitive|strong|high|higher|low|lower|overall|significant|better|best|state-of-the-art|superior|remarkable|impressive)\s+)+/i;

// Words that follow "reduce … by" or "a … of 3" without being measures.
const NOT_MEASURE =
  /^(?:performance|state-of-the-art|the|a|an|it|this|that|them|its|their|our|number|amount|factor|order|total|average|size|set|series|range|sequence|lot|cost|costs|budget|parameters?|samples?|steps?|layers?|tokens?|models?|data|training|memory|time|times)$/i;

/** Coined names after "on / across / over" in a sentence that reports results: likely datasets. */
export function evaluatedOn(text: string, sentence: { start: number; end: number }): ContextMatch[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!RESULTS_SENTENCE.test(body)) return [];
  const found: ContextMatch[] = [];
  for (const m of body.matchAll(ON_NAMES)) {
    const list = m[1]!;
    let at = sentence.start + m.index + m[0].length - list.length;
    for (const part of list.split(LIST_SEPARATOR)) {
      const start = text.indexOf(part, at);
      at = start + part.length;
      if (!isCoinedName(part) || isGenericAcronym(part) || isBareQuantity(part) || isHardware(part) || part.length < 3) continue;
      found.push({ name: part, start, end: start + part.length });
    }
  }
  return found;
}

/** Measures reported with a number: "reduces AbsRel by 12.8%", "an accuracy of 93.1%". */
export function reportedMeasures(text: string): ContextMatch[] {
  const found: ContextMatch[] = [];
  for (const { phrase, anchor, runs } of MEASURE_PATTERNS) {
    for (const m of anchoredMatches(text, phrase, anchor, runs)) {
      const name = m[1]!.trim().replace(EVALUATIVE, '');
      const words = name.split(/\s+/);
      if (!name) continue;
      if (words.some((w) => NOT_MEASURE.test(w))) continue;
      const acronym = words.length === 1 && /\p{Lu}.*\p{Lu}|\p{Lu}.*\d/u.test(name) && !isGenericAcronym(name);
      if (!acronym && !MEASURE_HEAD.test(name)) continue;
      const start = m.index + m[0].indexOf(name, 1);
      found.push({ name, start, end: start + name.length });
    }
  }
  return found;
}
