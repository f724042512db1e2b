import { spawnSync } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curate } from '../src/curation.js';
import { MemoryStore } from '../src/graph/index.js';
import { applyBatch } from '../src/graph/memory/apply-batch.js';
import { DirectedGraph } from 'graphology';
import { createPaperGraph } from '../src/graph/memory/memory-graph.js';
import { SNAPSHOT_FILE } from '../src/graph/memory/snapshot-file.js';
import { LOG_FILE, LOG_VERSION } from '../src/graph/memory/write-log.js';
import { runStoreContract } from './store.case.js';
import { paper } from './support/papers.js';

runStoreContract({ name: 'in-process', open: () => MemoryStore.open() });

describe('in-process store persistence', () => {
  it('persists every write as it commits, in the write log, and reloads the same graph', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const first = await MemoryStore.open({ dataDir: dir });
      expect(await readdir(dir)).toEqual([]);
      await first.writePapers([paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K', aliases: ['GSM-8K'] }])]);
      // Durable before any flush: a process killed now keeps the batch.
      expect(await readdir(dir)).toEqual([LOG_FILE]);
      const reopened = await MemoryStore.open({ dataDir: dir });
      expect((await reopened.stats()).papers).toBe(1);
      expect((await reopened.findEntity('benchmark', 'gsm 8k'))?.name).toBe('GSM8K');
      expect((await reopened.listPapers({ first: 5, offset: 0, search: 'paper' })).totalCount).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('builds the search index after load a slice at a time: other queries answer meanwhile, searches wait for all of it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const papers = Array.from({ length: 1000 }, (_, i) =>
        paper(`p${i}`, `Paper ${i} on sliced indexing`, [{ type: 'benchmark', name: 'GSM8K' }]),
      );
      const writer = await MemoryStore.open({ dataDir: dir });
      await writer.writePapers(papers);
      await writer.close();
      const store = await MemoryStore.open({ dataDir: dir });
      let indexed = false;
      void store.whenIndexed().then(() => (indexed = true));
      // Answered before the build has finished: it yields to other work between slices.
      expect((await store.findEntity('benchmark', 'GSM8K'))?.paperCount).toBe(1000);
      expect(indexed).toBe(false);
      // Nor does a flush (a server's close on SIGTERM) wait for it.
      await store.flush();
      expect(indexed).toBe(false);
      expect((await store.listPapers({ search: 'sliced indexing', first: 1, offset: 0 })).totalCount).toBe(1000);
      expect(indexed).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('builds the search index only when first wanted: a search after writes finds what they wrote, and not what they replaced', async () => {
    const store = await MemoryStore.open();
    const titles = async (search: string) => (await store.listPapers({ search, first: 10, offset: 0 })).items.map((p) => p.paper.id);
    await store.writePapers([paper('a', 'Sparse attention kernels', []), paper('b', 'Quantised adapters', [])]);
    await store.writePapers([paper('a', 'Speculative decoding drafts', [])]);
    // The first search builds the index from the graph as the writes left it; a search racing a write waits for it.
    const [racing] = await Promise.all([titles('speculative'), store.writePapers([paper('c', 'Speculative sampling', [])])]);
    expect(racing).toContain('a');
    expect(await titles('sparse')).toEqual([]);
    expect(await titles('speculative')).toEqual(expect.arrayContaining(['a', 'c']));
    // Kept up to date by the writes after it.
    await store.writePapers([paper('b', 'Sparse adapters', [])]);
    expect(await titles('quantised')).toEqual([]);
    expect(await titles('sparse')).toEqual(['b']);
  });

  it('compacts the log into a snapshot past the threshold, and reads the same graph from either', async () => {
    const logged = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    const compacted = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const batches = [
        [
          paper('a', 'Paper A', [
            { type: 'benchmark', name: 'GSM8K' },
            { type: 'method', name: 'beam search' },
          ]),
        ],
        [paper('b', 'Paper B', [{ type: 'benchmark', name: 'GSM-8K' }]), paper('a', 'Paper A v2', [{ type: 'model', name: 'GPT-4o' }])],
        [paper('c', 'Paper C', [{ type: 'method', name: 'Beam-Search' }])],
      ];
      for (const [dir, compactFloorBytes] of [
        [logged, undefined],
        [compacted, 1],
      ] as const) {
        const store = await MemoryStore.open({ dataDir: dir, ...(compactFloorBytes ? { compactFloorBytes } : {}) });
        for (const batch of batches) await store.writePapers(batch);
        await store.close();
      }
      expect(await readdir(compacted)).toEqual([SNAPSHOT_FILE]);
      // A reader never compacts, even past the threshold: beside a writer it would drop the log under it.
      await (await MemoryStore.open({ dataDir: logged, compactFloorBytes: 1 })).close();
      expect(await readdir(logged)).toEqual([LOG_FILE]);
      const [fromLog, fromSnapshot] = await Promise.all([MemoryStore.open({ dataDir: logged }), MemoryStore.open({ dataDir: compacted })]);
      expect(await fromSnapshot.exportGraph()).toEqual(await fromLog.exportGraph());
      expect((await fromSnapshot.exportGraph()).nodes.map((n) => n.id)).toEqual([
        'a',
        'b',
        'benchmark:gsm8k',
        'c',
        'method:beamsearch',
        'model:gpt4o',
      ]);
      expect(await fromSnapshot.linksOfPapers(['a', 'b', 'c'])).toEqual(await fromLog.linksOfPapers(['a', 'b', 'c']));
      expect((await fromSnapshot.listPapers({ first: 5, offset: 0, search: 'v2' })).items.map((p) => p.paper.id)).toEqual(['a']);
    } finally {
      await rm(logged, { recursive: true, force: true });
      await rm(compacted, { recursive: true, force: true });
    }
  });

  it('skips a log record cut short by a killed write, and the next write cuts it off', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const first = await MemoryStore.open({ dataDir: dir });
      await first.writePapers([paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K' }])]);
      await first.close();
      await appendFile(join(dir, LOG_FILE), '{"seq":2,"papers":[{"paper":{"id":"b","title":"Paper B"');
      const second = await MemoryStore.open({ dataDir: dir });
      expect((await second.stats()).papers).toBe(1);
      await second.writePapers([paper('c', 'Paper C', [{ type: 'benchmark', name: 'GSM8K' }])]);
      await second.close();
      const lines = (await readFile(join(dir, LOG_FILE), 'utf8')).split('\n');
      expect(lines.map((l) => (l ? (JSON.parse(l) as { seq: number }).seq : l))).toEqual([1, 2, '']);
      const third = await MemoryStore.open({ dataDir: dir });
      expect((await third.getPapers(['a', 'b', 'c'])).map((p) => p?.title)).toEqual(['Paper A', undefined, 'Paper C']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a log with a damaged record before its end, naming the file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const first = await MemoryStore.open({ dataDir: dir });
      await first.writePapers([paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K' }])]);
      await first.writePapers([paper('b', 'Paper B', [{ type: 'benchmark', name: 'GSM8K' }])]);
      await first.close();
      const text = await readFile(join(dir, LOG_FILE), 'utf8');
      await writeFile(join(dir, LOG_FILE), text.replace('"seq":1,', '"seq":1,,'));
      await expect(MemoryStore.open({ dataDir: dir })).rejects.toMatchObject({
        code: 'STORE_CORRUPT',
        message: expect.stringMatching(/graph\.log\.jsonl:1: not a papergraph write log/),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes the log version on every record and refuses a record of a later version or an unknown kind at its line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const first = await MemoryStore.open({ dataDir: dir });
      await first.writePapers([paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K' }])]);
      await first.writePapers([paper('b', 'Paper B', [{ type: 'benchmark', name: 'GSM8K' }])]);
      await first.close();
      const text = await readFile(join(dir, LOG_FILE), 'utf8');
      const records = text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(records.map((r) => [r.seq, r.v])).toEqual([
        [1, LOG_VERSION],
        [2, LOG_VERSION],
      ]);
      // A log without versions (written before they existed) still replays.
      await writeFile(join(dir, LOG_FILE), text.replaceAll(`"v":${LOG_VERSION},`, ''));
      const unversioned = await MemoryStore.open({ dataDir: dir });
      expect((await unversioned.getPapers(['a', 'b'])).map((p) => p?.title)).toEqual(['Paper A', 'Paper B']);
      await unversioned.close();
      const cannotReplay = {
        code: 'STORE_CORRUPT',
        message: expect.stringMatching(
          /graph\.log\.jsonl:2: a write-log record of version \d+, of a kind this papergraph \(log version 2\) cannot replay/,
        ),
      };
      await writeFile(join(dir, LOG_FILE), text.replace(`"seq":2,"v":${LOG_VERSION},`, `"seq":2,"v":${LOG_VERSION + 1},`));
      await expect(MemoryStore.open({ dataDir: dir })).rejects.toMatchObject(cannotReplay);
      await writeFile(join(dir, LOG_FILE), `${text.split('\n')[0]}\n${JSON.stringify({ seq: 2, v: LOG_VERSION, retract: 'x' })}\n`);
      await expect(MemoryStore.open({ dataDir: dir })).rejects.toMatchObject(cannotReplay);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads an old graph.json and replaces it with a snapshot on first open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const graph = createPaperGraph();
      const aliases = new Map<string, string>();
      applyBatch(graph, aliases, [paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K', aliases: ['GSM-8K'] }])]);
      // The format the store wrote before snapshots: graphology's serialisation.
      const legacy = new DirectedGraph();
      for (const { node, attributes } of graph.nodeEntries()) legacy.addNode(node, attributes);
      for (const { source, target, attributes } of graph.edgeEntries()) legacy.addDirectedEdge(source, target, attributes);
      await writeFile(join(dir, 'graph.json'), JSON.stringify({ version: 2, graph: legacy.export(), aliases: [...aliases] }));
      const migrated = await MemoryStore.open({ dataDir: dir });
      expect(await readdir(dir)).toEqual([SNAPSHOT_FILE]);
      expect((await migrated.findEntity('benchmark', 'GSM-8K'))?.name).toBe('GSM8K');
      await migrated.writePapers([paper('b', 'Paper B', [{ type: 'benchmark', name: 'gsm 8k' }])]);
      const reopened = await MemoryStore.open({ dataDir: dir });
      expect((await reopened.findEntity('benchmark', 'GSM8K'))?.paperCount).toBe(2);
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

  it('rolls an undo whose second batch fails back whole, the fix kept', async () => {
    const store = await MemoryStore.open();
    const a = paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K' }]);
    await store.writePapers([a]);
    const fix = await curate(store, { op: 'rename', type: 'benchmark', name: 'GSM8K', to: 'Grade School Math' });
    const before = { stats: await store.stats(), links: await store.linksOfPapers(['a']) };
    const graph = (store as unknown as { graph: { addDirectedEdge: (...args: unknown[]) => unknown } }).graph;
    const original = graph.addDirectedEdge.bind(graph);
    // The bare batch adds no links: the first link added is the second batch's, and only it fails.
    let armed = true;
    graph.addDirectedEdge = (...args: unknown[]) => {
      if (armed) {
        armed = false;
        throw new Error('injected fault');
      }
      return original(...args);
    };
    await expect(store.undoOverride(fix.id, [[{ paper: a.paper, entities: [] }], [a]])).rejects.toThrow('injected fault');
    graph.addDirectedEdge = original;
    expect(await store.stats()).toEqual(before.stats);
    expect(await store.linksOfPapers(['a'])).toEqual(before.links);
    expect(await store.listOverrides()).toEqual([fix]);
  });

  it('forgets an undone fix at load when its writer died before saving overrides.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const first = await MemoryStore.open({ dataDir: dir });
      const a = paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K' }]);
      await first.writePapers([a]);
      const fix = await curate(first, { op: 'rename', type: 'benchmark', name: 'GSM8K', to: 'Grade School Math' });
      const listed = await readFile(join(dir, 'overrides.json'), 'utf8');
      await first.undoOverride(fix.id, [[{ paper: a.paper, entities: [] }], [a]]);
      // The undo's log record is on disk; put back the file as it was before the undo saved it.
      await writeFile(join(dir, 'overrides.json'), listed);
      const reopened = await MemoryStore.open({ dataDir: dir });
      expect(await reopened.listOverrides()).toEqual([]);
      expect(await reopened.findEntity('benchmark', 'GSM8K')).toMatchObject({ name: 'GSM8K', aliases: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps a hand fix whose writer was killed after logging it and before saving overrides.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/fix-then-die.ts', dir], { encoding: 'utf8' });
      expect([child.signal, child.stderr]).toEqual(['SIGKILL', '']);
      expect(await readdir(dir)).not.toContain('overrides.json');
      const reopened = await MemoryStore.open({ dataDir: dir, lock: { waitMs: 0 } });
      const fixes = await reopened.listOverrides();
      expect(fixes).toMatchObject([{ op: 'rename', to: 'Grade School Math' }]);
      expect((await reopened.findEntity('benchmark', 'GSM8K'))?.name).toBe('Grade School Math');
      await reopened.close();
      // A writer's open saved the file, so the fix outlives the log (a compaction, a new graph).
      await rm(join(dir, LOG_FILE));
      expect(await (await MemoryStore.open({ dataDir: dir })).listOverrides()).toEqual(fixes);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('keeps hand fixes in overrides.json, which outlives the graph', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-mem-'));
    try {
      const first = await MemoryStore.open({ dataDir: dir });
      await first.writePapers([paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K' }])]);
      const fix = await curate(first, { op: 'rename', type: 'benchmark', name: 'GSM8K', to: 'Grade School Math' });
      expect((await readdir(dir)).sort()).toEqual([LOG_FILE, 'overrides.json']);
      const reopened = await MemoryStore.open({ dataDir: dir });
      expect(await reopened.listOverrides()).toEqual([fix]);
      expect((await reopened.findEntity('benchmark', 'GSM8K'))?.name).toBe('Grade School Math');
      await rm(join(dir, LOG_FILE));
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
