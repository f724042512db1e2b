import { describe, expect, it } from 'vitest';
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
