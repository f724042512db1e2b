import { describe, expect, it } from 'vitest';
import { isCapitalisedName, isIgnoredLongForm, typeByHead } from './long-forms.js';
import { measureInsideOtherTerm } from './measure-context.js';
import { coinedNameType, hasBenchmarkSuffix, mentionsDataset } from './name-types.js';

describe('measure context', () => {
  const at = (text: string, measure: string) => {
    const start = text.indexOf(measure);
    return measureInsideOtherTerm(text, start, start + measure.length);
  };
  it.each([
    ['we report recall and precision', 'recall', false],
    ['accuracy improves by 3 points', 'accuracy', false],
    ['a coverage problem on graphs', 'coverage', true],
    ['with sensitivity sampling we', 'sensitivity', true],
    ['tests associative recall in models', 'recall', true],
    ['trained in mixed precision', 'precision', true],
    ['the floating-point precision used', 'precision', true],
  ])('%s: "%s" inside another term → %s', (text, measure, inside) => {
    expect(at(text, measure)).toBe(inside);
  });
});

describe('name types', () => {
  it.each([
    ['MixEval', 'benchmark'],
    ['AgentBench', 'benchmark'],
    ['ScienceQA', 'benchmark'],
    ['CodeBERT', 'model'],
    ['BioGPT', 'model'],
    ['MiniLM', 'model'],
    ['HyperAttention', 'method'],
    ['FlashAttention', 'method'],
  ])('%s is a %s by its shape', (name, type) => {
    expect(coinedNameType(name)).toBe(type);
  });
  it('tells a benchmark suffix and a dataset word apart from other words', () => {
    expect(hasBenchmarkSuffix('WebArena')).toBe(true);
    expect(hasBenchmarkSuffix('Benchmarking')).toBe(false);
    expect(mentionsDataset('A New Test Set for Reasoning')).toBe(true);
    expect(mentionsDataset('Datasetless Training')).toBe(false);
  });
});

describe('acronym long forms', () => {
  it.each([
    ['Large Language Models', true],
    ['Vision-Language Models', true],
    ["Parkinson's Disease", true],
    ['Stanford University', true],
    ['Locality Sensitive Hashing', false],
    ['Mixture-of-Memories', false],
  ])('%s is ignored: %s', (longForm, ignored) => {
    expect(isIgnoredLongForm(longForm)).toBe(ignored);
  });
  it.each([
    ['Keep Emotional Memory Benchmark', 'benchmark'],
    ['Named Entity Recognition', 'task'],
    ['Mean Squared Error', 'metric'],
    ['Graph Attention Network', 'method'],
    ['test-time training with multimodal reconstruction', 'method'],
    ['Mixture-of-Memories', 'method'],
    ['Stable Rank', undefined],
  ])('the head of %s says %s', (longForm, type) => {
    expect(typeByHead(longForm)).toBe(type);
  });
  it('reads a long form written as a name', () => {
    expect(isCapitalisedName('Chain of Thought')).toBe(true);
    expect(isCapitalisedName('chain of thought')).toBe(false);
  });
});
