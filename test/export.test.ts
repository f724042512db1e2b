import { MemoryStore } from '../src/graph/index.js';
import { runExportContract } from './export.case.js';
import { freshNeo4jStore, neo4jSkipReason } from './support/neo4j.js';

runExportContract({ name: 'in-process store', open: () => MemoryStore.open() });
runExportContract({ name: 'Neo4j store', open: freshNeo4jStore, ...(neo4jSkipReason ? { skip: neo4jSkipReason } : {}) });
