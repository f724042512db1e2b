import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curate } from '../src/curation.js';
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
      expect(await readdir(dir)).toEqual([]);
      await first.flush();
      expect(await readdir(dir)).toEqual(['graph.json']);
      const reopened = await MemoryStore.open({ dataDir: dir });
      expect((await reopened.stats()).papers).toBe(1);
      expect((await reopened.findEntity('benchmark', 'gsm 8k'))?.name).toBe('GSM8K');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rolls a batch that fails part-way back completely', async () => {
    const store = await MemoryStore.open();
    await store.writePapers([
      paper('a', 'Paper A', [
        { type: 'benchmark', name: 'GSM8K' },
        { type: 'method', name: 'beam search' },
      ]),
    ]);
    const before = {
      stats: await store.stats(),
      links: await store.linksOfPapers(['a']),
      gsm: await store.findEntity('benchmark', 'GSM8K'),
    };
    // Inject a fault: the third edge insertion of the next batch throws.
    const graph = (store as unknown as { graph: { addDirectedEdge: (...args: unknown[]) => unknown } }).graph;
    const original = graph.addDirectedEdge.bind(graph);
    let calls = 0;
    graph.addDirectedEdge = (...args: unknown[]) => {
      if (++calls === 3) throw new Error('injected fault');
      return original(...args);
    };
    const batch = [
      paper('a', 'Paper A v2', [{ type: 'benchmark', name: 'ImageNet' }]),
      paper('b', 'Paper B', [
        { type: 'benchmark', name: 'GSM8K', aliases: ['GSM-8K'] },
        { type: 'model', name: 'GPT-4o' },
      ]),
    ];
    await expect(store.writePapers(batch)).rejects.toThrow('injected fault');
    graph.addDirectedEdge = original;
    expect(await store.stats()).toEqual(before.stats);
    expect(await store.linksOfPapers(['a'])).toEqual(before.links);
    expect(await store.findEntity('benchmark', 'GSM8K')).toEqual(before.gsm);
    expect(await store.findEntity('benchmark', 'GSM-8K')).toEqual(before.gsm);
    expect(await store.findEntity('benchmark', 'ImageNet')).toBeUndefined();
    expect((await store.getPapers(['a', 'b'])).map((p) => p?.title)).toEqual(['Paper A', undefined]);
  });

  it('keeps hand fixes in overrides.json, which outlives graph.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const first = await MemoryStore.open({ dataDir: dir });
      await first.writePapers([paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K' }])]);
      const fix = await curate(first, { op: 'rename', type: 'benchmark', name: 'GSM8K', to: 'Grade School Math' });
      expect((await readdir(dir)).sort()).toEqual(['graph.json', 'overrides.json']);
      const reopened = await MemoryStore.open({ dataDir: dir });
      expect(await reopened.listOverrides()).toEqual([fix]);
      expect((await reopened.findEntity('benchmark', 'GSM8K'))?.name).toBe('Grade School Math');
      await rm(join(dir, 'graph.json'));
      expect(await (await MemoryStore.open({ dataDir: dir })).listOverrides()).toEqual([fix]);
      await writeFile(join(dir, 'overrides.json'), '{"version": 1, "overrides": ');
      await expect(MemoryStore.open({ dataDir: dir })).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
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
