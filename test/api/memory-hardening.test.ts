import { MemoryStore } from '../../src/graph/index.js';
import { runHardeningContract } from './hardening.case.js';

runHardeningContract({ name: 'in-process store', open: () => MemoryStore.open() });
