import { looksLikeAcronym } from '../lexicon.js';
import { tokenize, type Token } from '../text-spans.js';
import { beginOf, LABEL_COUNT, TAGGED_TYPES, type TaggedType } from './labels.js';

/** An annotated entity: its surface forms as the guideline's gold files give them. */
export interface GoldEntity {
  readonly type: TaggedType;
  readonly forms: readonly string[];
  readonly optional?: boolean;
}

interface Occurrence {
  readonly type: TaggedType;
  readonly first: number;
  readonly last: number;
  readonly optional: boolean;
}

/**
 * BIO labels for a text from gold entities that name mentions but not offsets: every token-aligned
 * occurrence of a form is labelled, longer occurrences first, so "Llama 3.1 8B" wins over "Llama".
 * Short acronym forms match in their exact case only ("MAP" is not "map").
 */
export function goldLabels(text: string, tokens: readonly Token[], entities: readonly GoldEntity[]): Uint8Array {
  const occurrences: Occurrence[] = [];
  for (const entity of entities) {
    for (const form of new Set(entity.forms)) {
      const formTokens = tokenize(form);
      if (formTokens.length === 0) continue;
      const exact = looksLikeAcronym(form);
      for (let i = 0; i + formTokens.length <= tokens.length; i++) {
        if (matchesAt(text, tokens, i, formTokens, exact)) {
          occurrences.push({ type: entity.type, first: i, last: i + formTokens.length - 1, optional: entity.optional ?? false });
        }
      }
    }
  }
  occurrences.sort(
    (a, b) =>
      b.last - b.first - (a.last - a.first) ||
      Number(a.optional) - Number(b.optional) ||
      TAGGED_TYPES.indexOf(a.type) - TAGGED_TYPES.indexOf(b.type) ||
      a.first - b.first,
  );
  const labels = new Uint8Array(tokens.length);
  const taken = new Uint8Array(tokens.length);
  for (const o of occurrences) {
    let free = true;
    for (let t = o.first; t <= o.last; t++) if (taken[t]) free = false;
    if (!free) continue;
    const begin = beginOf(o.type);
    for (let t = o.first; t <= o.last; t++) {
      taken[t] = 1;
      labels[t] = t === o.first ? begin : begin + 1;
    }
  }
  if (labels.some((l) => l >= LABEL_COUNT)) throw new Error('label out of range');
  return labels;
}

function matchesAt(text: string, tokens: readonly Token[], i: number, form: readonly Token[], exact: boolean): boolean {
  for (let k = 0; k < form.length; k++) {
    const token = tokens[i + k]!;
    if (exact ? token.text !== form[k]!.text : token.key !== form[k]!.key) return false;
    if (k > 0) {
      const gap = text.slice(tokens[i + k - 1]!.end, token.start);
      if (gap.length > 3 || /[\n.;:!?]/.test(gap)) return false;
    }
  }
  return true;
}

/** A span a corpus annotated, with the tagged types its class may stand for. */
export interface PartialSpan {
  readonly start: number;
  readonly end: number;
  readonly types: readonly TaggedType[];
}

export interface PartialLabelling {
  /** Types a token outside every span may still be (classes the corpus does not annotate); O always may. */
  readonly outside: readonly TaggedType[] | 'any';
  /** Whether a span must be an entity of one of its types exactly (else it may also be outside, or hold a shorter entity). */
  readonly strict: boolean;
}

const ALL_LABELS = (1 << LABEL_COUNT) - 1;
const typeBits = (types: readonly TaggedType[]): number => types.reduce((m, t) => m | (0b11 << beginOf(t)), 0);

/**
 * Per token, the labels a partially annotated text allows there (bit y for label y), for training on
 * corpora whose classes differ from the guideline's: inside a span only its types (and, unless
 * strict, outside); outside every span O and the types the corpus leaves unannotated; a token a span
 * boundary cuts through is free.
 */
export function partialLabelMasks(tokens: readonly Token[], spans: readonly PartialSpan[], labelling: PartialLabelling): Uint16Array {
  const outside = labelling.outside === 'any' ? ALL_LABELS : 1 | typeBits(labelling.outside);
  const masks = new Uint16Array(tokens.length).fill(outside);
  const covered = new Uint8Array(tokens.length);
  for (const span of spans) {
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      if (token.end <= span.start || token.start >= span.end) continue;
      let mask: number;
      if (token.start < span.start || token.end > span.end) mask = ALL_LABELS;
      else if (!labelling.strict) mask = 1 | typeBits(span.types);
      else {
        const first = t === 0 || tokens[t - 1]!.end <= span.start;
        mask = span.types.reduce((m, type) => m | (1 << (beginOf(type) + (first ? 0 : 1))), 0);
      }
      masks[t] = covered[t] ? masks[t]! | mask : mask;
      covered[t] = 1;
    }
  }
  return masks;
}
