// Makes a hand fix in the store at argv[2] and is killed in the gap: after the fix's log record is on
// disk and before flush saves overrides.json.
import { curate } from '../../src/curation.js';
import { MemoryStore } from '../../src/graph/index.js';
import { paper } from './papers.js';

const store = await MemoryStore.open({ dataDir: process.argv[2]! });
await store.writePapers([paper('a', 'Paper A', [{ type: 'benchmark', name: 'GSM8K' }])]);
await store.flush();
store.flush = () => {
  process.kill(process.pid, 'SIGKILL');
  return new Promise(() => {});
};
await curate(store, { op: 'rename', type: 'benchmark', name: 'GSM8K', to: 'Grade School Math' });
