import { entityKey, typedEntityKey } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import { lookupLexicon, type CompiledLexicon } from '../lexicon.js';
import { mathSegments } from '../rules/latex-names.js';
import { cannotName, isLatexCommandName } from '../rules/non-entity-spans.js';
import { proposedAt } from '../rules/proposal.js';
import { arbitrate, type ArbiterModel } from './arbiter.js';
import type { TaggedSpan } from './tag.js';

/** "rules": the rules alone; "tagger": the tagger alone (plus links and topics); "combined": both. */
export type Combination = 'rules' | 'tagger' | 'combined';

export interface CombineContext {
  readonly text: string;
  readonly lexicon: CompiledLexicon;
  readonly titleEnd: number;
  readonly combination: Combination;
  /** The learned arbiter; without it the thresholds of COMBINE decide which rule candidates stay. */
  readonly arbiter?: ArbiterModel;
}

/** Tunables of the combination (chosen by `npx tsx scripts/tune-combine.ts`, two folds over train2 + train3). */
export const COMBINE = {
  /** Tagger spans below this margin are not proposed at all. */
  minMargin: 0,
  /** Rule candidates at or below this confidence need the tagger's agreement (an overlapping span). */
  vetoBelow: 0.85,
  /** Where the tagger and a rule claim the same span with different types, the tagger's type wins. */
  typeVote: true,
  /** A tagger span's boundaries win over overlapping rule candidates below this confidence (the weak phrase rules and acronym definitions; the lexicon and model-name shapes keep theirs). */
  winsBelow: 0.61,
  winMargin: 0,
};

/**
 * The tagger as one more candidate generator feeding the merge. A tagger span that a rule claims
 * exactly adds nothing (the rule's candidate carries the canonical name, aliases and role), unless
 * the tagger — which saw the rule's type as a feature — chose another type. Other spans enter at
 * CONFIDENCE.tagger: above the phrase, name-shape and context rules, whose boundaries the tagger
 * learned to correct, below acronym definitions, cues, model-name shapes, the lexicon and links.
 * A weak rule candidate the tagger does not support at all is dropped.
 */
export function combineWithTagger(rules: readonly Candidate[], spans: readonly TaggedSpan[], context: CombineContext): Candidate[] {
  // The tagger reads the text with LaTeX blanked out ("$      VG ^2$GT"), so it has no say on a name in
  // or glued to a formula, which resolve reads as plain text (VG²GT): those stay with the rules.
  const formulas = context.combination === 'combined' ? mathSegments(context.text) : [];
  const fromLatex = formulas.length ? rules.filter((c) => formulas.some((f) => f.start <= c.end && c.start <= f.end)) : [];
  const others = fromLatex.length ? rules.filter((c) => !fromLatex.includes(c)) : rules;
  const combined =
    context.combination !== 'combined' || !context.arbiter
      ? combinedCandidates(others, spans, context)
      : arbitrate(combinedCandidates(others, spans, context, new Set(context.arbiter.types)), others, spans, context, context.arbiter);
  return fromLatex.length ? [...combined, ...fromLatex] : combined;
}

/**
 * The candidates of both generators before the arbiter: rule candidates at or below
 * COMBINE.vetoBelow need an overlapping tagger span, except those of the types the arbiter judges.
 */
