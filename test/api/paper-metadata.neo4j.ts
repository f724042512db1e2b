import { freshNeo4jStore, neo4jSkipReason } from '../support/neo4j.js';
import { runPaperMetadataContract } from './paper-metadata.case.js';

runPaperMetadataContract({ name: 'Neo4j', open: freshNeo4jStore, skip: neo4jSkipReason });
