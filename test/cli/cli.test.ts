import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);

/** Runs the real command (TypeScript sources through tsx) and captures what a user sees. */
async function papergraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, NEO4J_URI: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('papergraph CLI', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pg-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('extract --jsonl prints one scorer-format line per paper of the sample', async () => {
    const { code, stdout } = await papergraph('extract', 'data/hf-daily-papers-sample.txt', '--jsonl');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(68);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'title', 'entities']);
      for (const e of line.entities) {
        expect(['method', 'benchmark', 'model', 'task', 'metric', 'repo', 'topic']).toContain(e.type);
        expect(typeof e.name).toBe('string');
        expect(e.end).toBeGreaterThan(e.start);
      }
    }
  });

  it('ingests idempotently and reports stats', async () => {
    const first = await papergraph('ingest', 'data/hf-daily-papers-sample.txt', '--data-dir', dataDir, '--quiet');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^✓ ingested 68 papers \(\d+ links\) from 1 file\(s\) into memory store/);
    await papergraph('ingest', 'data/hf-daily-papers-sample.txt', '--data-dir', dataDir, '--quiet');
    const stats = await papergraph('stats', '--data-dir', dataDir, '--json');
    expect(JSON.parse(stats.stdout)).toMatchObject({ store: 'memory', papers: 68 });
  });

  it('refuses a malformed file like a compiler, writing nothing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'pg-cli-bad-'));
    try {
      const { code, stderr, stdout } = await papergraph(
        'ingest',
        'test/fixtures/two-papers.jsonl',
        'test/fixtures/malformed-lines-2-3-5.jsonl',
        '--data-dir',
        empty,
      );
      expect(code).toBe(65);
      expect(stdout).toBe('');
      expect(stderr).toContain('✗ test/fixtures/malformed-lines-2-3-5.jsonl:2: invalid JSON');
      expect(stderr).toContain('✗ test/fixtures/malformed-lines-2-3-5.jsonl:3: field "title" is empty');
      expect(stderr).toContain('✗ test/fixtures/malformed-lines-2-3-5.jsonl:5: field "published" is not a date');
      expect(stderr).toContain('nothing was written');
      expect(await readdir(empty)).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('ingests the valid records with --skip-invalid and says what it skipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-cli-skip-'));
    try {
      const { code, stdout, stderr } = await papergraph(
        'ingest',
        'test/fixtures/malformed-lines-2-3-5.jsonl',
        '--skip-invalid',
        '--data-dir',
        dir,
      );
      expect(code).toBe(0);
      expect(stdout).toContain('ingested 1 papers');
      expect(stdout).toContain('skipped 3 invalid records');
      expect(stderr).toContain('warning: skipped test/fixtures/malformed-lines-2-3-5.jsonl:2');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says which file it cannot read, without a line number', async () => {
    const { code, stderr } = await papergraph('ingest', 'no/such/file.jsonl', '--data-dir', dataDir);
    expect(code).toBe(65);
    expect(stderr).toContain('✗ no/such/file.jsonl: cannot read file: ENOENT');
  });

  it('names the known formats for an unknown one', async () => {
    const { code, stderr } = await papergraph('extract', 'test/fixtures/unknown-format.dat');
    expect(code).toBe(2);
    expect(stderr).toContain('known formats: hf-daily, jsonl, json, arxiv-atom (use --format)');
    const bad = await papergraph('extract', 'data/hf-daily-papers-sample.txt', '--format', 'csv');
    expect(bad.stderr).toContain('✗ --format csv: not a format papergraph reads; known formats: hf-daily, jsonl, json, arxiv-atom');
  });

  it('explains itself with --help', async () => {
    for (const command of ['ingest', 'extract', 'serve', 'stats']) {
      const { code, stdout } = await papergraph(command, '--help');
      expect(code, command).toBe(0);
      expect(stdout).toContain(`Usage: papergraph ${command}`);
    }
  });
});
