import type { ExtractedEntity } from './entity.js';
import type { PaperInput } from './paper.js';
import type { ExtractedResult } from './result.js';

export interface ExtractedPaper {
  readonly paper: PaperInput;
  readonly entities: readonly ExtractedEntity[];
  /** Result statements; absent means none were extracted (as for a batch built by hand). */
  readonly results?: readonly ExtractedResult[];
  /**
   * What the paper was extracted from (its content, the extractor version and settings, the hand
   * fixes), stored with it so that ingesting the same again skips it; absent: always rewritten.
   */
  readonly fingerprint?: string;
}

/** The text extraction reads and evidence offsets index into. */
export function paperText(paper: Pick<PaperInput, 'title' | 'abstract'>): string {
  return `${paper.title}\n\n${paper.abstract}`;
}
