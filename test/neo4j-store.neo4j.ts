import { describe, expect, it } from 'vitest';
import { Neo4jStore, STATEMENTS, unusedCypherFiles } from '../src/graph/index.js';
import { runStoreContract } from './store.case.js';
import { freshNeo4jStore, neo4jSkipReason } from './support/neo4j.js';

runStoreContract({ name: 'Neo4j', open: freshNeo4jStore, ...(neo4jSkipReason ? { skip: neo4jSkipReason } : {}) });

describe('cypher/ statements', () => {
  it('every file in cypher/ is a statement the code uses', () => {
    expect(unusedCypherFiles()).toEqual([]);
  });

  // Schema statements and the batched delete cannot be EXPLAINed; they run for real in every
  // contract test above (migrate and deleteEverything open each store).
  const explainable = STATEMENTS.filter((s) => !s.startsWith('schema-') && s !== 'delete-everything');
  it.skipIf(neo4jSkipReason !== undefined)(
    `every other statement compiles on the real server (EXPLAIN)${neo4jSkipReason ? ` (skipped: ${neo4jSkipReason})` : ''}`,
    async () => {
      const store = await freshNeo4jStore();
      try {
        for (const name of explainable) await expect(store.explain(name), name).resolves.toBeUndefined();
      } finally {
        await store.close();
      }
    },
  );
});

describe('Neo4j connection errors', () => {
  it('names the URI and says the store is unavailable when nothing listens', async () => {
    await expect(Neo4jStore.open({ uri: 'bolt://127.0.0.1:1' })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining('cannot reach Neo4j at bolt://127.0.0.1:1'),
    });
  });
});
