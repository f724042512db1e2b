import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const post = (url: string, query: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.json());

describe('papergraph serve: limits from the environment, JSON request log, no introspection with --no-ide', () => {
  it('applies PAPERGRAPH_MAX_DEPTH, logs each request as a JSON line and turns introspection off with --no-ide', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-cli-operating-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--no-ide', '--data-dir', dir], {
      env: { ...process.env, NEO4J_URI: '', PAPERGRAPH_MAX_DEPTH: '2' },
    });
    try {
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const m = /✓ papergraph API at (http:\/\/\S+\/graphql)/.exec(stdout);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      expect(await post(url, '{ stats { papers } }')).toEqual({ data: { stats: { papers: 0 } } });
      const deep = await post(url, '{ stats { topBenchmarks { name } } }');
      expect(deep.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
      expect(deep.errors[0].message).toContain('Query depth limit of 2 exceeded, found 3.');
      const introspection = await post(url, '{ __schema { queryType { name } } }');
      expect(introspection.errors[0].extensions.code).toBe('BAD_REQUEST');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const requests = stderr
        .split('\n')
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
