import { typedEntityKey } from '../../model/index.js';
import { CONFIDENCE, type Candidate } from '../candidate.js';
import type { PaperText } from '../paper-text.js';
import { findModelNames } from '../rules/model-names.js';
import { findSizedModelNames } from '../rules/sized-model-names.js';

/** Model names shaped like a family plus versions and sizes ("Llama 3.1 8B"), or any name with a parameter count ("Fara-7B"). */
export function modelShapeCandidates(paper: PaperText): Candidate[] {
  const families = findModelNames(paper.masked);
  const sized = findSizedModelNames(paper.masked).filter((s) => !families.some((f) => f.start < s.end && s.start < f.end));
  return [...families, ...sized].map((m) => ({
    type: 'model',
    name: m.name,
    key: typedEntityKey('model', m.name),
    start: m.start,
    end: m.end,
    confidence: CONFIDENCE.modelShape,
    rule: 'model-shape',
  }));
}
