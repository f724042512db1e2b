// npx tsx scripts/bench/memory-store.ts --data-dir DIR [--requests 200]
// The in-process store at scale, measured in this process: load (start-up) time and memory, then
// the latency of searches, entity pages and the newest-papers list, one call at a time (CPU per call).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { MemoryStore } from '../../src/graph/index.js';
import { summarize } from './support.js';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, requests: { type: 'string', default: '200' } } });
if (!values['data-dir']) throw new Error('--data-dir is required');
const requests = Number(values.requests);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

const started = performance.now();
const store = await MemoryStore.open({ dataDir: values['data-dir'] });
const loadSeconds = (performance.now() - started) / 1000;
const loadCpuSeconds = process.cpuUsage().user / 1e6;
// The search index is built after load in slices; the event loop's delay says what other requests wait meanwhile.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
await store.whenIndexed();
delay.disable();
const indexSeconds = (performance.now() - started) / 1000 - loadSeconds;
const stats = await store.stats();
global.gc?.();
console.log(
  `load: ${loadSeconds.toFixed(1)} s (${loadCpuSeconds.toFixed(1)} s CPU) for ${stats.papers} papers, ${stats.edges} links; RSS ${mb(process.memoryUsage().rss)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB, peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
);
console.log(
  `search index built ${indexSeconds.toFixed(1)} s after load (${(process.cpuUsage().user / 1e6 - loadCpuSeconds).toFixed(1)} s CPU); event loop delay meanwhile p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms, max ${(delay.max / 1e6).toFixed(0)} ms`,
);

async function measure(name: string, call: (i: number) => Promise<unknown>, calls = requests): Promise<void> {
  const times: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await call(i);
    times.push(performance.now() - t);
  }
  const s = summarize(times, (performance.now() - t0) / 1000);
  console.log(`${name.padEnd(40)} p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  max ${Math.max(...times).toFixed(1)} ms (${calls} calls)`);
}

const methods = (await store.listEntities({ type: 'method', orderBy: 'PAPER_COUNT', first: 50, offset: 0 })).items;
const benchmarks = (await store.listEntities({ type: 'benchmark', orderBy: 'PAPER_COUNT', first: 50, offset: 0 })).items;
console.log(`top method ${methods[0]!.name} (${methods[0]!.paperCount} papers), top benchmark ${benchmarks[0]!.name} (${benchmarks[0]!.paperCount})`);
const searches = ['graph neural network', 'diffusion', 'reinforcement learning', 'transformer', 'contrastive', 'lea', 'large language mod'];
for (const search of searches) {
  await measure(`search "${search}" (first 10)`, () => store.listPapers({ search, first: 10, offset: 0 }), requests / 10);
}
await measure('method page (top 50, 20 papers)', (i) =>
  store.findEntityWithPapers('method', methods[i % methods.length]!.name, { first: 20, offset: 0 }),
);
await measure('benchmark page (top 50, 20 papers)', (i) =>
  store.findEntityWithPapers('benchmark', benchmarks[i % benchmarks.length]!.name, { first: 20, offset: 0 }),
);
await measure('20 newest papers with their links', async () => {
  const page = await store.listPapers({ first: 20, offset: 0 });
  await store.linksOfPapers(page.items.map((p) => p.paper.id));
});
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
await store.close();
