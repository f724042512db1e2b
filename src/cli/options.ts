import { InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../model/index.js';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of 1 or more, got "${value}"`);
  return n;
}

export function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
  return n;
}

export function confidence(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError(`expected a number from 0 to 1, got "${value}"`);
  return n;
}

export function year(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value) || n < 1900) throw new InvalidArgumentError(`expected a year such as 2024, got "${value}"`);
  return n;
}

export function date(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`);
  return value;
}

/** The reader options of --date and --year. */
export function pageDateOf(flags: { date?: string; year?: number }): { date?: string; year?: number } {
  return { ...(flags.date ? { date: flags.date } : {}), ...(flags.year ? { year: flags.year } : {}) };
}
