import { typedEntityKey } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import { lexiconEntryFor } from '../lexicon.js';
import { evaluatedOn, reportedMeasures } from '../rules/evaluation-context.js';
import type { RuleInput } from './rule-input.js';

/** Names an evaluation context types: what a model is evaluated on, and the measures results report. */
export function contextCandidates({ paper, lexicon }: RuleInput): Candidate[] {
  const { masked } = paper;
  const candidates: Candidate[] = [];
  for (const sentence of paper.sentences) {
    for (const m of evaluatedOn(masked, sentence)) {
      candidates.push(
        candidate({
          type: 'benchmark',
          name: m.name,
          key: typedEntityKey('benchmark', m.name),
          start: m.start,
          end: m.end,
          confidence: CONFIDENCE.evaluationContext,
          rule: 'evaluated-on',
        }),
      );
    }
  }
  for (const m of reportedMeasures(masked)) {
    const known = lexiconEntryFor(m.name, lexicon);
    if (known && known.type !== 'metric') continue;
    const name = known?.name ?? m.name;
    candidates.push(
      candidate({
        type: 'metric',
        name,
        key: typedEntityKey('metric', name),
        start: m.start,
        end: m.end,
        confidence: known ? CONFIDENCE.lexiconWithCue : CONFIDENCE.evaluationContext,
        rule: 'reported-measure',
      }),
    );
  }
  return candidates;
}
