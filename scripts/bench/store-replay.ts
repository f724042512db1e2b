// npx tsx scripts/bench/store-replay.ts --log FILE (--data-dir DIR | --neo4j) [--papers N]   (node --expose-gc --import tsx for heap after GC)
// The store side of an ingest: writes the batches of a write log (memory-log.ts) into a fresh
// in-process store (journaled, compacting as the CLI does) or into the Neo4j at NEO4J_URI (which
// must be empty; bulk load as the CLI does), one writePapers per batch, and prints wall and CPU
// seconds (this process, and Neo4j's when NEO4J_HOME_DIR names it), load average and memory.
// --papers N keeps every k-th paper of the log, as `npm run bench -- --papers N` subsamples the corpora.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { MemoryStore, Neo4jStore, type GraphStore } from '../../src/graph/index.js';
import { sampledLogBatches } from './log-batches.js';
import { cpuSeconds, neo4jPid } from './support.js';

const { values } = parseArgs({
  options: { log: { type: 'string' }, 'data-dir': { type: 'string' }, neo4j: { type: 'boolean', default: false }, papers: { type: 'string' } },
});
if (!values.log || (!values['data-dir'] && !values.neo4j)) throw new Error('usage: store-replay.ts --log FILE (--data-dir DIR | --neo4j) [--papers N]');
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

const batches = () => sampledLogBatches(values.log!, values.papers ? Number(values.papers) : undefined);

let store: GraphStore;
if (values.neo4j) {
  store = await Neo4jStore.open({ uri: process.env['NEO4J_URI']!, ...(process.env['NEO4J_PASSWORD'] ? { password: process.env['NEO4J_PASSWORD'] } : {}) });
  await store.migrate();
  if ((await store.stats()).papers > 0) throw new Error('the Neo4j database is not empty (start it with --fresh)');
} else {
  rmSync(values['data-dir']!, { recursive: true, force: true });
  store = await MemoryStore.open({ dataDir: values['data-dir']! });
}
const db = values.neo4j ? neo4jPid() : undefined;
const dbCpu = cpuSeconds(db);
const started = performance.now();
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const cpuBefore = cpu();
const bulk = values.neo4j && (await store.beginBulkLoad?.(Number(values.papers ?? 1e6))) === true;
let papers = 0;
let links = 0;
for await (const batch of batches()) {
  if (batch.length === 0) continue;
  links += (await store.writePapers(batch)).links;
  papers += batch.length;
}
if (bulk) await store.endBulkLoad!();
await store.close();
const seconds = (performance.now() - started) / 1000;
const dbUsed = cpuSeconds(db);
global.gc?.();
console.log(
  `wrote ${papers} papers, ${links} links to ${values.neo4j ? 'Neo4j' : 'the in-process store'} in ${seconds.toFixed(1)} s (${(cpu() - cpuBefore).toFixed(1)} s CPU${dbCpu !== undefined && dbUsed !== undefined ? ` + Neo4j ${(dbUsed - dbCpu).toFixed(1)} s CPU` : ''}), load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; heap after ${mb(process.memoryUsage().heapUsed)} MB; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
);
