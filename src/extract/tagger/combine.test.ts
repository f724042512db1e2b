import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import { defaultExtractorConfig } from '../index.js';
import { mergeCandidates } from '../merge-candidates.js';
import { sentenceSpans } from '../text-spans.js';
import { combineWithTagger } from './combine.js';
import type { TaggedSpan } from './tag.js';

const { lexicon } = defaultExtractorConfig({ combination: 'rules' });
const lexiconMethod = (text: string, surface: string, name: string): Candidate => {
  const start = text.indexOf(surface);
  return candidate({
    type: 'method',
    name,
    key: typedEntityKey('method', name),
    start,
    end: start + surface.length,
    confidence: CONFIDENCE.lexicon,
    rule: 'lexicon',
  });
};
const span = (text: string, surface: string, type: TaggedSpan['type'], titleOffset = 0): TaggedSpan => {
  const start = text.indexOf(surface, titleOffset);
  return { type, start, end: start + surface.length, margin: 10 };
};
const merged = (text: string, titleEnd: number, rules: Candidate[], spans: TaggedSpan[]) =>
  mergeCandidates(text, sentenceSpans(text), combineWithTagger(rules, spans, { text, lexicon, titleEnd, combination: 'combined' })).map(
    (e) => [e.type, e.evidence.mention],
  );

describe('combining the tagger with the rules', () => {
  it('lets a capitalised technique name in the abstract win over the lexicon technique inside it', () => {
    const text = 'T\n\nWe add Conditional Layer Normalization to the decoder.';
    expect(
      merged(
        text,
        1,
        [lexiconMethod(text, 'Layer Normalization', 'layer normalization')],
        [span(text, 'Conditional Layer Normalization', 'method')],
      ),
    ).toEqual([['method', 'Conditional Layer Normalization']]);
  });
  it('keeps the lexicon boundary in a title, where every word is capitalised', () => {
    const text = 'Conditional Layer Normalization Helps\n\nWe study it.';
    expect(
      merged(
        text,
        37,
        [lexiconMethod(text, 'Layer Normalization', 'layer normalization')],
        [span(text, 'Conditional Layer Normalization', 'method')],
      ),
    ).toEqual([['method', 'Layer Normalization']]);
  });
  it('takes no host or size the tagger typed as a dataset', () => {
    const text = 'T\n\nCode is on GitHub; the 14B variant wins.';
    expect(merged(text, 1, [], [span(text, 'GitHub', 'benchmark'), span(text, '14B', 'benchmark')])).toEqual([]);
  });
});
