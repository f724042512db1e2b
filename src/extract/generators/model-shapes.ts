import { typedEntityKey } from '../../model/index.js';
import { CONFIDENCE, type Candidate } from '../candidate.js';
import type { PaperText } from '../paper-text.js';
import { findModelNames } from '../rules/model-names.js';

/** Model names shaped like a family plus versions and sizes ("Llama 3.1 8B"). */
export function modelShapeCandidates(paper: PaperText): Candidate[] {
  return findModelNames(paper.masked).map((m) => ({
    type: 'model',
    name: m.name,
    key: typedEntityKey('model', m.name),
    start: m.start,
    end: m.end,
    confidence: CONFIDENCE.modelShape,
    rule: 'model-shape',
  }));
}
