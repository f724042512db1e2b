// npx tsx scripts/bench/memory-log.ts --data-dir DIR FILE...
// Ingests corpus files into an in-process store that never compacts, so that DIR/graph.log.jsonl ends
// up holding every extracted batch: the input of store-replay.ts, which then times the store alone.
// Each progress line carries elapsed wall and process CPU seconds (all threads), RSS and the load
// average, so one run gives the ingest's growth curve (10k, 50k, ... papers).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { MemoryStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';

const { values, positionals } = parseArgs({ options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
if (!values['data-dir'] || positionals.length === 0) throw new Error('usage: memory-log.ts --data-dir DIR FILE...');
const started = performance.now();
const stamp = (message: string) => {
  const cpu = process.cpuUsage();
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `[${((performance.now() - started) / 1000).toFixed(0)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU, RSS ${rss} MB, load ${load}] ${message}`,
  );
};
const store = await MemoryStore.open({ dataDir: values['data-dir'], compactFloorBytes: Number.MAX_SAFE_INTEGER });
const summary = await ingestFiles(store, positionals, { logger: { info: stamp, warn: stamp } });
await store.close();
stamp(`${summary.papers} papers, ${summary.links} links logged in ${summary.seconds.toFixed(0)} s`);
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
