import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../graph-model.js';
import { cypher } from './cypher.js';

describe('count-entity-papers', () => {
  it('counts exactly the paper-to-entity relationship types', () => {
    const types = /\(e\)<-\[:([A-Z_|]+)\]-\(\)/.exec(cypher('count-entity-papers'))?.[1]?.split('|');
    expect(types?.sort()).toEqual([...RELATIONS].sort());
  });
});
