import { MemoryStore } from '../../src/graph/index.js';
import { runPaperMetadataContract } from './paper-metadata.case.js';

runPaperMetadataContract({ name: 'in-process store', open: () => MemoryStore.open() });
