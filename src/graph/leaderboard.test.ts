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
  ])('orders %s by its direction', (metric, values, order) => {
    const results = values.map((v, i) => result('abc'[i]!, v, { metric }));
    expect(ranked(results, metric).map(([id]) => id)).toEqual(order);
  });

  it('ranks times lower first even without a metric, and never ranks deltas', () => {
    const results = [result('a', 31.5, { unit: 'ms' }), result('b', 13, { unit: 'ms' }), result('d', 2, { unit: 'x', isDelta: true })];
    expect(ranked(results)).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('ranks results in different units apart, each unit a group of its own', () => {
    const results = [
      result('pct', 65, { unit: '%' }),
      result('plain', 8.1),
      result('pts', 7.4, { unit: 'points' }),
      result('plain2', 7.9),
      result('acc', 80, { metric: 'accuracy', unit: '%' }),
      result('acc2', 0.9, { metric: 'accuracy' }),
    ];
    const page = rankResults(results, { first: 20, offset: 0 });
    expect(page.items.map((r) => [r.result.id, r.rank])).toEqual([
      ['acc2', 1],
      ['acc', 1],
      ['plain', 1],
      ['plain2', 2],
      ['pct', 1],
      ['pts', 1],
    ]);
    expect(page.metrics).toEqual(['accuracy']);
  });

  it('breaks ties by confidence, then paper id', () => {
    const results = [result('a', 50, { confidence: 0.6 }), result('b', 50, { confidence: 0.9 }), result('c', 50, { confidence: 0.9 })];
    expect(ranked(results).map(([id]) => id)).toEqual(['b', 'c', 'a']);
  });
});
