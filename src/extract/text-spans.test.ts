import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './text-spans.js';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentence spans', () => {
  it('ends a sentence after a hyphenated model name, not after an initial', () => {
    expect(sentences('It is faster than Swin-B. On ImageNet-C, it lowers the error. As J. Smith showed, GPT-J. Works.')).toEqual([
      'It is faster than Swin-B.',
      'On ImageNet-C, it lowers the error.',
      'As J. Smith showed, GPT-J.',
      'Works.',
    ]);
  });
});
