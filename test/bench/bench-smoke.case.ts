import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

// `npm run bench --quick` end to end, on the build the suite's global setup keeps current: a smoke test of the
// harness (every section runs and reports), never a timing assertion. Three papers give every query of
// every section something to find, and a few requests per query run each measurement; the scale runs use
// ../shared/data and stay out of the suite. The in-process half (bench-smoke.test.ts) runs beside the other
// files, the Neo4j half (bench-smoke.neo4j.ts) in test/neo4j.test.ts: together they are `--store both`.

/** Ports free right now (held open together, so they differ), so that benches run at once by other checkouts do not meet on one. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Runs the quick bench on the three papers with these arguments and returns its results.json. */
export async function quickBench(...extra: string[]): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-bench-'));
  const out = join(dir, 'results.json');
  const [port, libraryPort] = await freePorts(2);
  const args = [
    '--import',
    'tsx',
    'scripts/bench/bench.ts',
    '--corpus',
    'test/fixtures/bench-smoke-papers.jsonl',
    '--quick',
    '--requests',
    '4',
    '--concurrency',
    '2',
    '--rounds',
    '1',
    '--port',
    String(port),
    '--library-port',
    String(libraryPort),
  ];
  const run = spawnSync(process.execPath, [...args, ...extra, '--work-dir', dir, '--out', out], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  expect(results['corpus']).toMatchObject({ papers: 3 });
  return results;
}
