import type { InputIssue, PaperInput } from '../model/index.js';
import { IgnoredFields, paperFromRecord } from './record-fields.js';
import { withinRecordLimits } from './record-limits.js';
import { stripBom, type ReadItem, type ReadResult } from './reader.js';

/** JSON Lines: one `{title, abstract, id?, url?, published?}` object per line; blank lines ignored. */
export function readJsonLines(text: string, file: string): ReadResult {
  const papers: PaperInput[] = [];
  const issues: InputIssue[] = [];
  const ignored = new IgnoredFields();
  stripBom(text)
    .split('\n')
    .forEach((raw, index) => {
      const item = readJsonLine(raw, file, index + 1);
      ignored.add(item?.record, index + 1);
      if (item?.paper) papers.push(item.paper);
      else if (item?.issues) issues.push(...item.issues);
    });
  const warning = ignored.warning(file);
  return { papers, issues, ...(warning ? { warnings: [warning] } : {}) };
}

/** One line of a JSON Lines file: a paper, a problem, or nothing for a blank line. */
export function readJsonLine(raw: string, file: string, line: number): ReadItem | undefined {
  if (raw.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { issues: [{ file, line, message: `invalid JSON: ${(error as Error).message}` }] };
  }
  const checked = paperFromRecord(value, { format: 'jsonl', file, line });
  if (!checked.paper) return { issues: checked.issues, record: value };
  const tooLarge = withinRecordLimits(checked.paper);
  return tooLarge ? { issues: [tooLarge], record: value } : { paper: checked.paper, record: value };
}
