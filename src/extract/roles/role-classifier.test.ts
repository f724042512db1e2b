import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from '../../model/index.js';
import { defaultExtractorConfig, extractEntities } from '../index.js';
import { classifyRoles } from './role-classifier.js';
import { mentionsOf, roleFeatures } from './role-features.js';
import { trainLogistic } from '../logistic.js';

const { lexicon } = defaultExtractorConfig({ combination: 'rules' });
const method = (text: string, mention: string, extra: Partial<ExtractedEntity> = {}): ExtractedEntity => {
  const start = text.indexOf(mention);
  return {
    type: 'method',
    name: mention,
    key: mention.toLowerCase(),
    aliases: [],
    evidence: { mention, start, end: start + mention.length, sentence: '' },
    confidence: 0.58,
    role: 'used',
    ...extra,
  };
};
const featuresOf = (title: string, abstract: string, mention: string, extra: Partial<ExtractedEntity> = {}) => {
  const text = `${title}\n\n${abstract}`;
  return roleFeatures({ text, titleEnd: title.length }, method(text, mention, extra), lexicon);
};

describe('the role features of a method', () => {
  it('finds every whole-word mention of a name or alias, ignoring case', () => {
    const text = 'FooNet: fast\n\nWe propose FooNet (FN). FNs differ; fooNET wins. SuperFooNet is other.';
    expect(mentionsOf(text, method(text, 'FooNet', { aliases: ['FN'] }))).toEqual([0, 25, 33, 50]);
  });
  it('tells the name a proposal cue is about from a name described against it', () => {
    const abstract = 'We propose Causal Entropy Optimization (CEO), a framework that generalizes Causal Bayesian Optimization.';
    expect(featuresOf('T', abstract, 'Causal Entropy Optimization')).toContain('we-propose');
    const related = featuresOf('T', abstract, 'Causal Bayesian Optimization');
    expect(related).toContain('we-propose:about-earlier');
    expect(related).not.toContain('we-propose');
  });
  it('does not count a name inside a hyphenated longer name ("RL" in "Sotopia-RL")', () => {
    const text = 'Sotopia-RL: Reward Design\n\nWe use reinforcement learning (RL). RL-based agents learn.';
    expect(mentionsOf(text, method(text, 'reinforcement learning', { aliases: ['RL'] }))).toEqual([34, 58, 63]);
  });
  it.each([
    ['FooNet: Fast Retrieval', 'We propose FooNet for retrieval.', 'FooNet', ['title:before-colon', 'we-propose', 'coined', 'first:title']],
    ['T', 'Our gated pooling beats baselines.', 'gated pooling', ['own', 'lowercase', 'first:0']],
    ['T', 'We use dropout. Results improve over dropout.', 'dropout', ['we-use', 'compared', 'lexicon', 'mentions:2']],
    ['T', 'Unlike existing contrastive learning, we are fast.', 'contrastive learning', ['existing']],
    ['T', 'We add GateMix, a novel mixing scheme, to the model.', 'GateMix', ['introduced-after', 'coined']],
    [
      'DiffDenoise: Image Denoising with Conditional Diffusion Models',
      'Denoising matters.',
      'Conditional Diffusion Models',
      ['title-prep:with', 'title:after-name-colon', 'title-only', 'title-prep:with&phrase'],
    ],
    ['T', 'Our method, Chain-of-Abstraction (CoA), trains LLMs.', 'Chain-of-Abstraction', ['own-apposition', 'defines-acronym']],
    [
      'T',
      'A coarse-fine preference modeling method is proposed to rank.',
      'coarse-fine preference modeling',
      ['proposed-after', 'head-after'],
    ],
    [
      'T',
      'We introduce MedVR, a novel reinforcement learning framework.',
      'reinforcement learning',
      ['head-after', 'sentence:proposal-verb'],
    ],
  ])('%s / %s: %s', (title, abstract, mention, expected) => {
    expect(featuresOf(title, abstract, mention)).toEqual(expect.arrayContaining(expected));
  });
  it('says nothing of a cue the text does not have', () => {
    const features = featuresOf('T', 'Baselines use dropout.', 'dropout');
    expect(features).not.toContain('we-propose');
    expect(features).not.toContain('own');
    expect(features).toContain('cue:used');
  });
});

describe('the role classifier', () => {
  const text = 'T\n\nWe propose FooNet. We use dropout.';
  const entities: ExtractedEntity[] = [
    method(text, 'FooNet'),
    method(text, 'dropout', { role: 'proposed' }),
    { ...method(text, 'FooNet'), type: 'model', role: undefined },
  ];
  it('decides every method by its score and leaves other types alone', () => {
    const model = { weights: { bias: -1, 'we-propose': 3 } };
    expect(classifyRoles({ text, titleEnd: 1 }, entities, lexicon, model).map((e) => [e.type, e.role])).toEqual([
      ['method', 'proposed'],
      ['method', 'used'],
      ['model', undefined],
    ]);
  });
  it('trains deterministically and learns a separable toy set', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: ['bias', 'a'], positive: true })),
      ...Array.from({ length: 30 }, () => ({ features: ['bias', 'b'], positive: false })),
      { features: ['bias', 'a', 'b'], positive: false },
    ];
    const model = trainLogistic(examples);
    expect(trainLogistic(examples)).toEqual(model);
    expect(model.weights.a).toBeGreaterThan(0);
    expect(model.weights.b).toBeLessThan(0);
  });
});

describe('the shipped role classifier', () => {
  const config = defaultExtractorConfig();
  const roles = (title: string, abstract: string) =>
    Object.fromEntries(
      extractEntities({ title, abstract }, config)
        .filter((e) => e.type === 'method')
        .map((e) => [e.name, e.role]),
    );
  it('reads a coined name the title and a proposal introduce as proposed, and a known technique named as a baseline as used', () => {
    const found = roles(
      'GateMix: Gated Token Mixing for Vision',
      'We propose GateMix, a novel token mixing scheme. Unlike existing methods such as dropout, GateMix adapts per token.',
    );
    expect(found.GateMix).toBe('proposed');
    expect(found.dropout).toBe('used');
  });
  it('reads a well-known name the title heads as proposed in its own paper, and as used elsewhere', () => {
    const own = roles(
      'LoRA: Low-Rank Adaptation of Large Language Models',
      'We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights and injects trainable rank decomposition matrices.',
    );
    expect(own.LoRA).toBe('proposed');
    expect(roles('A study of adapters', 'We fine-tune Llama 2 with LoRA and compare it to full fine-tuning on GSM8K.').LoRA).toBe('used');
  });
  it('takes the lexicon and name-frequency priors out of a name the title heads, not out of the others', () => {
    const text = 'LoRA: Low-Rank Adaptation\n\nWe propose LoRA. We compare with dropout.';
    const features = (mention: string) => roleFeatures({ text, titleEnd: 25 }, method(text, mention), lexicon, config.nameFrequencies);
    expect(features('LoRA')).toContain('title:head');
    expect(features('LoRA').some((f) => f.startsWith('frequency:') || f.includes('lexicon'))).toBe(false);
    expect(features('dropout')).toEqual(expect.arrayContaining(['lexicon', 'frequency:100+']));
  });
});
