import type { ExtractedEntity, ExtractedResult, ResultChange, ResultEntityRef } from '../../model/index.js';
import { changeDirection } from './change-direction.js';
import type { Span } from '../text-spans.js';
import { bindBenchmarks } from './bind-benchmarks.js';
import { listedAfter, withListUnits } from './coordinated-numbers.js';
import { metricFitsUnit, TIME_UNITS } from './metric-units.js';
import { entityMentions, type EntityMention } from './entity-mentions.js';
import { numberMentions, type NumberMention } from './number-mentions.js';
import {
  BUILT_WITH_BETWEEN,
  COMPARED_BEFORE,
  COMPARISON_BETWEEN,
  CONDITION_AFTER,
  DELTA_AFTER,
  DELTA_BEFORE,
  FROM_BEFORE,
  LOWER_BOUND_BEFORE,
  MEANS_BEFORE,
  NOT_A_RESULT_BEFORE,
  OURS,
  OUTPERFORM,
  RANGE_AND_BEFORE,
  RANGE_FROM_BEFORE,
  SCORE_FOLLOWER,
  SETTING_AFTER,
  SETTING_BEFORE,
  SHARE_AFTER,
  SHOT_SETTING,
  TO_BEFORE,
  OWNER_AFTER,
  PAIR_TO_AFTER,
  QUANTITY_CHANGE_BEFORE,
  CONTINUED_FROM,
  UP_FROM_BEFORE,
  UPPER_BOUND_BEFORE,
} from './result-cues.js';

