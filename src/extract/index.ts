import type { ExtractorConfig } from './extract.js';
import type { LexiconEntry } from './lexicon.js';
import { shippedRulesConfig } from './shipped-rules.js';
import type { Combination } from './tagger/combine.js';
import { decodeModelBase64, type TaggerModel } from './tagger/model.js';
import { TAGGER_MODEL } from './tagger/model-data.js';

export { extractEntities, extractPaper, ruleCandidates, type ExtractorConfig, type RuleCandidates } from './extract.js';
export { extractResults } from './results/extract-results.js';
export { decodeModel, decodeModelBase64, type TaggerModel } from './tagger/model.js';
export type { Combination } from './tagger/combine.js';
export { compileLexicon, type CompiledLexicon, type LexiconEntry } from './lexicon.js';
export { scoreTopics, type TopicDefinition } from './topics.js';
export { LEXICON, TOPICS } from './lexicon/index.js';
export { shippedRulesConfig } from './shipped-rules.js';

let tagger: TaggerModel | undefined;

/**
 * The shipped tagger model, decoded once, its tables (the slot table is 32 MB) on SharedArrayBuffers: a worker
 * pool (parallel-extract.ts) hands this one to its threads, so a process decodes the model once however it
 * extracts (the pool decoded a second copy before), and the workers' random reads of the weights do not compete
 * for the one L3 cache with a copy each.
 */
export function shippedTagger(): TaggerModel {
  return (tagger ??= decodeModelBase64(TAGGER_MODEL, { shared: true }));
}

/** The shipped lexicon, topics, tagger model, arbiter and role classifier, compiled and decoded once. */
export function defaultExtractorConfig(
  options: { minConfidence?: number; extraEntries?: readonly LexiconEntry[]; combination?: Combination } = {},
): ExtractorConfig {
  const rules = shippedRulesConfig(options);
  const combination = options.combination ?? 'combined';
  return combination === 'rules' ? rules : { ...rules, tagger: shippedTagger(), combination };
}
