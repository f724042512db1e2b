import type { ExtractedEntity } from './entity.js';
import type { PaperInput } from './paper.js';
import type { ExtractedResult } from './result.js';

export interface ExtractedPaper {
  readonly paper: PaperInput;
  readonly entities: readonly ExtractedEntity[];
  /** Result statements; absent means none were extracted (as for a batch built by hand). */
  readonly results?: readonly ExtractedResult[];
}

/** The text extraction reads and evidence offsets index into. */
export function paperText(paper: Pick<PaperInput, 'title' | 'abstract'>): string {
  return `${paper.title}\n\n${paper.abstract}`;
}
