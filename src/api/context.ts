import DataLoader from 'dataloader';
import type { EntityLinkSummary, GraphStore } from '../graph/index.js';
import type { EntityLink, EntityNode, PaperNode, StoredResult } from '../model/index.js';
import type { RequestAuth } from './auth/api-key.js';
import type { RequestTrace } from './http/request-log.js';

/** Per-request state: the store and the loaders that batch nested lookups (no N+1). */
export interface ApiContext {
  readonly store: GraphStore;
  /** What the request's Authorization header proves; write resolvers check it. */
  readonly auth: RequestAuth;
  readonly links: DataLoader<string, EntityLink[]>;
  /** The same links without evidence, for selections that do not ask for it. */
  readonly linkSummaries: DataLoader<string, EntityLinkSummary[]>;
  readonly papers: DataLoader<string, PaperNode | undefined>;
  /** Cost and error codes of this request, for its log line. */
  readonly trace: RequestTrace;
  readonly entities: DataLoader<string, EntityNode | undefined>;
  readonly results: DataLoader<string, StoredResult[]>;
}

export function createContext(
  store: GraphStore,
  auth: RequestAuth = { key: 'not-configured' },
  trace: RequestTrace = { errorCodes: [] },
): ApiContext {
  return {
    store,
    auth,
    trace,
    links: new DataLoader(async (ids) => {
      const byPaper = await store.linksOfPapers(ids);
      return ids.map((id) => byPaper.get(id) ?? []);
    }),
    linkSummaries: new DataLoader(async (ids) => {
      const byPaper = await store.linksOfPapers(ids, { evidence: false });
      return ids.map((id) => byPaper.get(id) ?? []);
    }),
    papers: new DataLoader((ids) => store.getPapers(ids)),
    entities: new DataLoader((ids) => store.getEntities(ids)),
    results: new DataLoader(async (ids) => {
      const byPaper = await store.resultsOfPapers(ids);
      return ids.map((id) => byPaper.get(id) ?? []);
    }),
  };
}
