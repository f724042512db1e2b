import { compileLexicon, type CompiledLexicon, type LexiconEntry } from './lexicon.js';
import { LEXICON, TOPICS } from './lexicon/index.js';
import type { ExtractorConfig } from './extract.js';
import { ROLE_MODEL } from './roles/role-model.js';
import { ARBITER_MODEL } from './tagger/arbiter-model.js';
import type { Combination } from './tagger/combine.js';
import { decodeModelBase64, type TaggerModel } from './tagger/model.js';
import { TAGGER_MODEL } from './tagger/model-data.js';

export { extractEntities, extractPaper, ruleCandidates, type ExtractorConfig, type RuleCandidates } from './extract.js';
export { extractResults } from './results/extract-results.js';
export { decodeModel, decodeModelBase64, type TaggerModel } from './tagger/model.js';
export type { Combination } from './tagger/combine.js';
export { compileLexicon, type CompiledLexicon, type LexiconEntry } from './lexicon.js';
export { scoreTopics, type TopicDefinition } from './topics.js';
export { LEXICON, TOPICS };

let compiled: CompiledLexicon | undefined;
let tagger: TaggerModel | undefined;

/** The shipped tagger model, decoded once. */
export function shippedTagger(): TaggerModel {
  return (tagger ??= decodeModelBase64(TAGGER_MODEL));
}

/** The shipped lexicon, topics, tagger model, arbiter and role classifier, compiled and decoded once. */
export function defaultExtractorConfig(
  options: { minConfidence?: number; extraEntries?: readonly LexiconEntry[]; combination?: Combination } = {},
): ExtractorConfig {
  const lexicon = options.extraEntries ? compileLexicon([...LEXICON, ...options.extraEntries]) : (compiled ??= compileLexicon(LEXICON));
  const combination = options.combination ?? 'combined';
  return {
    lexicon,
    topics: TOPICS,
    minConfidence: options.minConfidence ?? 0,
    roles: ROLE_MODEL,
    arbiter: ARBITER_MODEL,
    ...(combination === 'rules' ? {} : { tagger: shippedTagger(), combination }),
  };
}
