import type { TrendPeriod, TrendPoint } from '../model/index.js';

const SHAPES: Record<TrendPeriod, RegExp> = { YEAR: /^\d{4}$/, MONTH: /^\d{4}-\d{2}$/ };

function next(period: string, by: TrendPeriod): string {
  if (by === 'YEAR') return String(Number(period) + 1).padStart(4, '0');
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${period.slice(0, 4)}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * Every period from the first counted to the last, with 0 where no paper was published, so a
 * chart of the series shows gaps as gaps. Periods of another precision (a paper dated only to its
 * year, counted by month) are left out.
 */
export function fillTrend(counted: readonly TrendPoint[], by: TrendPeriod): TrendPoint[] {
  const counts = new Map<string, number>();
  for (const { period, count } of counted) {
    if (SHAPES[by].test(period)) counts.set(period, (counts.get(period) ?? 0) + count);
  }
  const periods = [...counts.keys()].sort();
  if (periods.length === 0) return [];
  const last = periods[periods.length - 1]!;
  const filled: TrendPoint[] = [];
  for (let period = periods[0]!; period <= last; period = next(period, by)) filled.push({ period, count: counts.get(period) ?? 0 });
  return filled;
}
