import type { Candidate } from '../candidate.js';
import type { Token } from '../text-spans.js';

/** Hashed features of each token: token t's are `hashes[offsets[t]]` up to `hashes[offsets[t + 1]]`. */
export interface TokenFeatures {
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
}

/** 32-bit FNV-1a: feature strings are hashed, never stored, so the model holds numbers only. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "GPT-4o" → "X-dx": capitals, lowercase, digits, with runs collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (!shape.endsWith(c)) shape += c;
  }
  return shape;
}

/** What separates two tokens, reduced to its punctuation: "_" for spaces only, "NL" for a line break. */
function gapClass(gap: string): string {
  if (gap.includes('\n')) return 'NL';
  const marks = gap.replace(/\s+/g, '');
  return marks === '' ? '_' : marks.slice(0, 3);
}

const confidenceClass = (c: number): string => c.toFixed(2);

/**
 * Features of each token: the word, its shape and affixes, a two-word window, the punctuation
 * around it, whether it is in the title, and — stacking — what the rules claimed about it (the
 * type and confidence of every rule candidate covering it, and where in that candidate it sits).
 */
export function tokenFeatures(text: string, tokens: readonly Token[], rules: readonly Candidate[], titleEnd: number): TokenFeatures {
  const n = tokens.length;
  const lower = tokens.map((t) => t.text.toLowerCase());
  const shapes = tokens.map((t) => wordShape(t.text));
  const ruleTags: string[][] = Array.from({ length: n }, () => []);
  const ruleLabel: string[] = new Array<string>(n).fill('O');
  const ruleLabelConfidence = new Float64Array(n);
  for (const c of rules) {
    if (c.type === 'topic' || c.type === 'repo') continue;
    const first = firstTokenAtOrAfter(tokens, c.start);
    const conf = confidenceClass(c.confidence);
    for (let t = first; t < n && tokens[t]!.end <= c.end; t++) {
      const pos = t === first ? 'B' : 'I';
      const end = t + 1 >= n || tokens[t + 1]!.end > c.end ? 'E' : '';
      ruleTags[t]!.push(`r${pos}${end}:${c.type}:${conf}`, `r:${c.type}`, `rc:${conf}`);
      if (c.confidence > ruleLabelConfidence[t]!) {
        ruleLabelConfidence[t] = c.confidence;
        ruleLabel[t] = `${pos}-${c.type}`;
      }
    }
  }
  const hashes: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const word = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]!);
  for (let t = 0; t < n; t++) {
    const w = lower[t]!;
    const shape = shapes[t]!;
    const inTitle = tokens[t]!.start < titleEnd ? 'T' : 'A';
    const before = gapClass(t > 0 ? text.slice(tokens[t - 1]!.end, tokens[t]!.start) : '\n');
    const after = gapClass(t + 1 < n ? text.slice(tokens[t]!.end, tokens[t + 1]!.start) : '\n');
    const features = [
      'bias',
      `w:${w}`,
      `sh:${shape}`,
      `sh:${shape}:${inTitle}`,
      `p2:${w.slice(0, 2)}`,
      `p3:${w.slice(0, 3)}`,
      `s2:${w.slice(-2)}`,
      `s3:${w.slice(-3)}`,
      `s4:${w.slice(-4)}`,
      `w-1:${word(t - 1)}`,
      `w+1:${word(t + 1)}`,
      `w-2:${word(t - 2)}`,
      `w+2:${word(t + 2)}`,
      `w-1w:${word(t - 1)}|${w}`,
      `ww+1:${w}|${word(t + 1)}`,
      `sh-1:${t > 0 ? shapes[t - 1] : '<s>'}`,
      `sh+1:${t + 1 < n ? shapes[t + 1] : '</s>'}`,
      `g<:${before}`,
      `g>:${after}`,
      `g<>:${before}|${after}`,
      `r-1:${t > 0 ? ruleLabel[t - 1] : '<s>'}`,
      `r0:${ruleLabel[t]}`,
      `r+1:${t + 1 < n ? ruleLabel[t + 1] : '</s>'}`,
      `r0w:${ruleLabel[t]}|${w}`,
      ...ruleTags[t]!,
    ];
    for (const f of features) hashes.push(hashFeature(f));
    offsets[t + 1] = hashes.length;
  }
  return { hashes: Uint32Array.from(hashes), offsets };
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
