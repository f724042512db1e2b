import { describe, expect, it } from 'vitest';
import { resultValueText } from '../../model/index.js';
import { defaultExtractorConfig, extractPaper } from '../index.js';
import { changeDirection } from './change-direction.js';

describe('which way a difference went', () => {
  it.each([
    ['with only a ', ' drop in ImageNet performance', 'decrease'],
    ['MTR reduces FLOPs by approximately ', ' on ImageNet', 'decrease'],
    ['a reduction of ', ' in latency', 'decrease'],
    ['gives a ', ' higher score', 'increase'],
    ['boosts accuracy by ', ' on MATH', 'increase'],
    ['it outperforms GPT-4 by ', ' on MATH', undefined],
    ['improves accuracy by ', ' on MATH', undefined],
  ])('"%s N%s" is %s', (before, after, change) => {
    expect(changeDirection(1.6, false, before, after)).toBe(change);
  });
  it('reads a sign first', () => {
    expect(changeDirection(-2.1, true, 'improves by ', ' more')).toBe('decrease');
    expect(changeDirection(3.5, true, 'drops by ', '')).toBe('increase');
  });
});

describe('results with their change', () => {
  const results = (abstract: string) =>
    extractPaper({ title: 'T', abstract }, defaultExtractorConfig()).results.map((r) => [r.benchmark.name, resultValueText(r), r.change]);
  it('tells a loss from a gain, and leaves a comparison without a direction', () => {
    expect(results('Our pruning keeps accuracy with only a 1.6% drop in ImageNet performance.')).toEqual([
      ['ImageNet', 'Δ −1.6%', 'decrease'],
    ]);
    expect(results('WSM gives a 23.6% higher score on GSM8K.')).toEqual([['GSM8K', 'Δ +23.6%', 'increase']]);
    expect(results('It outperforms GPT-4 by 5% on MATH.')).toEqual([['MATH', 'Δ 5%', undefined]]);
  });
  it('reads the measure after the word of change, and the subject of a bound ("achieves more than 96%")', () => {
    const of = (abstract: string) =>
      extractPaper({ title: 'T', abstract }, defaultExtractorConfig()).results.map((r) => [r.value, r.metric?.name, r.subject?.name]);
    expect(of('We propose FooNet. FooNet shows a 1.6% drop in accuracy on ImageNet.')).toEqual([[1.6, 'accuracy', 'FooNet']]);
    expect(of('We propose EpsNet. EpsNet achieves more than 96% accuracy on CIFAR-10.')).toEqual([[96, 'accuracy', 'EpsNet']]);
  });

  it('gives every number of a list of differences the change written once', () => {
    expect(results('On LibriSpeech our model reduces the word error rate by 12% and by 15% on test-other.').map((r) => r[2])).toEqual([
      'decrease',
      'decrease',
    ]);
  });
});
