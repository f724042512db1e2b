import { describe, expect, it } from 'vitest';
import { valueWithUnit } from './result.js';

describe('a value with its unit', () => {
  it.each([
    [56, '%', '56%'],
    [2.3, 'x', '2.3x'],
    [3.2, 'points', '3.2 points'],
    [27.1, 'dB', '27.1 dB'],
    [0.81, undefined, '0.81'],
  ])('%s %s → %s', (value, unit, text) => {
    expect(valueWithUnit(value, unit)).toBe(text);
  });
});
