import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { neo4jSkipReason, neo4jUri } from '../support/neo4j.js';
import { CLI } from '../support/cli.js';

// Apart from cli.test.ts, whose commands run on the in-process store: test/neo4j.test.ts runs it.
describe('papergraph CLI', () => {
  it.skipIf(neo4jSkipReason !== undefined)(
    `db migrate applies the schema on a real Neo4j${neo4jSkipReason ? ` (skipped: ${neo4jSkipReason})` : ''}`,
    async () => {
      const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
        execFile(process.execPath, [...CLI, 'db', 'migrate'], { env: { ...process.env, NEO4J_URI: neo4jUri } }, (error, out) =>
          error ? reject(error) : resolve({ stdout: out }),
        ),
      );
      expect(stdout.trim()).toBe(`✓ schema is current on ${neo4jUri}`);
    },
  );
});
