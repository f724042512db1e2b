/**
 * Whether a string is a calendar date at one of the precisions papergraph stores: YYYY, YYYY-MM or
 * YYYY-MM-DD, with a real month and day ("2025-13" and "2024-02-30" are not). One check for the CLI,
 * the API and the readers, so they refuse the same strings.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
}

/**
 * The last day a date at any precision covers, as text that compares after every date inside it:
 * "2025" → "2025-12-31", "2025-03" → "2025-03-31" (no month has a day after 31, and a paper dated only
 * "2025-03" compares before it too). An inclusive upper bound given as a year or month then takes in
 * all of it, as a user means by "up to March 2025".
 */
export function endOfPeriod(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}
