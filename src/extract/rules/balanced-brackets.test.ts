import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../../model/index.js';
import { candidate as makeCandidate, type Candidate } from '../candidate.js';
import { defaultExtractorConfig, extractEntities } from '../index.js';
import { unbalancedAt, withBalancedBrackets } from './balanced-brackets.js';

const candidate = (text: string, mention: string, type: Candidate['type'] = 'task'): Candidate => {
  const start = text.indexOf(mention);
  return makeCandidate({ type, name: mention, key: typedEntityKey(type, mention), start, end: start + mention.length, confidence: 0.58 });
};

describe('a name is never cut inside brackets', () => {
  it.each([
    ['f(x) regression', -1],
    ['[CLS] pooling', -1],
    ['text-to-image (T2I', 14],
    ['Terminal-Bench 2.0) M.1', 18],
    ['a (b [c) d]', 7],
    ['(DBSCAN', 0],
  ])('finds the first unmatched bracket of %j at %i', (s, at) => {
    expect(unbalancedAt(s)).toBe(at);
  });

  it.each([
    { text: 'We study text-to-image (T2I) generation.', mention: 'text-to-image (T2I', kept: 'text-to-image' },
    {
      text: 'On SWE-Bench Pro, and Terminal-Bench 2.0) M.1 and XS.2 compete.',
      mention: 'Terminal-Bench 2.0) M.1',
      kept: 'Terminal-Bench 2.0',
    },
    { text: 'Clustering with Noise (DBSCAN) works.', mention: '(DBSCAN', kept: 'DBSCAN' },
    { text: 'Inter-rater agreement (κ= 0.8743) was high.', mention: 'agreement (κ= 0.8743', kept: 'agreement' },
  ])('keeps the side that stands alone: $mention', ({ text, mention, kept }) => {
    const c = withBalancedBrackets(candidate(text, mention), text)!;
    expect([c.name, text.slice(c.start, c.end), c.key]).toEqual([kept, kept, typedEntityKey('task', kept)]);
  });

  it('leaves balanced names alone and drops a span with no word outside the bracket', () => {
    const text = 'We use f(x) regression and (( ) tricks.';
    const c = candidate(text, 'f(x) regression');
    expect(withBalancedBrackets(c, text)).toBe(c);
    expect(withBalancedBrackets(candidate(text, '(( )'), text)).toBeUndefined();
  });

  it('leaves no cut-off bracket in what a real paper extracts', () => {
    const entities = extractEntities(
      {
        title: 'Faster Diffusion Sampling',
        abstract:
          'Text-to-image (T2I) generation and part-of-speech (POS) tagging are studied. We cluster with Density-Based Spatial Clustering of Applications with Noise (DBSCAN) and report agreement (κ= 0.87) with annotators.',
      },
      defaultExtractorConfig(),
    );
    const cut = entities.filter((e) => e.type !== 'repo' && [e.name, e.evidence.mention, ...e.aliases].some((s) => unbalancedAt(s) >= 0));
    expect(cut.map((e) => [e.type, e.name, e.evidence.mention])).toEqual([]);
  });
});
