import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neo4jUri } from '../support/neo4j.js';

// `npm run bench` end to end, on the build the suite's global setup keeps current: a smoke test of the
// harness (every section runs and reports), never a timing assertion. Three papers give every query of
// every section something to find, and a few requests per query run each measurement; the scale runs use
// ../shared/data and stay out of the suite.
/** Ports free right now (held open together, so they differ), so that benches run at once by other checkouts do not meet on one. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

describe('npm run bench --quick, on three papers', () => {
  it('reports extraction, ingest, the API and (with Neo4j) the side-by-side table', { timeout: 600_000 }, async () => {
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
    const run = spawnSync(process.execPath, [...args, '--store', neo4jUri ? 'both' : 'memory', '--work-dir', dir, '--out', out], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(results['corpus']).toMatchObject({ papers: 3 });
    expect(results['extraction']).toMatchObject({ abstracts: 3 });
    expect(results['ingest.memory']).toMatchObject({ countsUnchanged: true, counts: { papers: 3 } });
    const memoryApi = results['api.memory'] as { name: string; p50: number; rps: number }[];
    expect(memoryApi).toHaveLength(7);
    expect(memoryApi.map((r) => r.name)).toContain('paper page');
    for (const row of memoryApi) expect(row.rps).toBeGreaterThan(0);
    if (!neo4jUri) return;
    expect(results['ingest.neo4j']).toMatchObject({ countsUnchanged: true, counts: { papers: 3 } });
    const rows = results['sideBySide'] as {
      name: string;
      papergraph: { p50: number };
      neo4jGraphql: { p50: number };
      driver: { p50: number };
      ratio: { rps: number; p99: number };
    }[];
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      for (const side of [row.papergraph, row.neo4jGraphql, row.driver]) expect(side.p50).toBeGreaterThan(0);
      expect(row.ratio.rps).toBeGreaterThan(0);
    }
  });
});
