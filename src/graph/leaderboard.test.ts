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

  it('breaks ties by confidence, then paper id', () => {
    const results = [result('a', 50, { confidence: 0.6 }), result('b', 50, { confidence: 0.9 }), result('c', 50, { confidence: 0.9 })];
    expect(ranked(results).map(([id]) => id)).toEqual(['b', 'c', 'a']);
  });
});
