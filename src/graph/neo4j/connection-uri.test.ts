import { describe, expect, it } from 'vitest';
import { splitConnectionUri } from './connection-uri.js';

describe('splitConnectionUri', () => {
  it.each([
    ['bolt://neo4j:p%40ss@host:7687', { uri: 'bolt://host:7687', user: 'neo4j', password: 'p@ss' }],
    ['neo4j+s://u:pw@x.databases.neo4j.io', { uri: 'neo4j+s://x.databases.neo4j.io', user: 'u', password: 'pw' }],
    ['bolt://127.0.0.1:7687', { uri: 'bolt://127.0.0.1:7687' }],
    ['not a uri://a:b@c', { uri: 'not a uri://c' }],
  ])('%s', (input, expected) => {
    expect(splitConnectionUri(input)).toEqual(expected);
  });
});
