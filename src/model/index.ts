export * from './entity.js';
export * from './errors.js';
export * from './extracted-paper.js';
export * from './graph.js';
export * from './keys.js';
export * from './paper.js';
export * from './result.js';
export * from './subgraph.js';
