import type { EntityMention } from './entity-mentions.js';
import type { NumberMention } from './number-mentions.js';

// What may stand between two members of one list of numbers: a conjunction or a comma, after up to two
// words of the first member's claim and the thing it is on ("3.1% on A and 4.2% on B", "13.4% improvement
// on MATH, 8.8% on GPQA", "6.5% (LLaVA), 4.0% (Qwen2VL)"), never a clause of its own ("while", "than").
// Named things are read as "B" here, LaTeX dollars dropped.
const LIST_GAP =
  /^\s*(?:(?!(?:while|whereas|but|than|vs|versus|compared|and|or)\b)[\p{L}\d-]+\s+){0,2}(?:(?:on|in|for|across|with)\s+(?:the\s+)?B(?:\s+(?:benchmarks?|datasets?|splits?|sets?))?\s*|\(\s*B\s*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/iu;
// Two members with nothing but the conjunction between them share the last one's unit ("1.38 and 4.98 points").
const BARE_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/i;

/** The gap between two numbers, the things named in it replaced by "B". */
function gapText(text: string, a: NumberMention, b: NumberMention, named: readonly EntityMention[]): string {
  let gap = '';
  let at = a.end;
  for (const m of named) {
    if (m.start < at || m.end > b.start) continue;
    gap += `${text.slice(at, m.start)}B`;
    at = m.end;
  }
  return (gap + text.slice(at, b.start)).replace(/\$/g, '');
}

/**
 * Whether `b` is the next member of a list of numbers that `a` is in: "bare" when only the conjunction
 * stands between them ("92.05% and 95.36%"), "list" when `a`'s benchmark does too ("3.1% on A and 4.2% on B").
 */
export function listedAfter(
  text: string,
  a: NumberMention,
  b: NumberMention,
  named: readonly EntityMention[],
): 'bare' | 'list' | undefined {
  const gap = gapText(text, a, b, named);
  return BARE_GAP.test(gap) ? 'bare' : LIST_GAP.test(gap) ? 'list' : undefined;
}

/**
 * A number written bare before a list member with a unit takes that unit ("by 1.38 and 4.98 percentage
 * points", "0.91, 0.93 and 0.95 s"): the unit is written once for the list.
 */
export function withListUnits(text: string, numbers: readonly NumberMention[]): NumberMention[] {
  const out = [...numbers];
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (
      a.unit === undefined &&
      b.unit !== undefined &&
      a.upper === undefined &&
      BARE_GAP.test(text.slice(a.end, b.start).replace(/\$/g, ''))
    ) {
      out[i] = { ...a, unit: b.unit };
    }
  }
  return out;
}
