import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';
import { SkipReasonsReporter } from './test/support/skip-reasons.js';

const require = createRequire(import.meta.url);

/**
 * The files that use the real Neo4j (test/support/neo4j.ts). They share its one database (Community
 * Edition) and empty it as they go, so they run one at a time; every other file runs in parallel
 * with NEO4J_URI unset, so neither it nor a papergraph it spawns can reach that database.
 */
const NEO4J_FILES = [
  'test/neo4j-store.test.ts',
  'test/api/neo4j-api.test.ts',
  'test/api/neo4j-hardening.test.ts',
  'test/api/paper-metadata.test.ts',
  'test/export.test.ts',
  'test/cli/cli-neo4j.test.ts',
  'test/bench/bench-smoke.test.ts',
];

const shared = {
  resolve: {
    // graphql 16 ships CJS and ESM builds; Node (and type-graphql) load the CJS one, so the tests
    // must too, or schema objects from the two builds meet ("from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    // Builds dist/ when it is missing or older than src/: the tests that spawn papergraph run the build.
    globalSetup: ['test/support/built-cli.ts'],
    reporters: ['default', new SkipReasonsReporter()],
    projects: [
      {
        resolve: shared.resolve,
        test: {
          name: 'parallel',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...NEO4J_FILES],
          testTimeout: shared.testTimeout,
          hookTimeout: shared.hookTimeout,
          // Vitest's default on 2 cores is one worker; most files wait on child processes, servers
          // and Chromium more than they compute.
          maxWorkers: 3,
          env: { NEO4J_URI: '', PAPERGRAPH_TEST_NO_NEO4J: '1' },
        },
      },
      {
        resolve: shared.resolve,
        test: {
          name: 'neo4j',
          include: NEO4J_FILES,
          testTimeout: shared.testTimeout,
          hookTimeout: shared.hookTimeout,
          // Vitest runs a project without file parallelism after the parallel one, a file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
