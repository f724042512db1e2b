import type { Candidate } from '../candidate.js';
import type { Token } from '../text-spans.js';
import { TAGGED_TYPES } from './labels.js';

/** Hashed features of each token: token t's are `hashes[offsets[t]]` up to `hashes[offsets[t + 1]]`. */
export interface TokenFeatures {
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
}

/** 32-bit FNV-1a over s[from, to): strings are hashed in place, never stored, so the model holds numbers only. */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
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

/** "GPT-4o" → "X-dx": capitals, lowercase, digits, with runs collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = word[i]!;
    else c = /\p{Lu}/u.test(word[i]!) ? 'X' : /\p{Ll}/u.test(word[i]!) ? 'x' : /\p{N}/u.test(word[i]!) ? 'd' : '~';
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

/** What separates two tokens, reduced to its punctuation: "_" for spaces only, "NL" for a line break. */
function gapHash(text: string, from: number, to: number): number {
  let marks = '';
  for (let i = from; i < to && marks.length < 3; i++) {
    const ch = text[i]!;
    if (ch === '\n') return NEWLINE;
    if (ch !== ' ' && ch !== '\t') marks += ch;
  }
  return marks === '' ? SPACE : hashString(marks);
}

const SPACE = hashString('_');
const NEWLINE = hashString('NL');
const BOUNDARY = hashString('<s>');

// Feature templates: each feature is mix(template, value); every token has one of each up to RuleWord.
const TEMPLATES = 24;
const enum F {
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
}

/**
 * Features of each token: the word, its shape and affixes, a two-word window, the punctuation
 * around it, whether it is in the title, and — stacking — what the rules claimed about it (the
 * type and confidence of every rule candidate covering it, and where in that candidate it sits).
 */
export function tokenFeatures(text: string, tokens: readonly Token[], rules: readonly Candidate[], titleEnd: number): TokenFeatures {
  const n = tokens.length;
  const words = new Uint32Array(n);
  const shapes = new Uint32Array(n);
  const lower: string[] = new Array<string>(n);
  for (let t = 0; t < n; t++) {
    lower[t] = tokens[t]!.text.toLowerCase();
    words[t] = hashString(lower[t]!);
    shapes[t] = hashString(wordShape(tokens[t]!.text));
  }
  // Per token, the strongest rule's label (B/I × type, 0 for none) and every covering rule's features.
  const ruleLabel = new Uint32Array(n);
  const ruleConfidence = new Float64Array(n);
  const ruleFeatures: number[][] = Array.from({ length: n }, () => []);
  for (const c of rules) {
    if (c.type === 'topic' || c.type === 'repo') continue;
    const type = TAGGED_TYPES.indexOf(c.type) + 1;
    const confidence = Math.round(c.confidence * 100);
    const first = firstTokenAtOrAfter(tokens, c.start);
    for (let t = first; t < n && tokens[t]!.end <= c.end; t++) {
      const position = (t === first ? 1 : 2) + (t + 1 >= n || tokens[t + 1]!.end > c.end ? 2 : 0);
      ruleFeatures[t]!.push(
        mix(F.RuleSpan, mix(mix(position, type), confidence)),
        mix(F.RuleType, type),
        mix(F.RuleConfidence, confidence),
      );
      if (c.confidence > ruleConfidence[t]!) {
        ruleConfidence[t] = c.confidence;
        ruleLabel[t] = type * 2 + (t === first ? 0 : 1);
      }
    }
  }
  const hashes = new Uint32Array(n * TEMPLATES + ruleFeatures.reduce((sum, r) => sum + r.length, 0));
  let at = 0;
  const offsets = new Uint32Array(n + 1);
  const wordAt = (i: number): number => (i < 0 || i >= n ? BOUNDARY : words[i]!);
  for (let t = 0; t < n; t++) {
    const w = lower[t]!;
    const inTitle = tokens[t]!.start < titleEnd ? 1 : 2;
    const before = t > 0 ? gapHash(text, tokens[t - 1]!.end, tokens[t]!.start) : NEWLINE;
    const after = t + 1 < n ? gapHash(text, tokens[t]!.end, tokens[t + 1]!.start) : NEWLINE;
    const rule = ruleLabel[t]!;
    for (const h of [
      mix(F.Bias, 0),
      mix(F.Word, words[t]!),
      mix(F.Shape, shapes[t]!),
      mix(F.ShapeInTitle, mix(shapes[t]!, inTitle)),
      mix(F.Prefix2, hashString(w, 0, 2)),
      mix(F.Prefix3, hashString(w, 0, 3)),
      mix(F.Suffix2, hashString(w, Math.max(0, w.length - 2))),
      mix(F.Suffix3, hashString(w, Math.max(0, w.length - 3))),
      mix(F.Suffix4, hashString(w, Math.max(0, w.length - 4))),
      mix(F.WordBefore, wordAt(t - 1)),
      mix(F.WordAfter, wordAt(t + 1)),
      mix(F.Word2Before, wordAt(t - 2)),
      mix(F.Word2After, wordAt(t + 2)),
      mix(F.BigramBefore, mix(wordAt(t - 1), words[t]!)),
      mix(F.BigramAfter, mix(words[t]!, wordAt(t + 1))),
      mix(F.ShapeBefore, t > 0 ? shapes[t - 1]! : BOUNDARY),
      mix(F.ShapeAfter, t + 1 < n ? shapes[t + 1]! : BOUNDARY),
      mix(F.GapBefore, before),
      mix(F.GapAfter, after),
      mix(F.Gaps, mix(before, after)),
      mix(F.RuleBefore, t > 0 ? ruleLabel[t - 1]! : 99),
      mix(F.Rule, rule),
      mix(F.RuleAfter, t + 1 < n ? ruleLabel[t + 1]! : 99),
      mix(F.RuleWord, mix(rule, words[t]!)),
    ])
      hashes[at++] = h;
    for (const h of ruleFeatures[t]!) hashes[at++] = h;
    offsets[t + 1] = at;
  }
  return { hashes, offsets };
}

function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
