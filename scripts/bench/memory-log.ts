// npx tsx scripts/bench/memory-log.ts --data-dir DIR FILE...
// Ingests corpus files into an in-process store that never compacts, so that DIR/graph.log.jsonl ends
// up holding every extracted batch: the input of memory-replay.ts, which then times the store alone.
import { parseArgs } from 'node:util';
import { MemoryStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';

const { values, positionals } = parseArgs({ options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
if (!values['data-dir'] || positionals.length === 0) throw new Error('usage: memory-log.ts --data-dir DIR FILE...');
const store = await MemoryStore.open({ dataDir: values['data-dir'], compactFloorBytes: Number.MAX_SAFE_INTEGER });
const summary = await ingestFiles(store, positionals, { logger: { info: (m) => console.log(m), warn: (m) => console.log(m) } });
await store.close();
console.log(`${summary.papers} papers, ${summary.links} links logged in ${summary.seconds.toFixed(0)} s`);
