import type { Command } from 'commander';
import { InvalidArgumentError } from '../../model/index.js';
import { neo4jFromEnv } from '../open-store.js';

function requireNeo4j() {
  const options = neo4jFromEnv();
  if (!options) throw new InvalidArgumentError('db commands manage a Neo4j database: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)');
  return options;
}

export function registerDb(program: Command): void {
  const db = program.command('db').description('manage the Neo4j database named by NEO4J_URI');
  db.command('migrate')
    .description('create constraints and indexes (idempotent; ingest does this too)')
    .action(async () => {
      const { Neo4jStore } = await import('../../graph/index.js');
      const store = await Neo4jStore.open(requireNeo4j());
      try {
        await store.migrate();
        process.stdout.write(`✓ schema is current on ${store.location}\n`);
      } finally {
        await store.close();
      }
    });
  db.command('reset')
    .description("delete papergraph's papers, entities, aliases and hand fixes (other data stays)")
    .requiredOption('--yes', 'confirm')
    .action(async () => {
      const { Neo4jStore } = await import('../../graph/index.js');
      const store = await Neo4jStore.open(requireNeo4j());
      try {
        await store.deleteEverything();
        process.stdout.write(`✓ deleted papergraph data on ${store.location}\n`);
      } finally {
        await store.close();
      }
    });
}
