import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../src/graph/index.js';
import { runStoreContract } from './store.case.js';
import { paper } from './support/papers.js';

runStoreContract({ name: 'in-process', open: () => MemoryStore.open() });

describe('in-process store persistence', () => {
  it('persists to its data directory and reloads the same graph', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const first = await MemoryStore.open({ dataDir: dir });
      await first.writePapers([paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K', aliases: ['GSM-8K'] }])]);
      const reopened = await MemoryStore.open({ dataDir: dir });
      expect((await reopened.stats()).papers).toBe(1);
      expect((await reopened.findEntity('benchmark', 'gsm 8k'))?.name).toBe('GSM8K');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a corrupt graph file with a clear error and leaves it untouched', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      await writeFile(join(dir, 'graph.json'), '{"version": 1, "graph": ');
      await expect(MemoryStore.open({ dataDir: dir })).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
      expect(await readFile(join(dir, 'graph.json'), 'utf8')).toBe('{"version": 1, "graph": ');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
