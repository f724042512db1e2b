import { entityKey } from '../../model/index.js';
import type { Candidate } from '../candidate.js';
import { lookupLexicon, type CompiledLexicon } from '../lexicon.js';
import { logisticScore, type LogisticModel } from '../logistic.js';
import { isCoinedName } from '../rules/names.js';
import { withModifiersOf } from './modified-heads.js';
import type { TaggedType } from './labels.js';
import type { TaggedSpan } from './tag.js';

/**
 * The arbiter: a logistic model over what each generator said about a candidate (which rule made
 * it, its confidence, whether the tagger found the same span, with which type and margin, what the
 * lexicon calls the words, the other rules on the same words, the name's form and the word before it),
 * trained on the two folds' unseen abstracts by scripts/tune-combine.ts. A candidate of a type it
 * judges is dropped where its log-odds are below 0, and loses its words to an overlapping one it
 * scores higher.
 */
export interface ArbiterModel extends LogisticModel {
  /** The types it judges (those it beat the thresholds on, on the folds); the others keep the thresholds' decision. */
  readonly types: readonly TaggedType[];
  /** The types whose lexicon candidates it keeps without judging them (chosen on the folds). */
  readonly lexiconKeeps?: readonly TaggedType[];
}

export interface ArbiterContext {
  readonly text: string;
  readonly lexicon: CompiledLexicon;
  readonly titleEnd: number;
}

const marginBucket = (margin: number): string => (margin >= 8 ? '8+' : margin >= 4 ? '4' : margin >= 2 ? '2' : margin >= 1 ? '1' : '0');

function relation(c: { start: number; end: number; type: string }, other: { start: number; end: number; type: string }): string {
  const same = c.type === other.type ? 'same' : 'other';
  return c.start === other.start && c.end === other.end ? `exact-${same}` : `overlap-${same}`;
}

/** The arbiter's features of one candidate, as names (the model's keys). */
export function arbiterFeatures(
  c: Candidate,
  rules: readonly Candidate[],
  spans: readonly TaggedSpan[],
  context: ArbiterContext,
  lowerText: string = context.text.toLowerCase(),
): string[] {
  const source = c.rule ?? 'rule';
  const surface = context.text.slice(c.start, c.end);
  const overlaps = <T extends { start: number; end: number }>(x: T): boolean => x.start < c.end && c.start < x.end;
  const features = ['bias', `source:${source}`, `type:${c.type}`, `source&type:${source}&${c.type}`];
  features.push(`confidence&type:${Math.round(c.confidence * 20)}&${c.type}`);
  const exact = spans.find((s) => s.start === c.start && s.end === c.end);
  if (source === 'tagger') {
    if (exact) features.push(`margin&type:${marginBucket(exact.margin)}&${c.type}`);
    const other = rules.filter((r) => overlaps(r) && r.type !== 'topic' && r.type !== 'repo');
    const strongest = other.reduce<Candidate | undefined>((best, r) => (!best || r.confidence > best.confidence ? r : best), undefined);
    features.push(strongest ? `rule:${relation(c, strongest)}&${strongest.rule ?? 'rule'}` : 'rule:none');
  } else {
    const span = spans.find(overlaps);
    features.push(span ? `tagger:${relation(c, span)}&${c.type}` : `tagger:none&${c.type}`);
    if (span) features.push(`tagger-margin:${marginBucket(span.margin)}`);
  }
  const known = lookupLexicon(context.lexicon, surface, entityKey(surface));
  features.push(`lexicon:${known ? (known.type === c.type ? 'same' : known.type) : 'none'}&${c.type}`);
  const words = surface.split(/\s+/);
  features.push(`words&type:${Math.min(4, words.length)}&${c.type}`);
  if (c.start < context.titleEnd) features.push(`title&type:${c.type}`);
  if (words.some(isCoinedName)) features.push(`coined&type:${c.type}`);
  else if (surface === surface.toLowerCase()) features.push(`lowercase&type:${c.type}`);
  taggerView(c, exact, spans, features);
  ruleView(c, rules, features);
  surfaceView(c, surface, words, context.text, lowerText, features);
  titleView(c, words, lowerText, context.titleEnd, features);
  return features;
}

/** What the tagger said about the candidate's words: the same span (its type and margin), a span around, inside or across it, or nothing. */
function taggerView(c: Candidate, exact: TaggedSpan | undefined, spans: readonly TaggedSpan[], features: string[]): void {
  if (exact) {
    features.push(`exact-tagger:${exact.type === c.type ? 'same' : exact.type}&${c.type}&${marginBucket(exact.margin)}`);
    return;
  }
  // The overlapping span of the highest margin, the first of equals.
  let surest: TaggedSpan | undefined;
  for (const s of spans) if (s.start < c.end && c.start < s.end && (!surest || s.margin > surest.margin)) surest = s;
  if (!surest) {
    features.push(`no-tagger&${c.rule ?? 'rule'}&${c.type}`);
    return;
  }
  const where =
    surest.start <= c.start && surest.end >= c.end ? 'inside' : surest.start >= c.start && surest.end <= c.end ? 'contains' : 'cross';
  features.push(`over-tagger:${where}&${surest.type === c.type ? 'same' : surest.type}&${c.type}`);
}

