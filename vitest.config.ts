import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';
import { SkipReasonsReporter } from './test/support/skip-reasons.js';

const require = createRequire(import.meta.url);

/** Every suite that uses the real Neo4j, which share its one database: they run one after another in this file. */
const NEO4J = 'test/neo4j.test.ts';

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
    // Both projects run at once, on 4 workers together (vitest's default on 2 cores is 1): the Neo4j
    // file on one from the start (its project sorts first), the other files on the rest. Most files
    // wait on child processes, servers, Neo4j and Chromium more than they compute.
    maxWorkers: 4,
    projects: [
      {
        resolve: shared.resolve,
        test: { name: 'neo4j', include: [NEO4J], testTimeout: shared.testTimeout, hookTimeout: shared.hookTimeout },
      },
      {
        resolve: shared.resolve,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          testTimeout: shared.testTimeout,
          hookTimeout: shared.hookTimeout,
          // The unit tests change no module state, so a worker keeps the modules it has loaded for the
          // next file: the extractor (compromise and the tagger's models, ~1 s of CPU) once per worker,
          // not once per file.
          isolate: false,
          env: { NEO4J_URI: '', PAPERGRAPH_TEST_NO_NEO4J: '1' },
        },
      },
      {
        resolve: shared.resolve,
        test: {
          name: 'parallel',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, NEO4J],
          testTimeout: shared.testTimeout,
          hookTimeout: shared.hookTimeout,
          // Without NEO4J_URI, neither these files nor a papergraph they spawn can reach the database
          // the Neo4j file empties as it goes; test/support/neo4j.ts refuses to load here.
          env: { NEO4J_URI: '', PAPERGRAPH_TEST_NO_NEO4J: '1' },
        },
      },
    ],
  },
});
