import type { InputIssue, PaperInput } from '../model/index.js';

/**
 * The longest abstract papergraph reads, in characters. Corpus abstracts are under 10,000; a longer
 * text is a full paper or a broken record, and one record must not hold up a whole ingest.
 */
export const MAX_ABSTRACT_CHARS = 200_000;
export const MAX_TITLE_CHARS = 2_000;

/** A problem when a record is too large to extract, located at the record. */
export function withinRecordLimits(paper: PaperInput): InputIssue | undefined {
  const at = (message: string): InputIssue => ({ file: paper.source.file, line: paper.source.line, message });
  if (paper.abstract.length > MAX_ABSTRACT_CHARS) {
    return at(`abstract has ${paper.abstract.length} characters, more than the limit of ${MAX_ABSTRACT_CHARS}`);
  }
  if (paper.title.length > MAX_TITLE_CHARS) {
    return at(`title has ${paper.title.length} characters, more than the limit of ${MAX_TITLE_CHARS}`);
  }
  return undefined;
}
