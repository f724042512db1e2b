// Every suite that uses the real Neo4j (test/support/neo4j.ts), in one test file. They share its one
// database (Community Edition) and empty it as they go, so they run here one after another, in one
// worker, while vitest runs every other file in parallel beside it (vitest.config.ts). A new suite
// that uses Neo4j is a `*.neo4j.ts` file imported below. One of them alone:
// npx vitest run test/neo4j.test.ts -t 'GraphStore contract: Neo4j'
import './neo4j-store.neo4j.js';
import './api/neo4j-api.neo4j.js';
import './api/neo4j-hardening.neo4j.js';
import './api/paper-metadata.neo4j.js';
import './export.neo4j.js';
import './cli/db-migrate.neo4j.js';
import './bench/bench-smoke.neo4j.js';
