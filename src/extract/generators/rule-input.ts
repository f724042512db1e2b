import type { CompiledLexicon } from '../lexicon.js';
import type { PaperText } from '../paper-text.js';
import type { AcronymDefinition } from '../rules/acronyms.js';
import type { CuedName } from '../rules/cues.js';
import type { HeadPhrase } from '../rules/head-phrases.js';

/** What the candidate generators read: the prepared text, the lexicon and the analyses several of them share. */
export interface RuleInput {
  readonly paper: PaperText;
  readonly lexicon: CompiledLexicon;
  /** The acronyms the paper defines ("Test-Time Scaling (TTS)"). */
  readonly definitions: readonly AcronymDefinition[];
  /** Names a cue introduces ("we propose X", "on the X benchmark"), title name first. */
  readonly cued: readonly CuedName[];
  /** Task phrases of the abstract and the title. */
  readonly taskPhrases: readonly HeadPhrase[];
}
