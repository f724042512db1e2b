import { describe, expect, it } from 'vitest';
import { numberMentions } from './number-mentions.js';

const read = (text: string) =>
  numberMentions(text).map((m) => ({ text: text.slice(m.start, m.end), value: m.value, unit: m.unit, upper: m.upper }));

describe('numberMentions', () => {
  it.each([
    ['from 15.9% with one sample', [{ text: '15.9%', value: 15.9, unit: '%' }]],
    ['a $2.3\\times$ speedup', [{ text: '2.3\\times', value: 2.3, unit: 'x' }]],
    [
      '2× faster and 12x cheaper',
      [
        { text: '2×', value: 2, unit: 'x' },
        { text: '12x', value: 12, unit: 'x' },
      ],
    ],
    [
      '(+18 on ARC-Easy, +5.25 on MMLU)',
      [
        { text: '+18', value: 18 },
        { text: '+5.25', value: 5.25 },
      ],
    ],
    ['31.5 milliseconds per image', [{ text: '31.5 milliseconds', value: 31.5, unit: 'ms' }]],
    ['approximately 43 percent', [{ text: '43 percent', value: 43, unit: '%' }]],
    [
      'scores 0.72-0.89 and 63%-66%',
      [
        { text: '0.72-0.89', value: 0.72, upper: 0.89 },
        { text: '63%-66%', value: 63, upper: 66, unit: '%' },
      ],
    ],
    ['with 2,252 questions', [{ text: '2,252', value: 2252 }]],
    ['an \\textbf{11.7\\%} gain', [{ text: '11.7\\%', value: 11.7, unit: '%' }]],
    [
      'a 3-point gain of 2 pp',
      [
        { text: '3-point', value: 3, unit: 'points' },
        { text: '2 pp', value: 2, unit: 'points' },
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected.map((e) => ({ upper: undefined, unit: undefined, ...e })));
  });

  it('keeps digits inside names out', () => {
    expect(read('GPT-4, Llama-3.1-8B, ISIC2017, precision@1, Qwen2.5-7B and 15k samples')).toEqual([]);
  });
});
