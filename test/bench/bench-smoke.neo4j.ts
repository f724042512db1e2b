import { describe, expect, it } from 'vitest';
import { neo4jSkipReason } from '../support/neo4j.js';
import { quickBench } from './bench-smoke.case.js';

describe('npm run bench --quick, on three papers', () => {
  it.skipIf(neo4jSkipReason !== undefined)(
    `reports ingest and the side-by-side table on Neo4j${neo4jSkipReason ? ` (skipped: ${neo4jSkipReason})` : ''}`,
    { timeout: 600_000 },
    async () => {
      // Extraction is the in-process half's (bench-smoke.test.ts); it does not depend on the store.
      const results = await quickBench('--store', 'neo4j', '--skip', 'extract');
      expect(results['ingest.neo4j']).toMatchObject({ countsUnchanged: true, counts: { papers: 3 } });
      const rows = results['sideBySide'] as {
        name: string;
        papergraph: { p50: number };
        neo4jGraphql: { p50: number };
        driver: { p50: number; serverCpuMs?: number };
        ratio: { rps: number; p99: number };
      }[];
      expect(rows).toHaveLength(7);
      for (const row of rows) {
        for (const side of [row.papergraph, row.neo4jGraphql, row.driver]) expect(side.p50).toBeGreaterThan(0);
        expect(row.ratio.rps).toBeGreaterThan(0);
        // The floor's client is the bench process itself, whose CPU it can always read.
        expect(row.driver.serverCpuMs).toBeGreaterThan(0);
      }
    },
  );
});
