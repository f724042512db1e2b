import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities } from './index.js';
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

describe('the shipped lexicon', () => {
  it('names a model a paper spells out by the name researchers write (CLIP, not its long form)', () => {
    const paper = {
      title: 'Probing image-text models',
      abstract: 'We probe Contrastive Language-Image Pre-training (CLIP) and its features on retrieval.',
    };
    const models = extractEntities(paper, defaultExtractorConfig()).filter((e) => e.type === 'model');
    expect(models.map((e) => e.name)).toContain('CLIP');
    expect(models.map((e) => e.name)).not.toContain('Contrastive Language-Image Pre-training');
  });
});
