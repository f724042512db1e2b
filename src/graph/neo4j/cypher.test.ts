import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../graph-model.js';
import { CYPHER_DIR, cypher, STATEMENTS } from './cypher.js';

describe('count-entity-papers', () => {
  it('counts exactly the paper-to-entity relationship types', () => {
    const types = /\(e\)<-\[:([A-Z_|]+)\]-\(\)/.exec(cypher('count-entity-papers'))?.[1]?.split('|');
    expect(types?.sort()).toEqual([...RELATIONS].sort());
  });
});

describe('statement texts', () => {
  it('are sent without their comment lines and keep every other line', () => {
    for (const name of STATEMENTS) {
      const lines = readFileSync(new URL(`${name}.cypher`, CYPHER_DIR), 'utf8')
        .trim()
        .split('\n');
      const code = lines.filter((line) => !line.trimStart().startsWith('//'));
      expect(cypher(name).split('\n'), name).toEqual(code);
    }
    expect(readFileSync(new URL('list-papers-with-links.cypher', CYPHER_DIR), 'utf8')).toMatch(/^\/\/ /);
    expect(cypher('list-papers-with-links')).not.toContain('//');
  });
});
