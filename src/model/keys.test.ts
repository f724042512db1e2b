import { describe, expect, it } from 'vitest';
import { entityKey, isNestedName, typedEntityKey } from './keys.js';

describe('nested names', () => {
  it('are names whose words are a proper, contiguous part of the other', () => {
    expect(isNestedName('DeepSeek-V2-Coder-Instruct', 'DeepSeek')).toBe(true);
    expect(isNestedName('machine translation', 'out-of-distribution machine translation')).toBe(true);
    expect(isNestedName('Llama-3.2-1B', 'LLaMA')).toBe(true);
  });
  it('are not spellings of one name, acronyms, or words in another order', () => {
    expect(isNestedName('GPT-4o', 'gpt 4o')).toBe(false);
    expect(isNestedName('Mixture-of-Memories', 'MoM')).toBe(false);
    expect(isNestedName('SWE-bench Lite', 'SWE Lite')).toBe(false);
    expect(isNestedName('Transformers', 'Transformer')).toBe(false);
  });
});

describe('benchmark keys', () => {
  it("write an edition's year with two digits or four alike", () => {
    for (const name of ['AIME25', "AIME'25", 'AIME-2025', 'AIME 2025']) expect(typedEntityKey('benchmark', name), name).toBe('aime25');
    expect(typedEntityKey('benchmark', 'WMT 2014')).toBe(typedEntityKey('benchmark', 'WMT14'));
  });
  it('keep a year that is part of a number, and other editions apart', () => {
    expect(typedEntityKey('benchmark', 'CUB-200-2011')).toBe('cub2002011');
    expect(typedEntityKey('benchmark', 'AIME 2024')).not.toBe(typedEntityKey('benchmark', 'AIME 2025'));
    expect(typedEntityKey('model', 'GPT-4o-2024')).toBe('gpt4o2024');
  });
});

describe('a star in a name', () => {
  it('keeps a name with a star inside it apart from the name without', () => {
    for (const name of ['V* Bench', 'V*Bench', 'V$^*$ Bench', '$V^{*}$ Bench']) expect(entityKey(name), name).toBe('v*bench');
    expect(entityKey('VBench')).toBe('vbench');
    expect(entityKey('A* search')).not.toBe(entityKey('A search'));
    expect(entityKey('O*NET')).not.toBe(entityKey('O-Net'));
  });
  it('is punctuation at either end of the name, doubled, or beside a space', () => {
    expect(entityKey('Mem0*')).toBe(entityKey('Mem0'));
    expect(entityKey('*Mixture of Attention Spans*')).toBe(entityKey('Mixture of Attention Spans'));
    expect(entityKey('**Pri**vate **S**tochastic')).toBe(entityKey('Private Stochastic'));
    expect(entityKey('Bayesian* causal inference')).toBe(entityKey('Bayesian causal inference'));
  });
});

describe('plural acronyms', () => {
  it('fold to the singular in the common-noun types, and stay apart in names of datasets and models', () => {
    expect(typedEntityKey('metric', 'NFEs')).toBe(typedEntityKey('metric', 'NFE'));
    expect(typedEntityKey('method', 'GANs')).toBe(typedEntityKey('method', 'GAN'));
    expect(typedEntityKey('method', 'GNNs')).toBe(typedEntityKey('method', 'GNN'));
    expect(typedEntityKey('method', 'NeRFs')).toBe(typedEntityKey('method', 'NeRF'));
    expect(typedEntityKey('method', 'SOS')).not.toBe(typedEntityKey('method', 'SO'));
    expect(typedEntityKey('model', 'LLMs')).toBe('llms');
  });
});
