import { describe, expect, it } from 'vitest';
import { rankEntities } from './search-rank.js';

describe('search results', () => {
  it('put the entity named exactly what was typed first, then names starting with it, then the most papers', () => {
    const found = [
      { name: 'Efficient attention & sequence models', paperCount: 120 },
      { name: 'linear attention transformer', paperCount: 3 },
      { name: 'gated linear attention', paperCount: 9 },
      { name: 'Linear Attention', paperCount: 4 },
    ];
    expect(rankEntities('linear attention ', found).map((e) => e.name)).toEqual([
      'Linear Attention',
      'linear attention transformer',
      'Efficient attention & sequence models',
      'gated linear attention',
    ]);
  });
});
