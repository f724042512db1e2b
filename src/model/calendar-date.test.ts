import { describe, expect, it } from 'vitest';
import { endOfPeriod, isCalendarDate } from './calendar-date.js';

describe('isCalendarDate', () => {
  it('takes a year, a month or a day that exist', () => {
    expect(['2024', '2024-02', '2024-02-29', '2023-12-31'].filter(isCalendarDate)).toHaveLength(4);
  });

  it('refuses impossible months and days and other shapes', () => {
    expect(['2025-13', '2025-00', '2023-02-29', '2024-04-31', '2024-1', '24-01-01', '2024-01-01T00:00'].filter(isCalendarDate)).toEqual([]);
  });
});

describe('endOfPeriod', () => {
  it('compares after every date of the year or month it names, and leaves a day as it is', () => {
    expect(['2025', '2025-03', '2025-03-18'].map(endOfPeriod)).toEqual(['2025-12-31', '2025-03-31', '2025-03-18']);
    for (const inside of ['2025-03', '2025-03-01', '2025-03-31']) expect(inside <= endOfPeriod('2025-03')).toBe(true);
    expect('2025-04-01' <= endOfPeriod('2025-03')).toBe(false);
    expect('2025-12-31' <= endOfPeriod('2025') && '2026' > endOfPeriod('2025')).toBe(true);
  });
});
