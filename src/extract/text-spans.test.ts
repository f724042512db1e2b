import { describe, expect, it } from 'vitest';
import { sentenceSpans, tokenize, tokenizeByExpression } from './text-spans.js';

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

describe('tokenize', () => {
  const words = (text: string) => tokenize(text).map((t) => t.text);

  it('keeps inner hyphens, dots, apostrophes and plus signs, not trailing ones', () => {
    expect(words('GPT-4o beats Llama-3.1-8B and C++ (don’t a--b a.-b x.) ++y')).toEqual([
      'GPT-4o',
      'beats',
      'Llama-3.1-8B',
      'and',
      'C++',
      'don’t',
      'a',
      'b',
      'a',
      'b',
      'x',
      'y',
    ]);
  });

  it('reads letters and digits outside ASCII and outside the basic plane, and skips lone surrogates', () => {
    const text = 'é-ñ 漢字-1 a\u{1D400}b-c.d ٣-x \ud800z q\udc00r';
    expect(words(text)).toEqual(['é-ñ', '漢字-1', 'a\u{1D400}b-c.d', '٣-x', 'z', 'q', 'r']);
    expect(tokenize(text)).toEqual(tokenizeByExpression(text));
  });

  it('finds what the TOKEN expression finds, offsets and keys included', () => {
    const text =
      'DiffDenoise: Denoising with Conditional Diffusion Models\n\nWe propose X-Net (ours), a 3.5B-parameter model; ' +
      'it reaches 91.2% on ImageNet-1k, vs. ResNet-50’s 76.1 — see https://github.com/a/b.git. TD3+BC, IQL & CQL.';
    expect(tokenize(text)).toEqual(tokenizeByExpression(text));
  });
});
