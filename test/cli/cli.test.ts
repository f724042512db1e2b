import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/cli.js';
import { startServe } from '../support/serve-process.js';

const exec = promisify(execFile);

function withoutNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV: _ignored, ...rest } = env;
  return rest;
}

/** Runs the real command and captures what a user sees. */
async function papergraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [...CLI, ...args], {
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
      expect(Object.keys(line)).toEqual(['id', 'title', 'entities', 'results']);
      for (const e of line.entities) {
        expect(['method', 'benchmark', 'model', 'task', 'metric', 'repo', 'topic']).toContain(e.type);
        expect(typeof e.name).toBe('string');
        expect(e.end).toBeGreaterThan(e.start);
      }
    }
  });

  it('extract takes the year its warning about a yearless page asks for, as ingest does', async () => {
    const bare = await papergraph('extract', 'data/hf-daily-papers-sample.txt');
    expect(bare.stderr).toContain('names no year, so the papers are undated: give the year (--year YYYY) or the date (--date YYYY-MM-DD)');
    for (const flag of [
      ['--year', '2025'],
      ['--date', '2025-09-11'],
    ]) {
      const dated = await papergraph('extract', 'data/hf-daily-papers-sample.txt', ...flag);
      expect([dated.code, dated.stderr]).toEqual([0, '']);
      expect(dated.stdout).toBe(bare.stdout);
    }
    expect((await papergraph('extract', 'data/hf-daily-papers-sample.txt', '--year', 'soon')).code).toBe(2);
  });

  it('ingests idempotently and reports stats', async () => {
    const first = await papergraph('ingest', 'data/hf-daily-papers-sample.txt', '--data-dir', dataDir, '--quiet');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^✓ ingested 68 papers \(\d+ links\) from 1 file into memory store/);
    const again = await papergraph('ingest', 'data/hf-daily-papers-sample.txt', '--data-dir', dataDir, '--quiet');
    expect(again.stdout).toMatch(/^✓ ingested 68 papers \(0 written with 0 links, 68 unchanged\) from 1 file into memory store/);
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
      expect(stdout).toContain('ingested 1 paper (');
      expect(stdout).toContain('skipping 3 problems (warned above)');
      expect(stderr).toContain('warning: skipped test/fixtures/malformed-lines-2-3-5.jsonl:2');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file it cannot read even with --skip-invalid, and leaves no data directory behind', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'pg-cli-missing-'));
    const dir = join(parent, 'store');
    try {
      // --skip-invalid is about invalid records: a mistyped file name must still fail a script.
      const missing = await papergraph(
        'ingest',
        'no/such/file.jsonl',
        'test/fixtures/two-papers.jsonl',
        '--skip-invalid',
        '--data-dir',
        dir,
      );
      expect([missing.code, missing.stdout]).toEqual([65, '']);
      expect(missing.stderr).toContain('✗ no/such/file.jsonl: cannot read file: no such file (ENOENT)\n✗ 1 problem; nothing was written\n');
      expect(await readdir(parent)).toEqual([]);
      // A mistyped name does not hide the other files' problems: every one is reported, in file order.
      const both = await papergraph('ingest', 'test/fixtures/broken-xml-line-5.atom', 'no/such/file.jsonl', '--data-dir', dir);
      expect(both.code).toBe(65);
      expect(both.stderr).toContain(
        "✗ test/fixtures/broken-xml-line-5.atom:5: entry 1 is not well-formed XML: Expected closing tag 'title' (opened in line 4, col 5) instead of closing tag 'entry'.\n✗ no/such/file.jsonl: cannot read file: no such file (ENOENT)\n✗ 2 problems; nothing was written",
      );
      expect(await readdir(parent)).toEqual([]);
      // A first ingest that stores nothing (an empty file, skipped) leaves no empty directory to pass for a graph.
      const empty = join(parent, 'empty.jsonl');
      await writeFile(empty, '');
      const nothing = await papergraph('ingest', empty, '--skip-invalid', '--data-dir', dir);
      expect(nothing.code).toBe(0);
      expect(nothing.stdout).toContain(`skipping 1 problem (warned above) (nothing to store: ${dir} was not created)`);
      // A file with no records at all has none valid to keep: no --skip-invalid hint.
      const refused = await papergraph('ingest', empty, '--data-dir', dir);
      expect([refused.code, refused.stderr]).toEqual([65, `✗ ${empty}: no papers found\n✗ 1 problem; nothing was written\n`]);
      expect(await readdir(parent)).toEqual(['empty.jsonl']);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('refuses an unreadable file before loading the extractor, and serves without loading it until a write needs it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-cli-modules-'));
    const log = join(dir, 'modules.txt');
    const loaded = async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
    const extractor = (modules: string[]) => modules.filter((m) => m.startsWith('extract/') || m === 'pipeline.js');
    const env = { ...process.env, NEO4J_URI: '', PAPERGRAPH_MODULE_LOG: log };
    try {
      const refused = await exec(
        process.execPath,
        ['--import', './test/support/module-log.mjs', ...CLI, 'ingest', 'no/such/file.jsonl', '--data-dir', join(dir, 'store')],
        {
          env,
        },
      ).then(
        (done) => ({ code: 0, stderr: done.stderr }),
        (error: { code: number; stderr: string }) => error,
      );
      expect([refused.code, refused.stderr]).toEqual([
        65,
        '✗ no/such/file.jsonl: cannot read file: no such file (ENOENT)\n✗ 1 problem; nothing was written\n',
      ]);
      expect((await loaded()).length).toBeGreaterThan(0);
      expect(extractor(await loaded())).toEqual([]);
      expect(await readdir(dir)).toEqual(['modules.txt']);

      await rm(log);
      const serve = spawn(
        process.execPath,
        [
          '--import',
          './test/support/module-log.mjs',
          ...CLI,
          'serve',
          '--port',
          '0',
          '--data-dir',
          join(dir, 'store'),
          '--api-key',
          'k'.repeat(32),
        ],
        { env },
      );
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          serve.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const m = /✓ papergraph API at (http:\/\/\S+\/graphql)/.exec(out);
            if (m) resolve(m[1]!);
          });
          serve.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
        });
        const stats = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { papers } }' }),
        });
        expect((await stats.json()).data).toEqual({ stats: { papers: 0 } });
        expect(extractor(await loaded())).toEqual([]);
        // The first ingest over HTTP loads it.
        const ingest = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${'k'.repeat(32)}` },
          body: JSON.stringify({
            query:
              'mutation { ingestPapers(records: [{ title: "A LoRA Paper", abstract: "We fine-tune with LoRA on GSM8K." }]) { written papers } }',
          }),
        });
        expect((await ingest.json()).data).toEqual({ ingestPapers: { written: true, papers: 1 } });
        expect(extractor(await loaded())).toContain('pipeline.js');
      } finally {
        serve.kill('SIGTERM');
        await new Promise((resolve) => serve.once('exit', resolve));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says which file it cannot read, without a line number', async () => {
    const { code, stderr } = await papergraph('ingest', 'no/such/file.jsonl', '--data-dir', dataDir);
    expect(code).toBe(65);
    expect(stderr).toContain('✗ no/such/file.jsonl: cannot read file: no such file (ENOENT)');
  });

  it('names the known formats for an unknown one', async () => {
    const { code, stderr } = await papergraph('extract', 'test/fixtures/unknown-format.dat');
    expect(code).toBe(2);
    expect(stderr).toContain('known formats: hf-daily, jsonl, json, arxiv-atom (use --format)');
    const bad = await papergraph('extract', 'data/hf-daily-papers-sample.txt', '--format', 'csv');
    expect(bad.stderr).toContain('✗ --format csv: not a format papergraph reads; known formats: hf-daily, jsonl, json, arxiv-atom\n');
  });

  it('serve ingests, answers queries, points to the explorer and stops cleanly on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-cli-serve-'));
    const { child, url, output } = await startServe(
      ['--port', '0', '--ingest', 'data/hf-daily-papers-sample.txt', '--data-dir', dir],
      // As users run it: no NODE_ENV, so the command runs in production mode (src/cli/main.ts).
      { ...withoutNodeEnv(process.env), NEO4J_URI: '' },
    );
    try {
      const { stdout } = output();
      expect(stdout).toMatch(/graph explorer at http:\/\/127\.0\.0\.1:\d+\/explore/);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { papers } }' }),
      });
      expect(await response.json()).toEqual({ data: { stats: { papers: 68 } } });
      // Production mode turns Apollo's introspection off unless the server asks for it; the IDE needs it.
      const introspection = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
      expect(await introspection.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const ide = await fetch(url, { headers: { accept: 'text/html' } });
      expect(await ide.text()).toContain('<title>papergraph</title>');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output().stderr).toContain('SIGTERM: shutting down');
      expect(await readdir(dir)).toEqual(['graph.log.jsonl']);
    } finally {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('serve --ingest takes the reading options of ingest (--skip-invalid here)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-cli-serve-skip-'));
    const { child, url, output } = await startServe(
      ['--port', '0', '--ingest', 'test/fixtures/malformed-lines-2-3-5.jsonl', '--skip-invalid', '--data-dir', dir],
      { ...process.env, NEO4J_URI: '' },
    );
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { papers } }' }),
      });
      expect(await response.json()).toEqual({ data: { stats: { papers: 1 } } });
      expect(output().stderr).toContain('malformed-lines-2-3-5.jsonl:2');
    } finally {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exports a neighbourhood to stdout and says what it wrote', async () => {
    const { code, stdout, stderr } = await papergraph(
      'export',
      '--format',
      'csv-nodes',
      '--around',
      'benchmark:swe bench lite',
      '--depth',
      '1',
      '--data-dir',
      dataDir,
    );
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'id,label,type,size,aliases,published,url,authors,venue,arxivId,categories',
      expect.stringMatching(/^benchmark:swebenchlite,SWE-bench Lite,benchmark,1,[^,]*,,,,,,$/),
      expect.stringMatching(/^large-language-monkeys.*,paper,\d+,,,,,,,$/),
    ]);
    expect(stderr).toContain('exported 2 nodes and 1 edge as csv-nodes');
    const results = await papergraph(
      'export',
      '--format',
      'results-csv',
      '--around',
      'benchmark:SWE-bench Lite',
      '--depth',
      '1',
      '--data-dir',
      dataDir,
    );
    expect(results.code).toBe(0);
    expect(results.stdout).toMatch(/,SWE-bench Lite,56,%,,DeepSeek-V2-Coder-Instruct,with 250 samples,false,,/);
    expect(results.stderr).toMatch(/exported \d+ result rows as results-csv/);
    const bad = await papergraph('export', '--format', 'pdf', '--data-dir', dataDir);
    expect([bad.code, bad.stderr.trim()]).toEqual([
      2,
      '✗ unknown export format "pdf"; formats: graphml, gexf, cytoscape-json, csv, csv-nodes, results-csv',
    ]);
  });

  it('curate keeps hand fixes beside the graph, and ingest re-applies them after the graph is gone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-cli-curate-'));
    try {
      await papergraph('ingest', 'data/hf-daily-papers-sample.txt', '--data-dir', dir, '--quiet');
      const none = await papergraph('curate', '--data-dir', dir, 'list');
      expect(none).toMatchObject({
        code: 0,
        stdout: '',
        stderr: 'no hand fixes in force (curate merge, rename, alias and hide make them)\n',
      });
      const merged = await papergraph('curate', '--data-dir', dir, 'merge', 'model', 'GPT-4', 'gpt 4o');
      expect(merged.stdout).toMatch(/^✓ [0-9a-f-]{36} {2}\S+ {2}merge model "GPT-4" into "GPT-4o"\n$/);
      // "dataset" is another name for the benchmark kind, as everywhere a kind is typed.
      await papergraph('curate', '--data-dir', dir, 'hide', 'dataset', 'CIFAR-10');
      expect(await readdir(dir)).toEqual(['graph.log.jsonl', 'overrides.json']);
      await rm(join(dir, 'graph.log.jsonl'));
      await papergraph('ingest', 'data/hf-daily-papers-sample.txt', '--data-dir', dir, '--quiet');
      const listed = await papergraph('curate', '--data-dir', dir, 'list', '--json');
      expect(JSON.parse(listed.stdout).map((o: any) => o.op)).toEqual(['merge', 'hide']);
      const exported = await papergraph('export', '--format', 'csv-nodes', '--data-dir', dir);
      expect(exported.stdout).toContain('model:gpt4o');
      expect(exported.stdout).not.toContain('model:gpt4,');
      expect(exported.stdout).not.toContain('benchmark:cifar10');
      const mergeId = JSON.parse(listed.stdout)[0].id as string;
      // The start of an id is enough when no other fix's id starts so.
      const removed = await papergraph('curate', '--data-dir', dir, 'remove', mergeId.slice(0, 8));
      expect(removed.stdout).toMatch(
        new RegExp(`^✓ removed ${mergeId} {2}\\S+ {2}merge model "GPT-4" into "GPT-4o" \\(\\d+ papers? extracted again\\)\n$`),
      );
      const after = await papergraph('export', '--format', 'csv-nodes', '--data-dir', dir);
      expect(after.stdout).toContain('model:gpt4,');
      const unknown = await papergraph('curate', '--data-dir', dir, 'remove', mergeId);
      expect(unknown).toMatchObject({ code: 65, stderr: expect.stringContaining(`no hand fix with id "${mergeId}"`) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('db commands ask for NEO4J_URI when it is not set', async () => {
    const { code, stderr } = await papergraph('db', 'migrate');
    expect(code).toBe(2);
    expect(stderr).toContain('db commands manage a Neo4j database: set NEO4J_URI');
  });

  it('explains itself with --help', async () => {
    const help = new Map<string, string>();
    for (const command of ['ingest', 'extract', 'serve', 'stats', 'export']) {
      const { code, stdout } = await papergraph(command, '--help');
      expect(code, command).toBe(0);
      expect(stdout).toContain(`Usage: papergraph ${command}`);
      help.set(command, stdout);
    }
    const flagsOf = (text: string) => new Set([...text.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]));
    const serve = flagsOf(help.get('serve')!);
    const ingest = [...flagsOf(help.get('ingest')!)].filter((flag) => flag !== '--quiet');
    expect(ingest).toEqual(expect.arrayContaining(['--data-dir', '--skip-invalid', '--format']));
    expect(ingest.filter((flag) => !serve.has(flag))).toEqual([]);
  });
});
