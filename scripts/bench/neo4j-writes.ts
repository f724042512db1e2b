// npx tsx scripts/bench/neo4j-writes.ts --log FILE [--papers N] [--batch-size 1000] [--profile-batch K]   (NEO4J_URI: an empty database; NEO4J_HOME_DIR for Neo4j's CPU)
// Where Neo4j's write time goes in an ingest: replays the batches of a write log (memory-log.ts) into
// Neo4j through Neo4jStore.writePapers, bulk-loading as the CLI does, with every statement timed
// (client wall and Neo4j CPU from /proc, summed per statement); batch K (default 5) runs each statement
// under PROFILE and prints its rows and db hits. --papers N keeps every k-th paper, as store-replay.ts,
// regrouped into batches of --batch-size as the CLI's ingest of the subsampled corpus writes them.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Neo4jStore } from '../../src/graph/index.js';
import type { ExtractedPaper } from '../../src/model/index.js';
import { sampledLogBatches } from './log-batches.js';
import { cpuSeconds, neo4jPid } from './support.js';

const { values } = parseArgs({
  options: {
    log: { type: 'string' },
    papers: { type: 'string' },
    'batch-size': { type: 'string', default: '1000' },
    'profile-batch': { type: 'string', default: '5' },
  },
});
if (!values.log || !process.env['NEO4J_URI']) throw new Error('usage: NEO4J_URI=… neo4j-writes.ts --log FILE [--papers N] [--profile-batch K]');

const batches = () => sampledLogBatches(values.log!, values.papers ? Number(values.papers) : undefined);

const db = neo4jPid();
const perStatement = new Map<string, { calls: number; ms: number; neo4jCpu: number }>();
let profiling = false;
const store = await Neo4jStore.open({
  uri: process.env['NEO4J_URI'],
  ...(process.env['NEO4J_PASSWORD'] ? { password: process.env['NEO4J_PASSWORD'] } : {}),
  observeWrites: {
    profile: () => profiling,
    statement: (name) => {
      const before = cpuSeconds(db);
      return (ms, profile) => {
        const after = cpuSeconds(db);
        const s = perStatement.get(name) ?? { calls: 0, ms: 0, neo4jCpu: 0 };
        s.calls++;
        s.ms += ms;
        if (before !== undefined && after !== undefined) s.neo4jCpu += after - before;
        perStatement.set(name, s);
        if (!profile) return;
        const operators = [...profile.operators].filter(([, hits]) => hits > 0).map(([op, hits]) => `${op.replace(/@.*/, '')} ${hits}`);
        console.log(`  PROFILE ${name.padEnd(22)} ${String(profile.rows).padStart(6)} rows ${String(profile.dbHits).padStart(9)} db hits ${ms.toFixed(0)} ms: ${operators.join(', ')}`);
      };
    },
  },
});
await store.migrate();
if ((await store.stats()).papers > 0) throw new Error('the Neo4j database is not empty (start it with --fresh)');

const dbCpu = cpuSeconds(db);
const started = performance.now();
const bulk = (await store.beginBulkLoad(Number(values.papers ?? 1e6))) === true;
let papers = 0;
let links = 0;
let batchNumber = 0;
// The kept papers regrouped into the CLI's batches, as an ingest of the subsampled corpus writes them.
const batchSize = Number(values['batch-size']);
let pending: ExtractedPaper[] = [];
const write = async (batch: readonly ExtractedPaper[]) => {
  profiling = ++batchNumber === Number(values['profile-batch']);
  if (profiling) console.log(`batch ${batchNumber} (${batch.length} papers, ${papers} papers before it):`);
  links += (await store.writePapers(batch)).links;
  profiling = false;
  papers += batch.length;
};
for await (const batch of batches()) {
  pending.push(...batch);
  while (pending.length >= batchSize) {
    await write(pending.slice(0, batchSize));
    pending = pending.slice(batchSize);
  }
}
if (pending.length > 0) await write(pending);
const writing = (performance.now() - started) / 1000;
const rebuildCpu = cpuSeconds(db);
if (bulk) await store.endBulkLoad();
await store.close();
const seconds = (performance.now() - started) / 1000;
const dbUsed = cpuSeconds(db);
const f = (x: number) => x.toFixed(1);
console.log(
  `wrote ${papers} papers, ${links} links in ${f(writing)} s + index rebuild ${f(seconds - writing)} s; Neo4j CPU ${dbCpu !== undefined && dbUsed !== undefined ? `${f(rebuildCpu! - dbCpu)} s writing (${((1000 * (rebuildCpu! - dbCpu)) / papers).toFixed(2)} ms a paper) + ${f(dbUsed - rebuildCpu!)} s rebuild` : '(unknown: set NEO4J_HOME_DIR)'}; this process ${f(process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6)} s CPU; load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const [name, s] of [...perStatement].sort((a, b) => b[1].neo4jCpu - a[1].neo4jCpu)) {
  console.log(`  ${name.padEnd(22)} ${String(s.calls).padStart(5)} calls ${f(s.ms / 1000).padStart(7)} s wall ${f(s.neo4jCpu).padStart(7)} s Neo4j CPU (${((1000 * s.neo4jCpu) / papers).toFixed(3)} ms a paper)`);
}
