import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPaperGraph } from './memory-graph.js';
import { readSnapshot, SNAPSHOT_FILE, writeSnapshot } from './snapshot-file.js';

describe('the snapshot file', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pg-snapshot-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  function smallGraph() {
    const graph = createPaperGraph();
    graph.addNode('p1', { kind: 'paper', title: 'A "quoted"\ntitle', abstract: 'Line one.\nLine two \u2028 end.' });
    graph.addNode('benchmark:gsm8k', { kind: 'entity', type: 'benchmark', key: 'gsm8k', name: 'GSM8K', aliases: ['GSM-8K'] });
    graph.addDirectedEdge('p1', 'benchmark:gsm8k', {
      relation: 'EVALUATES_ON',
      mention: 'GSM8K',
      start: 3,
      end: 8,
      sentence: 'On GSM8K.',
      confidence: 0.9,
    });
    return graph;
  }

  it('reads back what it wrote: nodes, links, aliases and the log position', async () => {
    const graph = smallGraph();
    await writeSnapshot(dataDir, { graph, aliases: new Map([['benchmark:gsm8k2', 'benchmark:gsm8k']]), seq: 7 });
    const read = await readSnapshot(dataDir);
    expect(read?.seq).toBe(7);
    const links = (g: typeof graph) => g.mapEdges((attributes, source, target) => ({ source, target, attributes }));
    expect(read?.graph.export().nodes).toEqual(graph.export().nodes);
    expect(links(read!.graph)).toEqual(links(graph));
    expect([...read!.aliases]).toEqual([['benchmark:gsm8k2', 'benchmark:gsm8k']]);
    // Header, two nodes, a link, an alias, the end record: newlines in the text stay escaped.
    expect((await readFile(join(dataDir, SNAPSHOT_FILE), 'utf8')).split('\n')).toHaveLength(6 + 1);
  });

  it('refuses a snapshot cut short, naming the file and line', async () => {
    await writeSnapshot(dataDir, { graph: smallGraph(), aliases: new Map(), seq: 1 });
    const text = await readFile(join(dataDir, SNAPSHOT_FILE), 'utf8');
    // Whole lines missing: every line parses, only the end record tells.
    await writeFile(join(dataDir, SNAPSHOT_FILE), text.split('\n').slice(0, 3).join('\n') + '\n');
    await expect(readSnapshot(dataDir)).rejects.toMatchObject({
      code: 'STORE_CORRUPT',
      message: expect.stringMatching(/graph\.snapshot\.jsonl:3: not a papergraph snapshot \(it ends before its end record/),
    });
  });

  it('leaves no temporary file behind when the save fails', async () => {
    // A directory where the snapshot should be makes the final rename fail.
    await mkdir(join(dataDir, SNAPSHOT_FILE, 'in-the-way'), { recursive: true });
    await expect(writeSnapshot(dataDir, { graph: smallGraph(), aliases: new Map(), seq: 1 })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(/^cannot save .*graph\.snapshot\.jsonl: /),
    });
    expect(await readdir(dataDir)).toEqual([SNAPSHOT_FILE]);
  });
});
