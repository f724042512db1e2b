import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { SkipReasonsReporter } from './test/support/skip-reasons.js';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds; Node (and type-graphql) load the CJS one, so the tests
    // must too, or schema objects from the two builds meet ("from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Builds dist/ when it is missing or older than src/: the tests that spawn papergraph run the build.
    globalSetup: ['test/support/built-cli.ts'],
    reporters: ['default', new SkipReasonsReporter()],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Store suites share one Neo4j database; running files one at a time keeps them apart.
    fileParallelism: false,
  },
});
