import { typedEntityKey } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import { lowercaseMethodPhrases, methodHeadPhrases, titleMethodPhrases, type HeadPhrase } from '../rules/head-phrases.js';
import { cuedCandidate } from './cued-candidates.js';
import type { RuleInput } from './rule-input.js';

/** Technique and task phrases found by their head nouns, and the technique a title names. */
export function phraseCandidates({ paper, lexicon, taskPhrases }: RuleInput): Candidate[] {
  return [
    // Titles are in Title Case, so capitalisation says nothing there: capitalised phrases count only in the abstract.
    ...fromPhrases(
      methodHeadPhrases(paper.masked).filter((p) => p.start >= paper.abstractStart),
      'method',
      CONFIDENCE.headPhrase,
      'method-head',
    ),
    ...fromPhrases(lowercaseMethodPhrases(paper.masked), 'method', CONFIDENCE.lowercaseMethodPhrase, 'lowercase-method'),
    ...fromPhrases(taskPhrases, 'task', CONFIDENCE.taskPhrase, 'task-head'),
    // A technique the title names is what the paper is about: its own, unless the lexicon knows it.
    ...titleMethodPhrases(paper.title).map((p) =>
      cuedCandidate({ name: p.phrase, start: p.start, end: p.end, cue: 'title' }, paper, lexicon),
    ),
  ];
}

/** Candidates from a phrase rule; task names are lowercase by convention. */
function fromPhrases(phrases: readonly HeadPhrase[], type: 'method' | 'task', confidence: number, rule: string): Candidate[] {
  return phrases.map((p) => {
    const name = type === 'task' ? p.phrase.toLowerCase() : p.phrase;
    return candidate({
      type,
      name,
      key: typedEntityKey(type, name),
      start: p.start,
      end: p.end,
      confidence,
      role: type === 'method' ? 'used' : undefined,
      rule,
    });
  });
}
