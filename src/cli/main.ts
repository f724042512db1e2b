#!/usr/bin/env node
// graphql-js reads NODE_ENV once, when first loaded: outside production every type test also runs
// a cross-realm check (3% of a busy server's CPU, measured), so the default is set before loading.
process.env['NODE_ENV'] ??= 'production';
const { run } = await import('./run.js');

process.exitCode = await run(process.argv.slice(2));
