import { describe, expect, it } from 'vitest';
import { compileLexicon, lookupLexicon } from './lexicon.js';

describe('lexicon look-up', () => {
  const lexicon = compileLexicon([
    { name: 'AUC', type: 'metric', aliases: ['AUROC'] },
    { name: 'generative adversarial network', type: 'method', aliases: ['GAN'] },
    { name: 'MATH', type: 'benchmark', caseSensitive: true },
  ]);
  it('reads an acronym with a plural s as the acronym', () => {
    expect(lookupLexicon(lexicon, 'AUROCs', 'aurocs')?.name).toBe('AUC');
    expect(lookupLexicon(lexicon, 'GANs', 'gans')?.name).toBe('generative adversarial network');
  });
  it('keeps exact forms exact otherwise', () => {
    expect(lookupLexicon(lexicon, 'Gans', 'gans')).toBeUndefined();
    expect(lookupLexicon(lexicon, 'math', 'math')).toBeUndefined();
    expect(lookupLexicon(lexicon, 'MATH', 'math')?.name).toBe('MATH');
  });
});