export function combinedCandidates(
  rules: readonly Candidate[],
  spans: readonly TaggedSpan[],
  context: CombineContext,
  judged: ReadonlySet<string> = new Set(),
): Candidate[] {
  if (context.combination === 'rules') return [...rules];
  const accepted = spans.filter(
    (s) =>
      s.margin >= COMBINE.minMargin &&
      !cannotName(s.type, context.text.slice(s.start, s.end)) &&
      !isLatexCommandName(context.text, s.start),
  );
  if (context.combination === 'tagger') {
    return [
      ...rules.filter((c) => c.type === 'repo' || c.type === 'topic'),
      ...accepted.map((s) =>
        taggerCandidate(s, context, CONFIDENCE.tagger, [], s.start < context.titleEnd || proposedAt(context.text, s.start)),
      ),
    ];
  }
  // What a cue, the lexicon or a model shape typed a name as, anywhere in the paper.
  const strongType = new Map<string, string>();
  for (const c of rules) {
    const key = entityKey(context.text.slice(c.start, c.end));
    if (c.confidence >= CONFIDENCE.patternWithCue && c.type !== 'topic' && c.type !== 'repo' && !strongType.has(key))
      strongType.set(key, c.type);
  }
  const result: Candidate[] = [];
  for (const c of rules) {
    if (
      c.type === 'repo' ||
      c.type === 'topic' ||
      judged.has(c.type) ||
      c.confidence > COMBINE.vetoBelow ||
      accepted.some((s) => s.start < c.end && c.start < s.end)
    )
      result.push(c);
  }
  for (const s of accepted) {
    const same = rules.filter((c) => c.start === s.start && c.end === s.end && c.type !== 'topic' && c.type !== 'repo');
    if (same.some((c) => c.type === s.type)) continue;
    // "we develop an algorithm called LintSeq … To test LintSeq": a later mention is the entity the cue typed.
    const typed = strongType.get(entityKey(context.text.slice(s.start, s.end)));
    if (typed !== undefined && typed !== s.type) continue;
    const overlapping =
      s.margin >= COMBINE.winMargin
        ? rules.filter(
            (c) =>
              c.start < s.end &&
              s.start < c.end &&
              c.type !== 'topic' &&
              c.type !== 'repo' &&
              (c.confidence < COMBINE.winsBelow || namesMoreThan(context, s, c)),
          )
        : [];
    const confidence = Math.max(
      CONFIDENCE.tagger,
      ...(COMBINE.typeVote ? same : []).map((c) => c.confidence),
      ...overlapping.map((c) => c.confidence),
    );
    // Type voting: placed before the rules' candidates so that at equal confidence the tagger's type wins.
    // A technique the title names or a sentence introduces ("we propose …") is the paper's own, as the cue rules have it.
    const proposed =
      (s.start < context.titleEnd && !knownMethod(context, s)) ||
      proposedAt(context.text, s.start) ||
      rules.some((c) => c.role === 'proposed' && c.start < s.end && s.start < c.end);
    result.unshift(taggerCandidate(s, context, confidence, same, proposed));
  }
  return result;
}

function taggerCandidate(
  span: TaggedSpan,
  context: CombineContext,
  confidence: number = CONFIDENCE.tagger,
  same: readonly Candidate[] = [],
  proposed = false,
): Candidate {
  const surface = context.text.slice(span.start, span.end);
  const known = lookupLexicon(context.lexicon, surface, entityKey(surface));
  const canonical = known?.type === span.type ? known.name : surface;
  // Task and metric names are lowercase by convention; other names keep their authors' capitals.
  const name = span.type === 'task' || span.type === 'metric' ? canonical.toLowerCase() : canonical;
  const aliases = same.flatMap((c) => c.aliases ?? []);
  return candidate({
    type: span.type,
    name,
    key: typedEntityKey(span.type, name),
    start: span.start,
    end: span.end,
    confidence,
    role: span.type === 'method' ? (proposed ? 'proposed' : 'used') : undefined,
    aliases: aliases.length > 0 ? aliases : undefined,
    rule: 'tagger',
  });
}

/** A technique the lexicon knows ("Gaussian processes", "Bayesian optimization") is not new because a title names it. */
function knownMethod(context: CombineContext, span: TaggedSpan): boolean {
  const surface = context.text.slice(span.start, span.end);
  return lookupLexicon(context.lexicon, surface, entityKey(surface))?.type === 'method';
}

/**
 * "Conditional Layer Normalization", "Approximate Message Passing": a capitalised technique name in the
 * abstract that contains a lexicon technique is a more specific technique, so the tagger's longer span wins.
 */
function namesMoreThan({ text, titleEnd }: CombineContext, span: TaggedSpan, c: Candidate): boolean {
  // A title capitalises every word, so there the capitals say nothing.
  if (span.start < titleEnd) return false;
  if (span.type !== 'method' || c.type !== 'method' || c.rule !== 'lexicon') return false;
  if (c.start < span.start || c.end > span.end || c.end - c.start === span.end - span.start) return false;
  const words = text.slice(span.start, span.end).split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}
