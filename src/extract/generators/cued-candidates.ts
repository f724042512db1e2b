import { typedEntityKey, type EntityType } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import { lexiconEntryFor, type CompiledLexicon } from '../lexicon.js';
import type { PaperText } from '../paper-text.js';
import { comparedNames, evaluationNames, proposedNames, techniqueListNames, titleName, type CuedName } from '../rules/cues.js';
import { hasBenchmarkSuffix, mentionsDataset } from '../rules/name-types.js';
import type { RuleInput } from './rule-input.js';

/** Every name a cue introduces, title name first. */
export function cuedNames(paper: PaperText): CuedName[] {
  const fromTitle = titleName(paper.title);
  return [
    ...(fromTitle ? [fromTitle] : []),
    // Dataset cues first: where a proposal and a dataset cue claim one span, the tie goes to the earlier
    // rule, and "we present WidgetMix, a curated dataset" names a dataset.
    ...evaluationNames(paper.masked),
    ...proposedNames(paper.masked),
    ...techniqueListNames(paper.masked),
    ...comparedNames(paper.masked),
  ];
}

/** Candidates for the cued names, typed by the lexicon, the cue or the name's shape. */
export function cuedCandidates({ paper, lexicon, definitions, cued }: RuleInput): Candidate[] {
  const definedHere = new Map(definitions.map((d) => [d.acronym, d.longForm]));
  const candidates: Candidate[] = [];
  for (const c of cued) {
    // "two novel TS datasets" after "time series (TS)": an abbreviated common noun, not a dataset's name.
    const longForm = definedHere.get(c.name);
    if ((c.cue === 'dataset' || c.cue === 'benchmark') && longForm && longForm.slice(1) === longForm.slice(1).toLowerCase()) continue;
    candidates.push(cuedCandidate(c, paper, lexicon));
  }
  return candidates;
}

export function cuedCandidate(c: CuedName, paper: PaperText, lexicon: CompiledLexicon): Candidate {
  const known = lexiconEntryFor(c.name, lexicon);
  const evaluation = c.cue === 'benchmark' || c.cue === 'dataset' || c.cue === 'evaluation';
  const type: EntityType =
    known?.type ??
    (evaluation || hasBenchmarkSuffix(c.name) || (c.cue === 'title' && mentionsDataset(paper.masked.slice(0, paper.titleEnd)))
      ? 'benchmark'
      : 'method');
  const name = known?.name ?? c.name;
  return candidate({
    type,
    name,
    key: typedEntityKey(type, name),
    start: c.start,
    end: c.end,
    confidence: known ? CONFIDENCE.lexiconWithCue : CONFIDENCE.patternWithCue,
    role: type === 'method' ? (c.cue === 'title' || c.cue === 'proposal' ? 'proposed' : 'used') : undefined,
    rule: `cue:${c.cue}`,
  });
}
