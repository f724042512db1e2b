import type { Span } from '../text-spans.js';
import type { EntityMention } from './entity-mentions.js';
import type { NumberMention } from './number-mentions.js';

// "86% on the Long Range Arena benchmark", "+18 on ARC-Easy", "8.1% improvement in accuracy on NICE".
const ON_AFTER = /^[^;,]*?\b(?:on|in|for|at)\s+(?:(?:the|a|an|its|our|their)\s+)?(?:[\w-]+\s+){0,2}$/i;
const PREPOSITION_TAIL = /\b(?:on|in|for|at)\s+(?:(?:the|a|an|its|our|their)\s+)?(?:[\w-]+\s+){0,2}$/i;
// "23.6% higher coherence (NCI-2.0 benchmark)": the benchmark in parentheses right after.
const PAREN_AFTER = /^[^()\d;]{0,30}\(\s*(?:the\s+)?$/;
// "+9.1 on Terminal Bench 2" where Terminal Bench 2 is not a known benchmark: the number is on it, not on an earlier one.
const ON_OTHER_NAME = /^\s*(?:[\w-]+\s+){0,2}?(?:on|in)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}-]*/u;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/;
// "2.67% and 3.28 gains", "81.2 / 79.4": numbers coordinated with each other, reported on one place.
const NUMBER_LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+|\/\s*)$/;
const RESPECTIVELY = /\brespectively\b/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
const MAX_WORDS_BEFORE_ON = 4;

/**
 * Which benchmark each number of a sentence is on. A benchmark named right after a number ("on X")
 * binds it; "2.67% and 3.28 gains on VBench and EvalCrafter" binds pairwise; otherwise the nearest
 * benchmark before it that no other number has bound; after a list of benchmarks ("across nuScenes,
 * Waymo and KITTI … 43%"), the first of the list.
 */
export function bindBenchmarks(
  text: string,
  s: Span,
  numbers: readonly NumberMention[],
  benchmarks: readonly EntityMention[],
): Map<NumberMention, EntityMention> {
  const bound = new Map<NumberMention, EntityMention>();
  const elsewhere = new Set<NumberMention>();
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    if (bound.has(n)) continue;
    const next = benchmarks.find((b) => b.start >= n.end);
    const gap = next ? text.slice(n.end, next.start) : '';
    const otherName = ON_OTHER_NAME.exec(text.slice(n.end, s.end));
    if (otherName && (!next || next.start >= n.end + otherName[0].length)) {
      elsewhere.add(n);
      continue;
    }
    if (next && PAREN_AFTER.test(gap)) {
      bound.set(n, next);
      continue;
    }
    if (next && ON_AFTER.test(gap)) {
      const group = coordinated(text, numbers, i, next.start);
      // "improves accuracy on CIFAR-100 by 3.2 points and reaches 91.5% on SVHN": another number,
      // not coordinated with this one, is what the later "on" introduces.
      if (numbers.some((o) => o.start >= group[group.length - 1]!.end && o.end <= next.start)) continue;
      const words = wordsBetween(text, group[group.length - 1]!.end, next.start);
      if (words <= MAX_WORDS_BEFORE_ON) {
        const list = benchmarkList(text, benchmarks, next);
        if (group.length === 1 || list.length === 1) for (const o of group) bound.set(o, next);
        else if (list.length === group.length) group.forEach((o, k) => bound.set(o, list[k]!));
        else for (const o of group) elsewhere.add(o);
        continue;
      }
    }
  }
  const afterBound = new Set(bound.values());
  const byList = new Map<EntityMention, NumberMention[]>();
  for (const n of numbers) {
    if (bound.has(n) || elsewhere.has(n)) continue;
    const before = [...benchmarks].reverse().find((b) => b.end <= n.start && !afterBound.has(b));
    if (!before) continue;
    const list = listAround(text, benchmarks, before);
    if (list.length === 1) bound.set(n, before);
    else byList.set(list[0]!, [...(byList.get(list[0]!) ?? []), n]);
  }
  // "On Common Voice and FLEURS, … reduces WER from 24.1% to 18.7%": a number stated for a list of
  // benchmarks jointly is on the first one named (the annotation convention); one number for each of
  // them, "respectively", is on each in order.
  for (const [first, group] of byList) {
    const list = listAround(text, benchmarks, first);
    const pairwise = group.length === list.length && RESPECTIVELY.test(text.slice(group[group.length - 1]!.end, s.end));
    group.forEach((n, k) => bound.set(n, pairwise ? list[k]! : first));
  }
  return bound;
}

/** The number at `i` and the numbers listed right after it ("2.67% and 3.28"), all ending before `limit`. */
function coordinated(text: string, numbers: readonly NumberMention[], i: number, limit: number): NumberMention[] {
  const group = [numbers[i]!];
  for (let k = i + 1; k < numbers.length && numbers[k]!.end <= limit; k++) {
    if (!NUMBER_LIST_GAP.test(text.slice(group[group.length - 1]!.end, numbers[k]!.start))) break;
    group.push(numbers[k]!);
  }
  return group;
}

/** Words between a number and the preposition that introduces the benchmark. */
function wordsBetween(text: string, from: number, to: number): number {
  return [...text.slice(from, to).replace(PREPOSITION_TAIL, '').matchAll(WORD)].length;
}

/** B1 and the benchmarks coordinated with it: "VBench and EvalCrafter", "A, B, and C". */
function benchmarkList(text: string, benchmarks: readonly EntityMention[], first: EntityMention): EntityMention[] {
  const list = [first];
  for (let k = benchmarks.indexOf(first) + 1; k < benchmarks.length; k++) {
    const b = benchmarks[k]!;
    if (!LIST_GAP.test(text.slice(list[list.length - 1]!.end, b.start))) break;
    list.push(b);
  }
  return list;
}

/** The coordinated list ("A, B and C") that b is part of, in order; [b] alone when it is in none. */
function listAround(text: string, benchmarks: readonly EntityMention[], b: EntityMention): EntityMention[] {
  let k = benchmarks.indexOf(b);
  while (k > 0 && LIST_GAP.test(text.slice(benchmarks[k - 1]!.end, benchmarks[k]!.start))) k--;
  return benchmarkList(text, benchmarks, benchmarks[k]!);
}
