import { entityKey } from '../../model/index.js';
import type { Candidate } from '../candidate.js';
import { lookupLexicon, type CompiledLexicon } from '../lexicon.js';
import { logisticScore, type LogisticModel } from '../logistic.js';
import { isCoinedName } from '../rules/names.js';
import type { TaggedType } from './labels.js';
import type { TaggedSpan } from './tag.js';

/**
 * The arbiter: a logistic model over what each generator said about a candidate (which rule made
 * it, its confidence, whether the tagger found the same span, with which type and margin, what the
 * lexicon calls the words), trained on the two folds' unseen abstracts by scripts/tune-combine.ts.
 * A candidate of a type it judges is dropped where its log-odds are below 0.
 */
export interface ArbiterModel extends LogisticModel {
  /** The types it judges (those it beat the thresholds on, on the folds); the others keep the thresholds' decision. */
  readonly types: readonly TaggedType[];
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
): string[] {
  const source = c.rule ?? 'rule';
  const surface = context.text.slice(c.start, c.end);
  const overlaps = <T extends { start: number; end: number }>(x: T): boolean => x.start < c.end && c.start < x.end;
  const features = ['bias', `source:${source}`, `type:${c.type}`, `source&type:${source}&${c.type}`];
  features.push(`confidence&type:${Math.round(c.confidence * 20)}&${c.type}`);
  if (source === 'tagger') {
    const span = spans.find((s) => s.start === c.start && s.end === c.end);
    if (span) features.push(`margin&type:${marginBucket(span.margin)}&${c.type}`);
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
  return features;
}

/** The candidates the arbiter keeps (it judges only its types: never topics or links). */
export function arbitrate(
  candidates: readonly Candidate[],
  rules: readonly Candidate[],
  spans: readonly TaggedSpan[],
  context: ArbiterContext,
  model: ArbiterModel,
): Candidate[] {
  return candidates.filter(
    (c) => !(model.types as readonly string[]).includes(c.type) || logisticScore(model, arbiterFeatures(c, rules, spans, context)) >= 0,
  );
}
