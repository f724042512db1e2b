import { runApiContract } from './api.case.js';
import { freshNeo4jStore, neo4jSkipReason } from '../support/neo4j.js';

runApiContract({ name: 'Neo4j store', open: freshNeo4jStore, ...(neo4jSkipReason ? { skip: neo4jSkipReason } : {}) });