const HAS_DIGIT = /\d/;
// Percentage points measure a difference between two percentages, never a score.
const PERCENTAGE_POINTS = /(?:percentage points?|\bpp)$/i;
const VERSION_BEFORE = /\p{Lu}[\p{L}\p{N}-]*\s$/u;
// A metric right before the number: "mAP of 81.7", "F1 = 0.8055", "accuracy (86%)", "macro F1 0.822".
const METRIC_BEFORE_GAP =
  /^\s*(?:of|=|:|is|was|reaches|reached|to|\(|at|by|from)?\s*(?:(?:only|about|approximately|up to|over|nearly|around)\s+)?\$?\s*$/i;

/**
 * Result statements of a paper: each number of a sentence that names a benchmark, tied to that
 * benchmark, the metric and the model or method around it. `text` is the paper's (masked) text and
 * `entities` what the extractor found in it. Pure and deterministic.
 */
export function extractResults(text: string, sentences: readonly Span[], entities: readonly ExtractedEntity[]): ExtractedResult[] {
  if (!entities.some((e) => e.type === 'benchmark')) return [];
  const withDigits = sentences.filter((s) => HAS_DIGIT.test(text.slice(s.start, s.end)));
  if (withDigits.length === 0) return [];
  const mentions = entityMentions(text, entities);
  const proposed = entities.find((e) => e.type === 'method' && e.role === 'proposed');
  const results: ExtractedResult[] = [];
  for (const s of withDigits) {
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (!inSentence.some((m) => m.entity.type === 'benchmark')) continue;
    const numbers = withListUnits(text, numberMentions(text, s.start, s.end)).filter((n) => isScore(text, s, n, inSentence));
    results.push(...sentenceResults(text, s, numbers, inSentence, proposed));
  }
  return results;
}

function isScore(text: string, s: Span, n: NumberMention, mentions: readonly EntityMention[]): boolean {
  if (mentions.some((m) => m.start < n.end && n.start < m.end)) return false;
  const before = text.slice(Math.max(s.start, n.start - 12), n.start);
  if (NOT_A_RESULT_BEFORE.test(before)) return false;
  const following = text.slice(n.end, Math.min(s.end, n.end + 40));
  if (SETTING_BEFORE.test(text.slice(Math.max(s.start, n.start - 28), n.start)) || SETTING_AFTER.test(following)) return false;
  // A difference ("within 5% of the baseline accuracy", "by 3% of …") is no share.
  if (n.unit === '%' && SHARE_AFTER.test(following) && !DELTA_BEFORE.test(before)) return false;
  if (n.unit !== undefined && n.unit !== '%' && n.unit !== 'points' && n.unit !== 'x' && !TIME_UNITS.has(n.unit)) return false;
  // A duration joined to a noun names the setting ("a 3-second collision rate", "10-minute videos"), and one
  // followed by "of" an amount of data ("2,806 hours of speech"): neither is a score.
  if (TIME_UNITS.has(n.unit ?? '') && (/\d-\p{L}/u.test(text.slice(n.start, n.end)) || /^\s+of\b/.test(text.slice(n.end, n.end + 8)))) {
    return false;
  }
  if (n.unit === undefined) {
    const after = text.slice(n.end, Math.min(s.end, n.end + 24));
    const metricAfter = metricRightAfter(n, mentions) !== undefined;
    if (!metricAfter && !SCORE_FOLLOWER.test(after)) return false;
    const metric = metricAfter || metricBefore(text, n, mentions) !== undefined;
    if (!n.decimal && !n.signed && !metric) return false;
    // "Wan 2.2", "HunyuanVideo 1.5": a bare number after a name is its version.
    if (!n.signed && !metric && VERSION_BEFORE.test(before)) return false;
  } else if (/^\s*CI\b/.test(text.slice(n.end, n.end + 4))) {
    return false;
  }
  return true;
}

/** The metric named right after a number ("32.8 mAP"), if any. */
function metricRightAfter(n: NumberMention, mentions: readonly EntityMention[]): EntityMention | undefined {
  return mentions.find((m) => m.entity.type === 'metric' && m.start >= n.end && m.start - n.end <= 2);
}

/** The metric, if a number in this unit can state it ("2.3x" is no accuracy). */
function fitting(metric: EntityMention | undefined, n: NumberMention): EntityMention | undefined {
  return metric && metricFitsUnit(metric.entity.name, n.unit) ? metric : undefined;
}

function metricBefore(text: string, n: NumberMention, mentions: readonly EntityMention[]): EntityMention | undefined {
  return mentions.find(
    (m) => m.entity.type === 'metric' && m.end <= n.start && n.start - m.end <= 14 && METRIC_BEFORE_GAP.test(text.slice(m.end, n.start)),
  );
}

interface Claim {
  readonly n: NumberMention;
  benchmark?: EntityMention;
  metric?: EntityMention;
  subject?: EntityMention | ExtractedEntity;
  condition?: string;
  isDelta: boolean;
  change?: ResultChange;
  bound?: 'lower' | 'upper';
  confidence: number;
}

function sentenceResults(
  text: string,
  s: Span,
  numbers: readonly NumberMention[],
  mentions: readonly EntityMention[],
  proposed: ExtractedEntity | undefined,
): ExtractedResult[] {
  const benchmarks = mentions.filter((m) => m.entity.type === 'benchmark');
  const metrics = mentions.filter((m) => m.entity.type === 'metric');
  const subjects = mentions.filter((m) => m.entity.type === 'model' || m.entity.type === 'method');
  const claims: Claim[] = [];
  const binding = bindBenchmarks(text, s, numbers, benchmarks);
  const unmeasured = new Set<NumberMention>();
  for (const [i, n] of numbers.entries()) {
    const before = text.slice(Math.max(s.start, n.start - 60), n.start);
    if (unmeasured.has(n)) continue;
    const quantity = QUANTITY_CHANGE_BEFORE.exec(before);
    if (quantity) {
      const headEnd = n.start - before.length + quantity.index + quantity[1]!.length;
      if (!metrics.some((m) => m.end >= headEnd - 1 && m.end <= headEnd + 1)) {
        // The quantity's "from A to B" is of it too, and so is each "… and from C to D" that goes on from it.
        for (let k = i; k + 1 < numbers.length; k += 2) {
          const [from, to, then] = [numbers[k]!, numbers[k + 1]!, numbers[k + 2]];
          if (!PAIR_TO_AFTER.test(text.slice(from.end, to.start))) break;
          unmeasured.add(to);
          if (!then || !CONTINUED_FROM.test(text.slice(to.end, then.start))) break;
          unmeasured.add(then);
        }
        continue;
      }
    }
    const after = text.slice(n.end, Math.min(s.end, n.end + 60));
    // "a 4.7 mAP improvement", "3.2 BLEU gain": the measure's name may stand between the number and the word of change.
    const measure = metricRightAfter(n, metrics);
    const isDelta =
      n.signed ||
      n.unit === 'x' ||
      PERCENTAGE_POINTS.test(text.slice(n.start, n.end)) ||
      DELTA_BEFORE.test(before) ||
      DELTA_AFTER.test(after) ||
      (measure !== undefined && DELTA_AFTER.test(text.slice(measure.end, Math.min(s.end, measure.end + 60))));
    const previous = claims[claims.length - 1];
    const adjacent = previous !== undefined && previous.n === numbers[i - 1] && previous.n.upper === undefined;
    const beforePrevious = adjacent ? text.slice(s.start, previous.n.start) : '';
    // "ranges from A to B", "between A and B": A and B are the ends of one range.
    const rangeWith =
      adjacent && RANGE_FROM_BEFORE.test(beforePrevious) && (TO_BEFORE.test(before) || RANGE_AND_BEFORE.test(before))
        ? previous
        : undefined;
    // "from A to B": B is the same measurement as A, after the change.
    const pairedWith = !rangeWith && adjacent && FROM_BEFORE.test(beforePrevious) && TO_BEFORE.test(before) ? previous : undefined;
    // "…, falling from A to B": A begins its own pair with B, it is not the earlier number's before.
    const startsPair = (): boolean => numbers[i + 1] !== undefined && PAIR_TO_AFTER.test(text.slice(n.end, numbers[i + 1]!.start));
    const upFrom = !rangeWith && !pairedWith && adjacent && UP_FROM_BEFORE.test(before) && !startsPair() ? previous : undefined;
    // "improves mAP by 11.1% to 15.3%": A and B are the ends of one range of differences.
    const deltaRangeWith =
      !rangeWith && !pairedWith && !upFrom && adjacent && previous.isDelta && DELTA_BEFORE.test(beforePrevious) && TO_BEFORE.test(before)
        ? previous
        : undefined;
    const earlier = pairedWith ?? rangeWith ?? upFrom ?? deltaRangeWith;
    const benchmark = earlier?.benchmark ?? binding.get(n);
    if (!benchmark) continue;
    const metric = fitting(earlier?.metric ?? pickMetric(text, n, metrics, numbers), n);
    const picked = pickSubject(text, s, n, subjects, isDelta);
    // null: the number belongs to something compared against; undefined: no model or method named before it.
    const subject = picked === null ? undefined : (picked ?? (OURS.test(text.slice(s.start, n.start)) ? proposed : undefined));
    const conditionAfter = CONDITION_AFTER.exec(after)?.[1];
    const shot = SHOT_SETTING.exec(text.slice(s.start, s.end))?.[0];
    const bound = LOWER_BOUND_BEFORE.test(before) ? 'lower' : UPPER_BOUND_BEFORE.test(before) ? 'upper' : undefined;
    const afterMeasure = measure === undefined ? undefined : text.slice(measure.end, Math.min(s.end, measure.end + 60));
    const change = !isDelta
      ? undefined
      : (changeDirection(n.value, n.signed, before, after) ??
        (afterMeasure === undefined ? undefined : changeDirection(n.value, false, '', afterMeasure)));
    const claim: Claim = {
      n,
      benchmark,
      isDelta: isDelta && !pairedWith,
      ...(change ? { change } : {}),
      confidence: 0.5,
      ...(metric ? { metric } : {}),
      ...(subject ? { subject } : {}),
      ...(bound ? { bound } : {}),
    };
    if (deltaRangeWith) {
      deltaRangeWith.bound = 'lower';
      claim.bound = 'upper';
      claim.isDelta = true;
      claim.change ??= deltaRangeWith.change;
      claim.subject ??= deltaRangeWith.subject;
    } else if (rangeWith) {
      rangeWith.bound = 'lower';
      rangeWith.isDelta = false;
      claim.bound = 'upper';
      claim.isDelta = false;
      claim.subject ??= rangeWith.subject;
      if (rangeWith.condition === 'before') rangeWith.condition = undefined;
    } else if (upFrom) {
      upFrom.isDelta = false;
      claim.isDelta = false;
      // "reaches 71.2%, up from 65.0% for the LoRA baseline": the earlier number is the baseline's own result.
      const owner = subjects.find((m) => m.start >= n.end && OWNER_AFTER.test(text.slice(n.end, m.start)));
      if (owner) claim.subject = owner;
      else {
        upFrom.condition ??= 'after';
        claim.condition = 'before';
        claim.subject ??= upFrom.subject;
      }
    } else if (pairedWith) {
      pairedWith.condition ??= 'before';
      pairedWith.isDelta = false;
      claim.condition = conditionAfter ?? 'after';
      claim.subject ??= pairedWith.subject;
    } else if (conditionAfter ?? shot) {
      claim.condition = conditionAfter ?? shot!.toLowerCase();
    }
    // One list of numbers ("gains of 3.1% on A and 4.2% on B", "92.05% and 95.36% Dice") is one kind of claim about one measure.
    const listed = !earlier && previous && adjacent ? listedAfter(text, previous.n, n, mentions) : undefined;
    if (listed && previous) {
      claim.isDelta ||= previous.isDelta;
      if (claim.isDelta) claim.change ??= previous.change;
      claim.metric ??= fitting(previous.metric, n);
      if (listed === 'bare') previous.metric ??= fitting(measure, previous.n);
    }
    if (!upFrom && FROM_BEFORE.test(before) && !conditionAfter) claim.condition = undefined;
    claims.push(claim);
  }
  return claims.flatMap((c) => toResults(text, s, c));
}

function pickMetric(
  text: string,
  n: NumberMention,
  metrics: readonly EntityMention[],
  numbers: readonly NumberMention[],
): EntityMention | undefined {
  let best: EntityMention | undefined;
  let bestCost = Infinity;
  for (const m of metrics) {
    const [from, to] = m.start >= n.end ? [n.end, m.start] : [m.end, n.start];
    const gap = text.slice(from, to);
    if (/[;]/.test(gap) || numbers.some((o) => o !== n && o.start >= from && o.end <= to)) continue;
    // After the number only when it names what was measured right away ("86.7% success", "32.8 mAP") or after the
    // change it states ("a 1.6% drop in accuracy").
    const rightAfter = (gap.length <= 8 && !/[,.(]/.test(gap)) || CHANGE_IN.test(gap);
    const cost = m.start >= n.end ? (rightAfter ? gap.length : Infinity) : gap.length <= 60 ? gap.length : Infinity;
    if (cost < bestCost) [best, bestCost] = [m, cost];
  }
  return best;
}

const RIGHT_AFTER = /^\s*\(\s*$/;
/** "drop in", "relative improvement of": a word of change between a difference and what it measures. */
const CHANGE_IN =
  /^\s*(?:(?:absolute|relative|average)\s+)?(?:drops?|decreases?|reductions?|increases?|improvements?|gains?|boosts?|degradations?|loss(?:es)?)\s+(?:in|of)\s+(?:the\s+)?$/i;

function pickSubject(
  text: string,
  s: Span,
  n: NumberMention,
  subjects: readonly EntityMention[],
  isDelta: boolean,
): EntityMention | null | undefined {
  // "X outperforms A by 32% and B by 8%": a difference belongs to the one before the verb.
  const verb = isDelta ? OUTPERFORM.exec(text.slice(s.start, n.start)) : null;
  const limit = verb ? s.start + verb.index : n.start;
  // "X's win rate against Y on B: N" is X's; "X …, outperforming the state of the art of N" is not.
  let comparedEnd: number | undefined;
  for (let i = subjects.length - 1; i >= 0; i--) {
    const c = subjects[i]!;
    if (c.end > limit) continue;
    if (COMPARED_BEFORE.test(text.slice(Math.max(s.start, c.start - 40), c.start))) {
      // "outperforming DeiT-B (81.8%)": a number in brackets right after the compared one is its own.
      if (comparedEnd === undefined && RIGHT_AFTER.test(text.slice(c.end, n.start))) return c;
      comparedEnd ??= c.end;
      continue;
    }
    const between = text.slice(comparedEnd ?? c.end, n.start);
    if (between.includes(';')) return undefined;
    // "X achieves more than 96%": the "than" of a bound compares the number with nothing.
    const compared = between.replace(LOWER_BOUND_BEFORE, '').replace(UPPER_BOUND_BEFORE, '');
    if (!isDelta && COMPARISON_BETWEEN.test(compared)) return null;
    return comparedEnd === undefined ? builtUpon(text, s, subjects, i) : c;
  }
  return undefined;
}

/**
 * The subject a component or a means (a method after "with", "via", "(") belongs to: in "TokenDrop with
 * a Swin-B backbone achieves 51.8", TokenDrop; in "DINOv2, evaluated with linear probing, achieves 47.9" or "DINOv2 achieves 47.9 mIoU
 * with linear probing and 49.0 with fine-tuning", DINOv2.
 */
function builtUpon(text: string, s: Span, subjects: readonly EntityMention[], i: number): EntityMention {
  let k = i;
  while (
    k > 0 &&
    subjects[k - 1]!.start >= s.start &&
    (BUILT_WITH_BETWEEN.test(text.slice(subjects[k - 1]!.end, subjects[k]!.start)) ||
      (subjects[k]!.entity.type === 'method' &&
        MEANS_BEFORE.test(text.slice(Math.max(s.start, subjects[k]!.start - 40), subjects[k]!.start))))
  )
    k--;
  return subjects[k]!;
}

function ref(e: ExtractedEntity, text: string, m?: EntityMention): ResultEntityRef {
  const mention = m ? text.slice(m.start, m.end) : undefined;
  return { type: e.type, name: e.name, key: e.key, ...(mention !== undefined && mention !== e.name ? { mention } : {}) };
}

function toResults(text: string, s: Span, c: Claim): ExtractedResult[] {
  const subjectMention = c.subject && 'entity' in c.subject ? c.subject : undefined;
  const subject = subjectMention ? subjectMention.entity : (c.subject as ExtractedEntity | undefined);
  const confidence = Math.min(0.95, c.confidence + (c.metric ? 0.15 : 0) + (subject ? 0.15 : 0) + (c.n.unit ? 0.1 : 0));
  const base = {
    benchmark: ref(c.benchmark!.entity, text, c.benchmark),
    ...(c.n.unit !== undefined ? { unit: c.n.unit } : {}),
    ...(c.metric ? { metric: ref(c.metric.entity, text, c.metric) } : {}),
    ...(subject ? { subject: ref(subject, text, subjectMention) } : {}),
    ...(c.condition !== undefined ? { condition: c.condition } : {}),
    isDelta: c.isDelta,
    ...(c.isDelta && c.change ? { change: c.change } : {}),
    evidence: { mention: text.slice(c.n.start, c.n.end), start: c.n.start, end: c.n.end, sentence: text.slice(s.start, s.end) },
    confidence: Number(confidence.toFixed(3)),
  };
  if (c.n.upper === undefined) return [{ ...base, value: c.n.value, ...(c.bound ? { bound: c.bound } : {}) }];
  // A range "63%-66%" says the value lies between its ends: two bounds.
  return [
    { ...base, value: c.n.value, bound: 'lower' },
    { ...base, value: c.n.upper, bound: 'upper' },
  ];
}
