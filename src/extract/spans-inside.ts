import type { Span } from './text-spans.js';

/**
 * Whether a span lies inside one of the phrases and is shorter than it: a phrase that starts at or
 * before the span and ends at or after it, not the span itself. A prefix maximum of phrase ends over
 * phrases sorted by start answers each span with a binary search instead of a scan of all phrases.
 */
export function strictlyInsideAny(phrases: readonly Span[]): (span: Span) => boolean {
  const sorted = [...phrases].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const p of sorted) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -Infinity, p.end));
  // The number of phrases starting before (or at, when inclusive) an offset.
  const countStarting = (offset: number, inclusive: boolean): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = sorted[mid]!.start;
      if (s < offset || (inclusive && s === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const endOfFirst = (count: number): number => (count === 0 ? -Infinity : maxEnd[count - 1]!);
  // start <= s, end >= e and longer: either it starts before s and reaches e, or starts at s or before and ends after e.
  return ({ start, end }) => endOfFirst(countStarting(start, false)) >= end || endOfFirst(countStarting(start, true)) > end;
}