/** How many rules claim the same span and type, and which other rules claim overlapping words (longer, shorter, or the same span as another type). */
function ruleView(c: Candidate, rules: readonly Candidate[], features: string[]): void {
  let agreeing = 0;
  const others: Candidate[] = [];
  for (const r of rules) {
    if (r.start === c.start && r.end === c.end && r.type === c.type) agreeing++;
    else if (others.length < 3 && r.start < c.end && c.start < r.end && r.type !== 'topic' && r.type !== 'repo') others.push(r);
  }
  features.push(`agree:${Math.min(3, agreeing)}&${c.type}`);
  for (const r of others) {
    const extent = r.start === c.start && r.end === c.end ? 'exact' : r.end - r.start > c.end - c.start ? 'longer' : 'shorter';
    features.push(`other-rule:${r.rule ?? 'rule'}&${r.type === c.type ? 'same' : 'other'}&${extent}&${c.type}`);
  }
}

/** The name's own form and its place: how often the paper repeats it, digits, hyphens, capitals, a plural, its last word and the word before it. */
function surfaceView(c: Candidate, surface: string, words: readonly string[], text: string, lowerText: string, features: string[]): void {
  const key = surface.toLowerCase();
  let repeats = 0;
  for (let i = lowerText.indexOf(key); i >= 0 && repeats < 3; i = lowerText.indexOf(key, i + 1)) repeats++;
  features.push(`freq:${repeats}&${c.type}`);
  if (/\d/.test(surface)) features.push(`digit&${c.type}`);
  if (surface.includes('-')) features.push(`hyphen&${c.type}`);
  if (/^[A-Z0-9-]+$/.test(surface)) features.push(`caps&${c.type}`);
  if (surface.endsWith('s')) features.push(`plural&${c.type}`);
  features.push(`last:${words[words.length - 1]!.toLowerCase()}&${c.type}`);
  const before =
    text
      .slice(Math.max(0, c.start - 20), c.start)
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .pop() ?? '^';
  features.push(`prev:${before}&${c.type}`);
}

/**
 * Whether the name is Title-Case (every word of two or more capitalised: a title's phrase or a coined name)
 * and whether the paper says it only in its title ("… via Trajectory Weighting"), which the abstract's
 * own names seldom are.
 */
function titleView(c: Candidate, words: readonly string[], lowerText: string, titleEnd: number, features: string[]): void {
  const titleCase = words.length >= 2 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
  const inTitle = c.start < titleEnd;
  const titleOnly = inTitle && !lowerText.includes(lowerText.slice(c.start, c.end), titleEnd);
  const place = titleOnly ? 'title-only' : inTitle ? 'title' : 'body';
  if (titleCase) features.push(`titlecase&${place}&${c.type}`);
  else if (titleOnly) features.push(`title-only&${c.type}`);
}

/**
 * The candidates the arbiter keeps (it judges only its types: never topics or links). Where two kept
 * candidates of its types claim overlapping words for different entities, the one with the higher
 * log-odds keeps them (the tagger's "mini-ImageNet" over the lexicon's "ImageNet" inside it), ties
 * to the earlier candidate; a task or measure that wins over a longer one it ends takes the longer one's
 * modifiers (`withModifiersOf`).
 */
export function arbitrate(
  candidates: readonly Candidate[],
  rules: readonly Candidate[],
  spans: readonly TaggedSpan[],
  context: ArbiterContext,
  model: ArbiterModel,
): Candidate[] {
  const judged = new Set<string>(model.types);
  const lexiconKeeps = new Set<string>(model.lexiconKeeps ?? []);
  const lowerText = context.text.toLowerCase();
  const scores = candidates.map((c) =>
    judged.has(c.type) && !(c.rule === 'lexicon' && lexiconKeeps.has(c.type))
      ? logisticScore(model, arbiterFeatures(c, rules, spans, context, lowerText))
      : Infinity,
  );
  const keep = scores.map((s) => s >= 0);
  const order = candidates
    .map((_, i) => i)
    .filter((i) => keep[i] && scores[i] !== Infinity)
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  const kept: { at: number; c: Candidate }[] = [];
  const overlapping = (c: Candidate, start: number, end: number): boolean => c.start < end && start < c.end;
  for (const i of order) {
    const c = candidates[i]!;
    const winner = kept.find(({ c: k }) => overlapping(k, c.start, c.end) && !(k.type === c.type && k.key === c.key));
    if (!winner) {
      kept.push({ at: i, c });
      continue;
    }
    keep[i] = false;
    const widened = withModifiersOf(winner.c, c, context.text);
    if (widened && !kept.some((k) => k !== winner && overlapping(k.c, widened.start, winner.c.start))) winner.c = widened;
  }
  const final = new Map(kept.map(({ at, c }) => [at, c]));
  return candidates.flatMap((c, i) => (keep[i] ? [final.get(i) ?? c] : []));
}
