import type { EntityType, MethodRole, RepoKind } from '../model/index.js';

/** One rule's claim that a span of the text names an entity. */
export interface Candidate {
  readonly type: EntityType;
  readonly name: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly role?: MethodRole;
  readonly repoKind?: RepoKind;
  readonly aliases?: readonly string[];
  /** The generator that made the claim: its evidence, besides the span. */
  readonly rule?: string;
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
