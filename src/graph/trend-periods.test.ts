import { describe, expect, it } from 'vitest';
import { fillTrend } from './trend-periods.js';

describe('trend series without gaps', () => {
  it('fills the months between the first and the last with zeros, across a new year', () => {
    const counted = [
      { period: '2024-11', count: 2 },
      { period: '2025-02', count: 1 },
    ];
    expect(fillTrend(counted, 'MONTH')).toEqual([
      { period: '2024-11', count: 2 },
      { period: '2024-12', count: 0 },
      { period: '2025-01', count: 0 },
      { period: '2025-02', count: 1 },
    ]);
  });

  it('fills years, sorts what it is given and keeps a single period as it is', () => {
    const counted = [
      { period: '2024', count: 3 },
      { period: '2021', count: 1 },
    ];
    expect(fillTrend(counted, 'YEAR')).toEqual([
      { period: '2021', count: 1 },
      { period: '2022', count: 0 },
      { period: '2023', count: 0 },
      { period: '2024', count: 3 },
    ]);
    expect(fillTrend([{ period: '2024-05', count: 4 }], 'MONTH')).toEqual([{ period: '2024-05', count: 4 }]);
    expect(fillTrend([], 'YEAR')).toEqual([]);
  });

  it('leaves a paper dated only to its year out of a monthly series', () => {
    const counted = [
      { period: '2023', count: 5 },
      { period: '2024-01', count: 1 },
      { period: '2024-02', count: 1 },
    ];
    expect(fillTrend(counted, 'MONTH')).toEqual([
      { period: '2024-01', count: 1 },
      { period: '2024-02', count: 1 },
    ]);
  });
});
