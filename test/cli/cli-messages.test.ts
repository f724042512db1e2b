import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, papergraph } from '../support/cli.js';

describe('papergraph CLI: one abstract, messages and exit codes', () => {
  let dir: string;
  let dataDir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-cli-msg-'));
    dataDir = join(dir, 'store');
    const ingest = await papergraph([
      'ingest',
      'data/hf-daily-papers-sample.txt',
      'test/fixtures/paper-with-record-id.jsonl',
      '--data-dir',
      dataDir,
      '-q',
    ]);
    expect(ingest.code, ingest.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('extract reads one abstract from standard input, from --title/--abstract and from a plain .txt file', async () => {
    const text = 'We fine-tune Llama-3-8B with LoRA and evaluate on MMLU.';
    const stdin = await papergraph(['extract', '-', '--jsonl'], text);
    expect(stdin.code, stdin.stderr).toBe(0);
    const names = (out: string) => JSON.parse(out).entities.map((e: { name: string }) => e.name);
    expect(names(stdin.stdout)).toEqual(expect.arrayContaining(['Llama-3-8B', 'LoRA', 'MMLU']));
    const flags = await papergraph(['extract', '--title', 'SpecTr: Fast Speculative Decoding', '--abstract', text, '--jsonl']);
    expect(flags.code, flags.stderr).toBe(0);
    expect(JSON.parse(flags.stdout).title).toBe('SpecTr: Fast Speculative Decoding');
    expect(names(flags.stdout)).toEqual(expect.arrayContaining(['SpecTr', 'LoRA', 'MMLU']));
    const file = join(dir, 'abstract.txt');
    await writeFile(file, `${text}\nIt is a plain abstract, with no title line.\n`);
    const plain = await papergraph(['extract', file]);
    expect([plain.code, plain.stderr]).toEqual([0, '']);
    expect(plain.stdout).toContain('benchmark MMLU');
  });

  it('reads bytes as ingest does (Windows-1252 fallback, with its warning) and prints no raw control character', async () => {
    const file = join(dir, 'latin-escape.jsonl');
    const record = '{"title":"Caf\xe9 Net \\u001b[31mred\\u0085","abstract":"We propose Caf\xe9Net, evaluated on ImageNet."}\n';
    await writeFile(file, Buffer.from(record, 'latin1'));
    const text = await papergraph(['extract', file]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe(`papergraph: warning: ${file}:1: 1 line(s) not valid UTF-8; read as Windows-1252 (Latin-1)\n`);
    expect(text.stdout.split('\n')[0]).toBe('Café Net \\x1b[31mred\\x85');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    const jsonl = await papergraph(['extract', '--jsonl', file]);
    expect(jsonl.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(jsonl.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(JSON.parse(jsonl.stdout).title).toBe('Café Net \u001b[31mred\u0085');
  });

  it('does not say "nothing was written" where nothing would be, nor suggest --skip-invalid for an unreadable file', async () => {
    const extract = await papergraph(['extract', 'no/such/file.txt']);
    expect([extract.code, extract.stderr]).toEqual([65, '✗ no/such/file.txt: cannot read file: no such file (ENOENT)\n✗ 1 problem\n']);
    const ingest = await papergraph(['ingest', 'no/such/file.txt', '--data-dir', dataDir]);
    expect([ingest.code, ingest.stderr]).toEqual([
      65,
      '✗ no/such/file.txt: cannot read file: no such file (ENOENT)\n✗ 1 problem; nothing was written\n',
    ]);
    const bad = await papergraph(['extract', 'test/fixtures/malformed-lines-2-3-5.jsonl']);
    expect(bad.code).toBe(65);
    expect(bad.stderr).toContain('✗ 3 problems (use --skip-invalid to extract the valid records)\n');
  });

  it('stops quietly when the reader of its output goes away (`papergraph extract … | head`)', async () => {
    // 300 abstracts print ~350 KB as JSON Lines: writes go on well past the two pipe buffers (2 × 64 KiB)
    // that can fill before the pipe is closed, so later ones meet the closed pipe.
    const lines = (await readFile('data/arxiv-recent-sample.jsonl', 'utf8')).split('\n').slice(0, 300);
    const file = join(dir, 'arxiv-300.jsonl');
    await writeFile(file, `${lines.join('\n')}\n`);
    const child = spawn(process.execPath, [...CLI, 'extract', '--jsonl', file], {
      env: { ...process.env, NEO4J_URI: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first chunk, then close the pipe as `head` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('stats, export and serve (with nothing to ingest) refuse a data directory that holds no graph instead of reporting an empty one', async () => {
    const typo = join(dir, 'no-such-store');
    // A failed ingest into a new directory writes nothing, not even the directory.
    const failed = await papergraph(['ingest', 'no/such/file.jsonl', '--data-dir', typo]);
    expect([failed.code, existsSync(typo)]).toEqual([65, false]);
    const empty = join(dir, 'empty-dir');
    await mkdir(empty);
    for (const where of [typo, empty]) {
      for (const args of [['stats'], ['export', '--format', 'csv'], ['serve', '--port', '0']]) {
        const run = await papergraph([...args, '--data-dir', where]);
        expect([run.code, run.stdout]).toEqual([2, '']);
        expect(run.stderr).toContain(`no papergraph data in ${where}`);
      }
    }
    const stats = await papergraph(['stats', '--data-dir', dataDir]);
    expect(stats.code, stats.stderr).toBe(0);
  }, 180_000);

  it('a --data-dir that is a file is a usage error naming it, for writers and readers', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a directory\n');
    for (const args of [['ingest', 'test/fixtures/paper-with-record-id.jsonl'], ['stats'], ['curate', 'list']]) {
      const run =
        args[0] === 'curate' ? await papergraph(['curate', '--data-dir', file, 'list']) : await papergraph([...args, '--data-dir', file]);
      expect([run.code, run.stderr]).toEqual([
        2,
        `✗ --data-dir ${file} is a file, not a directory: pass a directory (it is made if missing)\n`,
      ]);
    }
  });

  it('export --around with a misspelt name exits 65 with a suggestion; dataset: is a kind of benchmark', async () => {
    const typo = await papergraph(['export', '--format', 'csv', '--around', 'benchmark:GSM8', '--data-dir', dataDir]);
    expect(typo.code).toBe(65);
    expect(typo.stderr).toContain('Did you mean "GSM8K"?');
    const dataset = await papergraph([
      'export',
      '--format',
      'csv-nodes',
      '--around',
      'dataset:GSM8K',
      '--depth',
      '1',
      '--data-dir',
      dataDir,
    ]);
    expect(dataset.code, dataset.stderr).toBe(0);
    expect(dataset.stdout).toContain('benchmark:gsm8k,GSM8K,benchmark,');
    const deep = await papergraph(['export', '--format', 'csv', '--around', 'benchmark:GSM8K', '--depth', '4', '--data-dir', dataDir]);
    expect(deep.code).toBe(2);
    expect(deep.stderr).toContain('"depth" must be between 1 and 3, got 4');
    const aroundless = await papergraph(['export', '--format', 'csv', '--depth', '2', '--data-dir', dataDir]);
    expect({ code: aroundless.code, stdout: aroundless.stdout }).toEqual({ code: 2, stdout: '' });
    expect(aroundless.stderr).toContain('"depth" and "limit" apply to an export around a node: name one with around');
  });

  it('counts in the singular for one, and stats --json names links and kinds as GraphQL does', async () => {
    const one = await papergraph(['ingest', 'test/fixtures/paper-with-record-id.jsonl', '--data-dir', join(dir, 'one'), '-q']);
    expect(one.stdout).toMatch(/^✓ ingested 1 paper \(\d+ links?\) from 1 file into memory store/);
    const stats = JSON.parse((await papergraph(['stats', '--json', '--data-dir', dataDir])).stdout);
    expect(Object.keys(stats)).toEqual(['store', 'location', 'papers', 'links', 'byType']);
    expect(stats.papers).toBe(69);
    expect(stats.byType.map((t: { type: string }) => t.type)).toEqual(['METHOD', 'BENCHMARK', 'MODEL', 'TASK', 'METRIC', 'REPO', 'TOPIC']);
  });

  it("a record's own id finds its paper though its id is the arXiv id", async () => {
    const { code, stdout, stderr } = await papergraph([
      'export',
      '--format',
      'csv-nodes',
      '--around',
      'paper:p1',
      '--depth',
      '1',
      '--data-dir',
      dataDir,
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('arxiv:2407.21787,Large Language Monkeys');
  });
});
