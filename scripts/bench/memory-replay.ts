// npx tsx scripts/bench/memory-replay.ts --log FILE --data-dir DIR [--papers N]   (node --expose-gc --import tsx for heap after GC)
// The store side of an ingest: writes the batches of a write log (memory-log.ts) into a fresh journaled
// in-process store, one writePapers per batch with compaction as the CLI does, and prints its CPU and memory.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MemoryStore } from '../../src/graph/index.js';
import { readLines } from '../../src/graph/memory/json-lines.js';
import type { LogRecord } from '../../src/graph/memory/write-log.js';

const { values } = parseArgs({ options: { log: { type: 'string' }, 'data-dir': { type: 'string' }, papers: { type: 'string' } } });
if (!values.log || !values['data-dir']) throw new Error('usage: memory-replay.ts --log FILE --data-dir DIR [--papers N]');
const limit = Number(values.papers ?? Infinity);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
rmSync(values['data-dir'], { recursive: true, force: true });
const started = performance.now();
const store = await MemoryStore.open({ dataDir: values['data-dir'] });
let papers = 0;
for await (const line of readLines(values.log)) {
  const record = JSON.parse(line.text) as LogRecord;
  if (!('papers' in record)) continue;
  await store.writePapers(record.papers);
  papers += record.papers.length;
  if (papers >= limit) break;
}
await store.close();
const seconds = (performance.now() - started) / 1000;
global.gc?.();
console.log(
  `wrote ${papers} papers in ${seconds.toFixed(1)} s (${(process.cpuUsage().user / 1e6).toFixed(1)} s CPU); heap after ${mb(process.memoryUsage().heapUsed)} MB; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
);
