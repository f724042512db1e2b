#!/usr/bin/env -S node --max-semi-space-size=32
// The flag gives V8 a larger young generation: a busy server allocates fast, and with the default
// 16 MB semi-space short-lived objects get promoted and collected by the slower old-space collector
// (entity pages at 16 clients: p99 ~45 → ~37 ms, measured). `npm start` passes it too.

// graphql-js reads NODE_ENV once, when first loaded: outside production every type test also runs
// a cross-realm check (3% of a busy server's CPU, measured), so the default is set before loading.
process.env['NODE_ENV'] ??= 'production';
// A reader that stops early (`papergraph extract big.jsonl | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
const { run } = await import('./run.js');

process.exitCode = await run(process.argv.slice(2));
