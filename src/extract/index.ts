import { compileLexicon, type CompiledLexicon, type LexiconEntry } from './lexicon.js';
import { LEXICON, TOPICS } from './lexicon/index.js';
import type { ExtractorConfig } from './extract.js';

export { extractEntities, extractPaper, type ExtractorConfig } from './extract.js';
export { extractResults } from './results/extract-results.js';
export { compileLexicon, type CompiledLexicon, type LexiconEntry } from './lexicon.js';
export { scoreTopics, type TopicDefinition } from './topics.js';
export { LEXICON, TOPICS };

let compiled: CompiledLexicon | undefined;

/** The shipped lexicon and topics, compiled once. */
export function defaultExtractorConfig(options: { minConfidence?: number; extraEntries?: readonly LexiconEntry[] } = {}): ExtractorConfig {
  const lexicon = options.extraEntries ? compileLexicon([...LEXICON, ...options.extraEntries]) : (compiled ??= compileLexicon(LEXICON));
  return { lexicon, topics: TOPICS, minConfidence: options.minConfidence ?? 0 };
}
