import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { papergraph } from '../support/cli.js';
import { startServe } from '../support/serve-process.js';

const post = (url: string, query: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.json());

/** A port free right now (the kernel's pick for port 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

describe('papergraph serve: where it listens, from the environment too', () => {
  it('takes --port and --host from PAPERGRAPH_PORT and PAPERGRAPH_HOST, says so in --help, and a flag wins', async () => {
    const help = (await papergraph(['serve', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--port <port> port to listen on \(default: 4000, env: PAPERGRAPH_PORT\)/);
    expect(help).toMatch(/--host <host> [^(]*\([^)]*\) \(default: "127.0.0.1", env: PAPERGRAPH_HOST\)/);
    const bad = await papergraph(['serve', '--data-dir', 'no/such/dir'], '', { PAPERGRAPH_PORT: 'http' });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('expected a port from 0 to 65535, got "http"')]);
    const dir = await mkdtemp(join(tmpdir(), 'pg-cli-listen-'));
    const port = await freePort();
    const env = { ...process.env, NEO4J_URI: '', PAPERGRAPH_PORT: String(port), PAPERGRAPH_HOST: '127.0.0.2' };
    const args = ['--data-dir', dir, '--ingest', 'test/fixtures/two-papers.jsonl'];
    const fromEnv = await startServe(args, env);
    try {
      expect(fromEnv.url).toBe(`http://127.0.0.2:${port}/graphql`);
    } finally {
      // Stopped, not killed: the next server waits for the data directory's write lock.
      const exited = new Promise((resolve) => fromEnv.child.once('exit', resolve));
      fromEnv.child.kill('SIGTERM');
      await exited;
    }
    const fromFlags = await startServe([...args, '--port', '0', '--host', '127.0.0.1'], env);
    try {
      expect(fromFlags.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect(fromFlags.url).not.toContain(`:${port}/`);
    } finally {
      fromFlags.child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('papergraph serve: limits from the environment, JSON request log, no introspection with --no-ide', () => {
  it('applies PAPERGRAPH_MAX_DEPTH, logs each request as a JSON line and turns introspection off with --no-ide', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-cli-operating-'));
    const { child, url, output } = await startServe(
      ['--port', '0', '--no-ide', '--data-dir', dir, '--ingest', 'test/fixtures/two-papers.jsonl'],
      {
        ...process.env,
        NEO4J_URI: '',
        PAPERGRAPH_MAX_DEPTH: '2',
      },
    );
    try {
      expect(await post(url, '{ stats { papers } }')).toEqual({ data: { stats: { papers: 2 } } });
      const deep = await post(url, '{ stats { topBenchmarks { name } } }');
      expect(deep.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
      expect(deep.errors[0].message).toContain('Query depth limit of 2 exceeded, found 3.');
      const introspection = await post(url, '{ __schema { queryType { name } } }');
      expect(introspection.errors[0].extensions.code).toBe('BAD_REQUEST');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const requests = output()
        .stderr.split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line))
        .filter((line) => line.msg === 'request');
      expect(requests.map((r) => [r.status, r.errorCodes ?? []])).toEqual([
        [200, []],
        [400, ['QUERY_TOO_DEEP']],
        [400, ['BAD_REQUEST']],
      ]);
    } finally {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('papergraph serve: the request log is written asynchronously and loses nothing', () => {
  it('writes a quiet server’s lines within about a second, and every line of a busy one when stopped at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-cli-log-'));
    const { child, url, output } = await startServe(['--port', '0', '--data-dir', dir, '--ingest', 'test/fixtures/two-papers.jsonl'], {
      ...process.env,
      NEO4J_URI: '',
    });
    const requestLines = () =>
      output()
        .stderr.split('\n')
        .filter((line) => line.startsWith('{') && line.includes('"msg":"request"'));
    try {
      // Two lines, far less than the 4 KB the stream gathers before a write: the periodic flush writes them.
      await post(url, '{ stats { papers } }');
      await post(url, '{ stats { papers } }');
      await expect.poll(() => requestLines().length, { timeout: 5_000, interval: 100 }).toBe(2);
      // Then a burst, and SIGTERM as soon as the last answer is in: shutdown writes what is buffered.
      const burst = 400;
      for (let i = 0; i < burst; i += 20) await Promise.all(Array.from({ length: 20 }, () => post(url, '{ stats { papers } }')));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const lines = requestLines().map((line) => JSON.parse(line) as { status: number; path: string });
      expect(lines).toHaveLength(2 + burst);
      expect(lines.every((l) => l.status === 200 && l.path === '/graphql')).toBe(true);
    } finally {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});
