import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date.js';

describe('isCalendarDate', () => {
  it('takes a year, a month or a day that exist', () => {
    expect(['2024', '2024-02', '2024-02-29', '2023-12-31'].filter(isCalendarDate)).toHaveLength(4);
  });

  it('refuses impossible months and days and other shapes', () => {
    expect(['2025-13', '2025-00', '2023-02-29', '2024-04-31', '2024-1', '24-01-01', '2024-01-01T00:00'].filter(isCalendarDate)).toEqual([]);
  });
});
