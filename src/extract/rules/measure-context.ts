// "sensitivity sampling", "coverage problem", "regret bound": a word after the measure's name makes it something bigger.
const COMPOUND_AFTER =
  /^[ -](sampling|sampler|search|estimation|estimator|algorithm|methods?|function|loss|analysis|problems?|objective|constraints?|matrix|models?|maximization|minimization)\b/i;
// "associative recall", "numerical precision": a word before the measure's name makes it something else.
const MODIFIER_BEFORE = /\b(?:associative|mixed|numerical|half|full|single|double|floating[- ]point|machine|arbitrary)[ -]$/i;

/** Whether a metric's name at [start, end) is part of a longer term that is not a measure. */
export function measureInsideOtherTerm(text: string, start: number, end: number): boolean {
  return COMPOUND_AFTER.test(text.slice(end, end + 24)) || MODIFIER_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
