import type { ExtractorConfig } from './extract.js';
import { compileLexicon, type CompiledLexicon, type LexiconEntry } from './lexicon.js';
import { LEXICON, TOPICS } from './lexicon/index.js';
import { compileNameFrequencies, type NameFrequencies } from './roles/name-frequency.js';
import { NAME_FREQUENCY_DATA } from './roles/name-frequency-data.js';
import { ROLE_MODEL } from './roles/role-model.js';
import { ARBITER_MODEL } from './tagger/arbiter-model.js';

let compiled: CompiledLexicon | undefined;
let frequencies: NameFrequencies | undefined;

/**
 * The shipped configuration without the tagger: the lexicon (compiled once), topics, arbiter, role
 * classifier and name frequencies. Apart from index.ts, which adds the shipped tagger, so that a worker thread, which reads the
 * pool's decoded tagger, does not load the model's 6 MB of base64 text.
 */
export function shippedRulesConfig(options: { minConfidence?: number; extraEntries?: readonly LexiconEntry[] } = {}): ExtractorConfig {
  const lexicon = options.extraEntries ? compileLexicon([...LEXICON, ...options.extraEntries]) : (compiled ??= compileLexicon(LEXICON));
  return {
    lexicon,
    topics: TOPICS,
    minConfidence: options.minConfidence ?? 0,
    roles: ROLE_MODEL,
    nameFrequencies: (frequencies ??= compileNameFrequencies(NAME_FREQUENCY_DATA)),
    arbiter: ARBITER_MODEL,
  };
}
