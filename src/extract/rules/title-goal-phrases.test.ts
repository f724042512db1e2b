import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities, shippedTagger } from '../index.js';

const config = { ...defaultExtractorConfig(), tagger: shippedTagger() };
const ABSTRACT =
  'We study how language models answer math questions. Drawing two answers and keeping the one the verifier prefers improves accuracy on GSM8K.';
const methods = (title: string, abstract = ABSTRACT): string[] =>
  extractEntities({ title, abstract }, config)
    .filter((e) => e.type === 'method')
    .map((e) => `${e.name}/${e.role}`);

describe('a Title-Case phrase only the title writes', () => {
  it('is not the paper’s technique when it opens with a gerund, follows "of" or is the subtitle', () => {
    expect(methods('Bootstrapping Hard Attention for Long Documents')).toEqual([]);
    expect(methods('Refining Kernels for Sparse Regression')).toEqual([]);
    expect(methods('On the Power of Approximate Rejection Sampling')).toEqual([]);
    // The title's own name before the colon stays; the subtitle describes it.
    expect(methods('VeriMath: Adaptive Numerical Format Search for Math Reasoning')).toEqual(['VeriMath/proposed']);
  });
  it('stays when the abstract names it too', () => {
    const abstract =
      'We propose Bootstrapping Hard Attention, which trains a hard attention mask from its own soft attention on long documents.';
    expect(methods('Bootstrapping Hard Attention for Long Documents', abstract)).toContain('Bootstrapping Hard Attention/proposed');
  });
});
