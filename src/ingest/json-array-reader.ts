import type { InputIssue, PaperInput } from '../model/index.js';
import { IgnoredFields, paperFromRecord } from './record-fields.js';
import { lineIndex, type ReadResult } from './reader.js';

/** A JSON array of `{title, abstract, id?, url?, published?}` objects, or one such object. */
export function readJsonArray(text: string, file: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 names the offset of a syntax error; a text cut short fails at its end.
    const position = /position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? (/end of JSON input/.test(message) ? text.trimEnd().length : 0) : Number(position);
    const line = lineIndex(text)(offset);
    const column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    const cut = offset >= text.trimEnd().length ? ' (the file ends inside a value: cut short?)' : '';
    return {
      papers: [],
      issues: [{ file, line, column, message: `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}${cut}` }],
    };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const line = lineIndex(text)(text.indexOf('{'));
    const checked = paperFromRecord(value, { format: 'json', file, line });
    const ignored = new IgnoredFields();
    ignored.add(value, line);
    const warning = ignored.warning(file);
    const read = checked.paper ? { papers: [checked.paper], issues: [] } : { papers: [], issues: checked.issues };
    return { ...read, ...(warning ? { warnings: [warning] } : {}) };
  }
  if (!Array.isArray(value)) {
    return { papers: [], issues: [{ file, line: 1, message: 'expected a JSON array of paper objects' }] };
  }
  const starts = topLevelElementOffsets(text);
  const lineAt = lineIndex(text);
  const papers: PaperInput[] = [];
  const issues: InputIssue[] = [];
  const ignored = new IgnoredFields();
  value.forEach((element, index) => {
    const line = lineAt(starts[index] ?? 0);
    ignored.add(element, line);
    const checked = paperFromRecord(element, { format: 'json', file, line });
    if (checked.paper) papers.push(checked.paper);
    else issues.push(...checked.issues.map((issue) => ({ ...issue, message: `[${index}] ${issue.message}` })));
  });
  const warning = ignored.warning(file);
  return { papers, issues, ...(warning ? { warnings: [warning] } : {}) };
}

/** Offsets where each element of a (valid) top-level JSON array starts, for line numbers. */
function topLevelElementOffsets(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (depth === 1 && expectElement && c !== ']') {
      starts.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return starts;
}
