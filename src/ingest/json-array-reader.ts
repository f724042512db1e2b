import type { InputIssue, PaperInput } from '../model/index.js';
import { paperFromRecord } from './record-fields.js';
import { lineIndex, type ReadResult } from './reader.js';

/** A JSON array of `{title, abstract, id?, url?, published?}` objects. */
export function readJsonArray(text: string, file: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? 1 : lineIndex(text)(Number(position));
    return { papers: [], issues: [{ file, line, message: `invalid JSON: ${message}` }] };
  }
  if (!Array.isArray(value)) {
    return { papers: [], issues: [{ file, line: 1, message: 'expected a JSON array of paper objects' }] };
  }
  const starts = topLevelElementOffsets(text);
  const lineAt = lineIndex(text);
  const papers: PaperInput[] = [];
  const issues: InputIssue[] = [];
  value.forEach((element, index) => {
    const line = lineAt(starts[index] ?? 0);
    const checked = paperFromRecord(element, { format: 'json', file, line });
    if (checked.paper) papers.push(checked.paper);
    else issues.push(...checked.issues.map((issue) => ({ ...issue, message: `[${index}] ${issue.message}` })));
  });
  return { papers, issues };
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
