import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServe } from '../support/serve-process.js';

const post = (url: string, query: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.json());

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
