import type { InputIssue, PaperInput } from '../model/index.js';
import { paperFromRecord } from './record-fields.js';
import type { ReadResult } from './reader.js';

/** JSON Lines: one `{title, abstract, id?, url?, published?}` object per line; blank lines ignored. */
export function readJsonLines(text: string, file: string): ReadResult {
  const papers: PaperInput[] = [];
  const issues: InputIssue[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      issues.push({ file, line, message: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    const checked = paperFromRecord(value, { format: 'jsonl', file, line });
    if (checked.paper) papers.push(checked.paper);
    else issues.push(...checked.issues);
  });
  return { papers, issues };
}
