import { typedEntityKey } from '../../model/index.js';
import { changed, type Candidate } from '../candidate.js';

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set(Object.values(CLOSER));
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Where the first bracket of `s` that `s` does not match is (an unclosed opener or a stray closer), or -1. */
export function unbalancedAt(s: string): number {
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch in CLOSER) open.push(i);
    else if (CLOSERS.has(ch)) {
      if (open.length === 0 || CLOSER[s[open.at(-1)!]!] !== ch) return i;
      open.pop();
    }
  }
  return open[0] ?? -1;
}

/**
 * The part of `s` an unmatched bracket does not cut into: what comes before it ("text-to-image (T2I" is
 * "text-to-image", "Terminal-Bench 2.0) M.1" is "Terminal-Bench 2.0"), or what comes after it when
 * nothing comes before ("(DBSCAN" is "DBSCAN"). [offset, length] within `s`.
 */
function balancedPart(s: string): readonly [number, number] {
  let from = 0;
  let to = s.length;
  for (let at = unbalancedAt(s.slice(from, to)); at >= 0; at = unbalancedAt(s.slice(from, to))) {
    const before = s.slice(from, from + at);
    if (HAS_WORD.test(before)) to = from + before.trimEnd().length;
    else from += at + 1 + (s.slice(from + at + 1).length - s.slice(from + at + 1).trimStart().length);
  }
  return [from, Math.max(from, to)];
}

const balanced = (s: string): string => {
  const [from, to] = balancedPart(s);
  return s.slice(from, to);
};

/**
 * A name is never cut inside brackets: a span that opens a bracket it does not close, or closes one it
 * did not open, keeps the side of the bracket that stands alone. The learned tagger and the phrase rules
 * end spans at word boundaries, so a long form and its acronym ("text-to-image (T2I) generation") can be cut
 * after the acronym's opening bracket. Undefined when no word is left.
 */
export function withBalancedBrackets(c: Candidate, text: string): Candidate | undefined {
  if (c.type === 'repo') return c;
  const mention = text.slice(c.start, c.end);
  if (unbalancedAt(mention) < 0 && unbalancedAt(c.name) < 0) return c;
  const [from, to] = balancedPart(mention);
  if (!HAS_WORD.test(mention.slice(from, to))) return undefined;
  const name = balanced(c.name);
  const named = HAS_WORD.test(name) ? name : mention.slice(from, to);
  // Aliases cut inside brackets are dropped once, after resolving (resolve.ts), wherever they came from.
  return changed(c, { name: named, key: typedEntityKey(c.type, named), start: c.start + from, end: c.start + to });
}
