import { typedEntityKey } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import { lexiconEntryFor } from '../lexicon.js';
import { findModelNames } from '../rules/model-names.js';
import { findSizedModelNames } from '../rules/sized-model-names.js';
import { findVersionedModelNames } from '../rules/versioned-model-names.js';
import type { RuleInput } from './rule-input.js';

/** Model names shaped like a family plus versions and sizes ("Llama 3.1 8B"), or any name with a parameter count ("Fara-7B") or a release number ("SeedEdit 3.0"). */
export function modelShapeCandidates({ paper, lexicon }: RuleInput): Candidate[] {
  const families = findModelNames(paper.masked);
  const sized = findSizedModelNames(paper.masked).filter((s) => !families.some((f) => f.start < s.end && s.start < f.end));
  const named = [...families, ...sized];
  const knownModel = (name: string): boolean => lexiconEntryFor(name, lexicon)?.type === 'model';
  const versioned = findVersionedModelNames(paper.masked, knownModel).filter((v) => !named.some((f) => f.start < v.end && v.start < f.end));
  return [...named, ...versioned].map((m) =>
    candidate({
      type: 'model',
      name: m.name,
      key: typedEntityKey('model', m.name),
      start: m.start,
      end: m.end,
      confidence: CONFIDENCE.modelShape,
      rule: 'model-shape',
    }),
  );
}
