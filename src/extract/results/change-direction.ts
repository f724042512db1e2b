import type { ResultChange } from '../../model/index.js';

// Words that say which way a difference moved the measured quantity. Words of quality ("improves", "better",
// "outperforms") say nothing of it: a better error rate is a lower one.
const UP = String.raw`increas\w*|higher|more|larger|greater|faster|speed-?ups?|boosts?|boosted|boosting|rais\w*|rises?|rising|gains?|lift`;
const DOWN = String.raw`decreas\w*|reduc\w*|drops?|dropp\w*|lower\w*|fewer|less|smaller|slower|declin\w*|degrad\w*|cuts?|cutting|shrink\w*|fall\w*|loss(?:es)?`;
/** "23.6% higher", "a 1.6% drop", "3.2 BLEU gain": the word right after the number (or its measure). */
const AFTER = new RegExp(
  String.raw`^\s*(?:(?:absolute|relative|average|mean|overall|percentage|point|pp)\s+)?(?:(${UP})|(${DOWN}))\b`,
  'i',
);
/** "reduces FLOPs by 40%", "a reduction of 12%", "boosts accuracy by 3.1%": the verb or noun before the number. */
const BEFORE = new RegExp(
  String.raw`\b(?:(${UP})|(${DOWN}))\b(?:[^.;:!?]{0,60}?\s)?(?:by|of)\s+(?:(?:up to|about|approximately|nearly|roughly|around|over|more than|almost|an?|only)\s+)*\$?$`,
  'i',
);

/**
 * Which way a difference moved what it measures, when the text says: a signed number by its sign, else the
 * word of change after it ("a 1.6% drop") or before it ("reduces FLOPs by 40%"); undefined when only a word of
 * quality says it ("improves accuracy by 3%", "outperforms X by 5%").
 */
export function changeDirection(value: number, signed: boolean, before: string, after: string): ResultChange | undefined {
  if (signed) return value < 0 ? 'decrease' : 'increase';
  const next = AFTER.exec(after);
  if (next) return next[1] ? 'increase' : 'decrease';
  const previous = BEFORE.exec(before);
  if (previous) return previous[1] ? 'increase' : 'decrease';
  return undefined;
}
