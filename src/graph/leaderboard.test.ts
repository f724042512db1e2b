import { describe, expect, it } from 'vitest';
import type { StoredResult } from '../model/index.js';
import { rankResults } from './leaderboard.js';

const result = (id: string, value: number, extra: Partial<StoredResult> = {}): StoredResult => ({
  id,
  paperId: `p-${id}`,
  benchmarkId: 'benchmark:b',
  value,
  isDelta: false,
  evidence: { mention: String(value), start: 0, end: 1, sentence: '' },
  confidence: 0.8,
  ...extra,
});

const ranked = (results: StoredResult[], metricName?: string) =>
  rankResults(results, { first: 20, offset: 0, ...(metricName ? { metricName } : {}) }).items.map((r) => [r.result.id, r.rank]);

describe('rankResults', () => {
  it.each([
    ['accuracy', [10, 30, 20], ['b', 'c', 'a']],
    ['word error rate', [10, 30, 20], ['a', 'c', 'b']],
    ['FID', [10, 30, 20], ['a', 'c', 'b']],
    ['perplexity', [10, 30, 20], ['a', 'c', 'b']],
    ['BLEU', [10, 30, 20], ['b', 'c', 'a']],
  ])('ranks %s 1..n by its direction', (metric, values, order) => {
    const results = values.map((v, i) => result('abc'[i]!, v, { metric }));
    expect(ranked(results, metric)).toEqual(order.map((id, i) => [id, i + 1]));
  });

  it('ranks a known metric 1..n (equal values too, by confidence), and never ranks deltas', () => {
    const results = [
      result('a', 7.2, { metric: 'word error rate', confidence: 0.6 }),
      result('b', 5.1, { metric: 'word error rate' }),
      result('c', 7.2, { metric: 'word error rate', confidence: 0.9 }),
      result('d', 2, { metric: 'word error rate', unit: 'x', isDelta: true }),
    ];
    expect(ranked(results)).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it.each([
    ['coverage', undefined],
    ['attack success rate', '%'],
    [undefined, '%'],
    [undefined, 'ms'],
  ])('lists %s (%s) results unranked: highest first, a time lowest first, rank null', (metric, unit) => {
    const results = [10, 30, 20].map((v, i) => result('abc'[i]!, v, { ...(metric ? { metric } : {}), ...(unit ? { unit } : {}) }));
    const order = unit === 'ms' ? ['a', 'c', 'b'] : ['b', 'c', 'a'];
    expect(ranked(results)).toEqual(order.map((id) => [id, null]));
  });

  it('ranks a lower bound of a higher-is-better score at its bound, and lists an upper bound after the ranked ones, unranked', () => {
    const results = [
      result('exact', 76.1, { metric: 'accuracy', unit: '%' }),
      result('under', 1, { metric: 'accuracy', unit: '%', bound: 'upper' }),
      result('over', 90, { metric: 'accuracy', unit: '%', bound: 'lower' }),
      result('slow', 12, { metric: 'latency', unit: 'ms', bound: 'lower' }),
      result('fast', 30, { metric: 'latency', unit: 'ms' }),
    ];
    expect(ranked(results, 'accuracy')).toEqual([
      ['over', 1],
      ['exact', 2],
      ['under', null],
    ]);
    expect(ranked(results, 'latency')).toEqual([
      ['fast', 1],
      ['slow', null],
    ]);
  });

  it('ranks results in different units apart, each unit a group of its own, and leaves unnamed metrics unranked', () => {
    const results = [
      result('pct', 65, { unit: '%' }),
      result('plain', 8.1),
      result('pts', 7.4, { unit: 'points' }),
      result('plain2', 7.9),
      result('acc', 80, { metric: 'accuracy', unit: '%' }),
      result('acc2', 0.9, { metric: 'accuracy' }),
      result('acc3', 0.7, { metric: 'accuracy' }),
      result('cov', 0.9, { metric: 'coverage' }),
      result('cov2', 0.95, { metric: 'coverage' }),
    ];
    const page = rankResults(results, { first: 20, offset: 0 });
    expect(page.items.map((r) => [r.result.id, r.rank])).toEqual([
      ['acc2', 1],
      ['acc3', 2],
      ['cov2', null],
      ['cov', null],
      ['acc', 1],
      ['plain', null],
      ['plain2', null],
      ['pct', null],
      ['pts', null],
    ]);
    expect(page.metrics).toEqual(['accuracy', 'coverage']);
    expect(page.totalCount).toBe(9);
  });

  it('breaks ties by confidence, then paper id, in ranked and unranked groups alike', () => {
    for (const metric of ['accuracy', undefined]) {
      const tied = { ...(metric ? { metric } : {}) };
      const results = [
        result('a', 50, { ...tied, confidence: 0.6 }),
        result('b', 50, { ...tied, confidence: 0.9 }),
        result('c', 50, { ...tied, confidence: 0.9 }),
      ];
      expect(ranked(results)).toEqual([
        ['b', metric ? 1 : null],
        ['c', metric ? 2 : null],
        ['a', metric ? 3 : null],
      ]);
    }
  });
});
