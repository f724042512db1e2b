import type { Evidence } from '../model/index.js';

/** A token of the text with its offsets and its identity key (lowercase letters and digits). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

// Words keep inner hyphens, dots, plus signs and apostrophes: "GPT-4o", "Llama-3.1-8B", "C++".
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’+]|[-.](?=[\p{L}\p{N}]))*\+*/gu;

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

export function tokenKey(text: string): string {
  // Most tokens are plain ASCII words, whose key is their lowercase: the Unicode replace costs more than the test.
  return PLAIN_WORD.test(text) ? text.toLowerCase() : text.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '');
}

/** The tokens by the TOKEN expression (the reference the scanner below keeps to; tests compare the two). */
export function tokenizeByExpression(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], key: tokenKey(m[0]) });
  }
  return tokens;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point is a letter or digit (\p{L}, \p{N}), ASCII by range; a code point < 0 is none. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

const codeAt = (text: string, i: number): number => (i < text.length ? text.codePointAt(i)! : -1);
const width = (code: number): number => (code > 0xffff ? 2 : 1);

/**
 * The tokens TOKEN matches, found by one scan over the characters: the expression's matchAll, with its
 * lookahead and Unicode classes at every character, was most of preparing a paper's text.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = codeAt(text, i);
    if (!isWordChar(first)) {
      i += width(first);
      continue;
    }
    const start = i;
    i += width(first);
    for (;;) {
      const code = codeAt(text, i);
      if (code < 0) break;
      // ' ’ +
      if (code === 39 || code === 0x2019 || code === 43 || isWordChar(code)) i += width(code);
      // - or . before a letter or digit
      else if ((code === 45 || code === 46) && isWordChar(codeAt(text, i + 1))) i += 1;
      else break;
    }
    const word = text.slice(start, i);
    tokens.push({ start, end: i, text: word, key: tokenKey(word) });
  }
  return tokens;
}

/** Two adjacent tokens belong to one name only when separated by spaces, a hyphen or a slash. */
export function joinable(text: string, left: Token, right: Token): boolean {
  // One or two of " ", "-", "/", by character code: a slice and a regex per token pair cost more on the lexicon's hot path.
  const gap = right.start - left.end;
  if (gap < 1 || gap > 2) return false;
  for (let i = left.end; i < right.start; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 45 && code !== 47) return false;
  }
  return true;
}

// A sentence ends at . ! ? followed by space and an uppercase letter, digit or quote; not after
// common abbreviations (e.g., i.e., et al., vs.) or a single capital (initials; "Swin-B." ends a name).
const SENTENCE_END = /[.!?]["')\]]?\s+(?=[\p{Lu}\p{N}"'([])|\n\s*\n/gu;
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|et al|vs|cf|Fig|Eq|etc|approx|resp|Sec|No)|(?<![\p{L}\p{N}-])\p{Lu})\.["')\]]?\s+$/u;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), end))) continue;
    spans.push({ start, end: m.index + m[0].trimEnd().length });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.trimEnd().length });
  return spans.filter((s) => s.end > s.start);
}

/** The sentence containing an offset, from a sorted span list. */
export function sentenceAt(spans: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: 0 };
}

/** The evidence of a mention at [start, end) of `text`: the mention as written and the sentence it starts in. */
export function evidenceAt(text: string, sentences: readonly Span[], start: number, end: number): Evidence {
  const sentence = sentenceAt(sentences, start);
  return { mention: text.slice(start, end), start, end, sentence: text.slice(sentence.start, sentence.end) };
}

/** The same evidence over another span of `text` in its sentence (a mention widened to the words around it). */
export function widenedEvidence(evidence: Evidence, text: string, start: number, end: number): Evidence {
  return { ...evidence, mention: text.slice(start, end), start, end };
}
