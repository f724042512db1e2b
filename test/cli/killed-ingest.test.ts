import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/graph/index.js';
import { CLI } from '../support/cli.js';

const BATCH = 25;

/** Runs the real ingest command and kills it (SIGKILL) once it reports `after` papers extracted and written. */
function ingestKilledAfter(after: number, dataDir: string): Promise<{ reported: number; signal: NodeJS.Signals | null }> {
  const child = spawn(
    process.execPath,
    [...CLI, 'ingest', 'data/arxiv-recent-sample.jsonl', '--batch-size', String(BATCH), '--data-dir', dataDir],
    { env: { ...process.env, NEO4J_URI: '' } },
  );
  let stderr = '';
  let reported = 0;
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const m of stderr.matchAll(/extracted and wrote (\d+)\/\d+ papers/g)) reported = Math.max(reported, Number(m[1]));
    if (reported >= after) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('close', (_, signal) => resolve({ reported, signal })));
}

describe('an ingest killed part-way', () => {
  it('keeps every batch it reported written, and no part of any other', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pg-killed-'));
    try {
      const { reported, signal } = await ingestKilledAfter(200, dataDir);
      expect(signal).toBe('SIGKILL');
      const store = await MemoryStore.open({ dataDir });
      const stats = await store.stats();
      // The kill lands while later batches are being extracted or written: those are whole or absent.
      expect(stats.papers).toBeGreaterThanOrEqual(reported);
      expect(stats.papers % BATCH).toBe(0);
      expect(stats.papers).toBeLessThan(1994);
      const papers = await store.listPapers({ first: stats.papers, offset: 0 });
      const links = await store.linksOfPapers(papers.items.map((p) => p.paper.id));
      expect([...links.values()].reduce((n, l) => n + l.length, 0)).toBe(stats.edges);
      await store.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
