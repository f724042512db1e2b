import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';
import { CLI, papergraph } from '../support/cli.js';

/** Starts the real command; resolves each stderr wait and the exit. */
function startIngest(file: string, dataDir: string) {
  const child = spawn(process.execPath, [...CLI, 'ingest', file, '--data-dir', dataDir], {
    env: { ...process.env, NEO4J_URI: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const waiting = new Promise<void>((resolve) =>
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes('waiting for another papergraph process')) resolve();
    }),
  );
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { waiting, exited };
}

describe('two ingests into one --data-dir', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pg-lock-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('run one after the other: the second process waits for the first to save, and both files are kept', async () => {
    // A save killed half-way left a temporary file; the next writer removes it.
    await writeFile(join(dataDir, 'graph.snapshot.jsonl.0f3c-killed-save.tmp'), '{"format":"papergraph-snapshot","vers');
    const first = await MemoryStore.open({ dataDir, lock: { waitMs: 1000 } });
    const second = startIngest('test/fixtures/concurrent-writer-b.jsonl', dataDir);
    await second.waiting;
    await ingestFiles(first, ['test/fixtures/concurrent-writer-a.jsonl']);
    await first.close();
    const result = await second.exited;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ ingested 2 papers/);
    const store = await MemoryStore.open({ dataDir });
    const ids = (await store.listPapers({ first: 10, offset: 0 })).items.map((p) => p.paper.id).sort();
    await store.close();
    expect(ids).toEqual(['lock-a-1', 'lock-a-2', 'lock-b-1', 'lock-b-2']);
    expect(await readdir(dataDir)).toEqual(['graph.log.jsonl']);
  });

  it('a writer that cannot get the lock in time fails with a clear error', async () => {
    const holder = await MemoryStore.open({ dataDir, lock: { waitMs: 1000 } });
    try {
      await expect(MemoryStore.open({ dataDir, lock: { waitMs: 300 } })).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
        message: expect.stringMatching(/is locked by another papergraph process writing to it/),
      });
    } finally {
      await holder.close();
    }
  });

  it('curate list reads while a writer holds the lock, without waiting for it', async () => {
    const holder = await MemoryStore.open({ dataDir, lock: { waitMs: 1000 } });
    try {
      const listed = await papergraph(['curate', '--data-dir', dataDir, 'list', '--json']);
      expect(listed).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    } finally {
      await holder.close();
    }
  });
});
