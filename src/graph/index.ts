export {
  comparePapers,
  comparePapersByDate,
  LABEL_OF_TYPE,
  relationOf,
  RELATIONS,
  sharedEntityWeight,
  type Relation,
} from './graph-model.js';
export { MemoryStore, type MemoryStoreOptions } from './memory/memory-store.js';
export { holdsStoredGraph } from './memory/stored-graph.js';
export type {
  EntityLinkSummary,
  ListedPaper,
  PaperParts,
  PaperWithLinks,
  LinkSummaryOptions,
  EntityPapersQuery,
  EntityQuery,
  GraphStore,
  PaperQuery,
  PathQuery,
  RelatedPapersQuery,
} from './store.js';
export { sharedTerms, TEXT_WEIGHT } from './related-text.js';
export { Neo4jStore, type Neo4jStoreOptions } from './neo4j/neo4j-store.js';
export { STATEMENTS, unusedCypherFiles, type StatementName } from './neo4j/cypher.js';
export { edgeId, entityView, paperView, type NeighborhoodQuery } from './neighborhood.js';
export { applyOverrides, overrideTarget } from './overrides.js';
export { findPapers, paperNotFound } from './find-papers.js';
export { requireEntity, unknownLeaderboardMetric } from './require-entity.js';
export { remainingQueryTime, withQueryDeadline } from './query-deadline.js';
export { splitConnectionUri } from './neo4j/connection-uri.js';
export { rankResults, type LeaderboardQuery } from './leaderboard.js';
