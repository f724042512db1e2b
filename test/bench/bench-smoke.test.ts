import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { quickBench } from './bench-smoke.case.js';

describe('npm run bench --quick, on three papers', () => {
  it('reports extraction, ingest and the API on the in-process store', { timeout: 600_000 }, async () => {
    const results = await quickBench('--store', 'memory');
    expect(results['extraction']).toMatchObject({ abstracts: 3 });
    expect(results['ingest.memory']).toMatchObject({ countsUnchanged: true, counts: { papers: 3 } });
    const memoryApi = results['api.memory'] as { name: string; p50: number; rps: number }[];
    expect(memoryApi).toHaveLength(7);
    expect(memoryApi.map((r) => r.name)).toContain('paper page');
    for (const row of memoryApi) expect(row.rps).toBeGreaterThan(0);
  });
});

describe('npm run bench:extract', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/extract.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  it('explains itself with --help, and answers an option it does not know with the usage and exit 2', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run bench:extract [-- FILE [LIMIT]]');
    const wrong = run('--papers', '10');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('usage: npm run bench:extract');
    expect(run('corpus.jsonl', 'many').status).toBe(2);
  });
});
