export { comparePapersByDate, LABEL_OF_TYPE, relationOf, RELATIONS, sharedEntityWeight, type Relation } from './graph-model.js';
export { MemoryStore, type MemoryStoreOptions } from './memory/memory-store.js';
export type { EntityPapersQuery, EntityQuery, GraphStore, PaperQuery } from './store.js';
