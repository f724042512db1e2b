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
