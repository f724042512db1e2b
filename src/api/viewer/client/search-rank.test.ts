import { describe, expect, it } from 'vitest';
import { rankEntities } from './search-rank.js';

describe('search results', () => {
  it('put the entity named exactly what was typed first, then whole words, then word prefixes, each most papers first', () => {
    const found = [
      { name: 'Efficient attention & sequence models', paperCount: 120 },
      { name: 'linear attention transformer', paperCount: 3 },
      { name: 'gated linear attention', paperCount: 9 },
      { name: 'Linear Attention', paperCount: 4 },
      { name: 'linear attentional pooling', paperCount: 40 },
    ];
    expect(rankEntities('linear attention ', found).map((e) => e.name)).toEqual([
      'Linear Attention',
      'gated linear attention',
      'linear attention transformer',
      'linear attentional pooling',
      'Efficient attention & sequence models',
    ]);
  });

  it('ranks a widely used entity holding the word above rarer names that start with it, across kinds', () => {
    const found = [
      { name: 'Attention Alignment', paperCount: 1 },
      { name: 'attention', paperCount: 3 },
      { name: 'self-attention', paperCount: 30 },
      { name: 'Efficient attention & sequence models', paperCount: 120 },
      { name: 'Attention-2', paperCount: 1 },
    ];
    expect(rankEntities('attention', found).map((e) => e.name)).toEqual([
      'attention',
      'Efficient attention & sequence models',
      'self-attention',
      'Attention Alignment',
      'Attention-2',
    ]);
  });

  it('counts an alias typed above whole words', () => {
    const found = [
      { name: 'LoRA adapters', paperCount: 5 },
      { name: 'Low-Rank Adaptation', aliases: ['LoRA'], paperCount: 2 },
    ];
    expect(rankEntities('lora', found).map((e) => e.name)).toEqual(['Low-Rank Adaptation', 'LoRA adapters']);
  });

  it('puts the name typed above an alias typed, as a topic whose signal words are its aliases', () => {
    const found = [
      { name: 'Efficient attention & sequence models', aliases: ['linear attention', 'Mamba'], paperCount: 120 },
      { name: 'linear attention', paperCount: 7 },
      { name: 'gated linear attention', paperCount: 9 },
    ];
    expect(rankEntities('linear attention', found).map((e) => e.name)).toEqual([
      'linear attention',
      'Efficient attention & sequence models',
      'gated linear attention',
    ]);
  });
});
