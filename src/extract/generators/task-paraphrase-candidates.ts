import { typedEntityKey } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import type { PaperText } from '../paper-text.js';
import { taskParaphrases } from '../rules/task-paraphrases.js';

/** Tasks the text paraphrases ("classifying X"), named canonically ("x classification"); the paraphrase is the evidence. */
export function taskParaphraseCandidates(paper: PaperText): Candidate[] {
  return taskParaphrases(paper.masked).map((p) =>
    candidate({
      type: 'task',
      name: p.name,
      key: typedEntityKey('task', p.name),
      start: p.start,
      end: p.end,
      confidence: CONFIDENCE.taskPhrase,
      rule: 'task-paraphrase',
    }),
  );
}
