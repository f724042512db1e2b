import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printPapergraphSchema } from '../../src/api/index.js';

describe('schema/schema.graphql', () => {
  it('is current with the code (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile('schema/schema.graphql', 'utf8');
    expect(committed).toBe(await printPapergraphSchema());
  });

  it('describes every field and argument, since the IDE shows them', async () => {
    const schema = await printPapergraphSchema();
    const undocumented = schema
      .split('\n')
      .map((line, i, lines) => ({ line, previous: lines[i - 1]?.trim() ?? '' }))
      .filter(({ line }) => /^\s{2,4}\w+(\(|:)/.test(line) && !line.trim().startsWith('"'))
      .filter(({ previous }) => !previous.endsWith('"') && !previous.endsWith('"""'));
    expect(undocumented.map((u) => u.line.trim())).toEqual([]);
  });
});
