import { MemoryStore } from '../src/graph/index.js';
import { runExportContract } from './export.case.js';

runExportContract({ name: 'in-process store', open: () => MemoryStore.open() });
