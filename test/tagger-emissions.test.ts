import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, ruleCandidates, shippedTagger } from '../src/extract/index.js';
import { emissions } from '../src/extract/tagger/emissions.js';
import { tokenFeatures } from '../src/extract/tagger/features.js';
import { emissionScores } from '../src/extract/tagger/tag.js';
import { readCorpusText } from '../src/ingest/index.js';

const rules = defaultExtractorConfig({ combination: 'rules' });
type Paper = { readonly title: string; readonly abstract: string };

/** The scores from every token's features looked up one by one, the reference the word tables must equal. */
function reference(paper: Paper): { expected: Float64Array; actual: () => Float64Array } {
  const model = shippedTagger();
  const { masked, tokens, candidates, titleEnd } = ruleCandidates(paper, rules);
  const expected = emissionScores(tokenFeatures(masked, tokens, candidates, titleEnd, model.classes), tokens.length, model);
  return { expected, actual: () => emissions(masked, tokens, candidates, titleEnd, model) };
}

const sample = [
  ...readCorpusText(readFileSync('data/hf-daily-papers-sample.txt', 'utf8'), 'sample.txt').papers,
  ...readCorpusText(readFileSync('data/arxiv-recent-sample.jsonl', 'utf8'), 'sample.jsonl').papers.slice(0, 150),
];

describe('emission scores from per-word tables', () => {
  it('equal the per-token feature sums on the shipped samples, the first time and once the tables hold the words', () => {
    const cases = sample.map(reference);
    for (const pass of [1, 2]) {
      const differ = cases.filter(({ expected, actual }) => !equal(expected, actual()));
      expect({ pass, differ: differ.length }).toEqual({ pass, differ: 0 });
    }
  });

  it('equal them for a paper with more distinct words than the table holds', () => {
    const words = Array.from({ length: 9000 }, (_, i) => `w${i.toString(36)}${i % 7 === 0 ? 'Net' : ''}`);
    const paper: Paper = { title: 'A Long Paper', abstract: `We propose ${words.join(' ')} on ImageNet.` };
    const { expected, actual } = reference(paper);
    expect(equal(expected, actual())).toBe(true);
    // The papers after it use the model's own table again.
    const { expected: next, actual: nextActual } = reference(sample[0]!);
    expect(equal(next, nextActual())).toBe(true);
  });
});

function equal(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
