import type { ExtractedEntity } from './entity.js';
import type { PaperInput } from './paper.js';

export interface ExtractedPaper {
  readonly paper: PaperInput;
  readonly entities: readonly ExtractedEntity[];
}

/** The text extraction reads and evidence offsets index into. */
export function paperText(paper: Pick<PaperInput, 'title' | 'abstract'>): string {
  return `${paper.title}\n\n${paper.abstract}`;
}
