import type { EntityType, MethodRole, RepoKind } from '../model/index.js';

/**
 * One rule's claim that a span of the text names an entity. Every candidate has every field, in this
 * order (`undefined` where absent), made by `candidate` or `changed` only: candidates built as object
 * literals with optional fields added in different orders, or spread copies, had a dozen hidden classes,
 * and the functions reading them (the merge, the combination, the arbiter) deoptimised on each new one.
 */
export interface Candidate {
  readonly type: EntityType;
  readonly name: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly role: MethodRole | undefined;
  readonly repoKind: RepoKind | undefined;
  readonly aliases: readonly string[] | undefined;
  /** The generator that made the claim: its evidence, besides the span. */
  readonly rule: string | undefined;
}

type OptionalField = 'role' | 'repoKind' | 'aliases' | 'rule';

/** What makes a candidate: the optional fields may be left out. */
export type CandidateFields = Omit<Candidate, OptionalField> & { readonly [F in OptionalField]?: Candidate[F] };

export function candidate(f: CandidateFields): Candidate {
  return {
    type: f.type,
    name: f.name,
    key: f.key,
    start: f.start,
    end: f.end,
    confidence: f.confidence,
    role: f.role,
    repoKind: f.repoKind,
    aliases: f.aliases,
    rule: f.rule,
  };
}

/** A copy of `c` with some fields changed (`{ ...c, ...change }`, in the one shape). */
export function changed(c: Candidate, change: Partial<Candidate>): Candidate {
  return {
    type: change.type ?? c.type,
    name: change.name ?? c.name,
    key: change.key ?? c.key,
    start: change.start ?? c.start,
    end: change.end ?? c.end,
    confidence: change.confidence ?? c.confidence,
    role: 'role' in change ? change.role : c.role,
    repoKind: 'repoKind' in change ? change.repoKind : c.repoKind,
    aliases: 'aliases' in change ? change.aliases : c.aliases,
    rule: 'rule' in change ? change.rule : c.rule,
  };
}

/** What a confidence means, from strongest evidence to weakest. */
export const CONFIDENCE = {
  link: 1,
  lexiconWithCue: 0.95,
  lexicon: 0.85,
  modelShape: 0.8,
  patternWithCue: 0.7,
  acronymDefinition: 0.6,
  tagger: 0.58,
  headPhrase: 0.55,
  taskPhrase: 0.5,
  evaluationContext: 0.45,
  lowercaseMethodPhrase: 0.45,
  coinedName: 0.4,
} as const;
