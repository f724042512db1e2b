import { InvalidArgumentError } from './errors.js';

/** A whole-number argument checked against its range, worded the same on every surface (API, HTTP, CLI). */
export function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InvalidArgumentError(`"${name}" must be between ${min} and ${max}, got ${value}`);
  return value;
}
