import { Neo4jStore } from '../../src/graph/index.js';

// vitest.config.ts runs the suites that use Neo4j one after another in test/neo4j.test.ts, and every
// other file in parallel without NEO4J_URI; a parallel file that came here would meet them in the one database.
if (process.env['PAPERGRAPH_TEST_NO_NEO4J'] === '1') {
  throw new Error('this test file uses Neo4j: make it a *.neo4j.ts suite that test/neo4j.test.ts imports');
}

/**
 * The real Neo4j named by NEO4J_URI, or why it is skipped. CI sets REQUIRE_NEO4J=1, which turns a
 * missing server into a failure instead of a skip.
 */
export const neo4jUri = process.env['NEO4J_URI'] || undefined;
export const neo4jSkipReason = neo4jUri
  ? undefined
  : 'NEO4J_URI is not set; run `npm run neo4j:start` and export NEO4J_URI=bolt://127.0.0.1:7687';

if (!neo4jUri && process.env['REQUIRE_NEO4J'] === '1') {
  throw new Error('REQUIRE_NEO4J=1 but NEO4J_URI is not set: the Neo4j half of the suite may not be skipped');
}

/** A Neo4j store emptied of papergraph's data, with its schema in place. */
export async function freshNeo4jStore(): Promise<Neo4jStore> {
  const store = await Neo4jStore.open({
    uri: neo4jUri!,
    ...(process.env['NEO4J_USER'] ? { user: process.env['NEO4J_USER'] } : {}),
    ...(process.env['NEO4J_PASSWORD'] ? { password: process.env['NEO4J_PASSWORD'] } : {}),
  });
  await store.deleteEverything();
  await store.migrate();
  return store;
}
