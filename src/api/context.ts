import DataLoader from 'dataloader';
import { findPapers, type EntityLinkSummary, type GraphStore } from '../graph/index.js';
import type { EntityLink, EntityNode, EntityType, PaperNode, StoredResult } from '../model/index.js';
import type { RequestAuth } from './auth/api-key.js';
import type { RequestTrace } from './http/request-log.js';

/** Per-request state: the store and the loaders that batch nested lookups (no N+1). */
export interface ApiContext {
  readonly store: GraphStore;
  /** What the request's Authorization header proves; write resolvers check it. */
  readonly auth: RequestAuth;
  readonly links: DataLoader<string, EntityLink[]>;
  /** The links of one kind without evidence, for selections that do not ask for it; keys from linkSummaryKey. */
  readonly linkSummaries: DataLoader<string, EntityLinkSummary[]>;
  /** Link summaries that came with a page or a paper (same keys), answered without a store call. */
  readonly prefetchedLinks: Map<string, PrefetchedLinks>;
  readonly papers: DataLoader<string, PaperNode | undefined>;
  /** Cost and error codes of this request, for its log line. */
  readonly trace: RequestTrace;
  readonly entities: DataLoader<string, EntityNode | undefined>;
  readonly results: DataLoader<string, StoredResult[]>;
}

/** Links that came with a paper; their entities' aliases are empty unless `withAliases`. */
export interface PrefetchedLinks {
  readonly links: readonly EntityLinkSummary[];
  readonly withAliases: boolean;
}

const KEY_SEPARATOR = '\u0000';

/** The linkSummaries key of a paper's links to one kind of entity. */
export function linkSummaryKey(kind: EntityType, paperId: string): string {
  return `${kind}${KEY_SEPARATOR}${paperId}`;
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
    linkSummaries: new DataLoader(async (keys) => {
      const asked = keys.map((key) => key.split(KEY_SEPARATOR) as [EntityType, string]);
      const kinds = [...new Set(asked.map(([kind]) => kind))];
      const byPaper = await store.linksOfPapers([...new Set(asked.map(([, id]) => id))], { evidence: false, kinds });
      return asked.map(([kind, id]) => (byPaper.get(id) ?? []).filter((l) => l.entity.type === kind));
    }),
    prefetchedLinks: new Map(),
    papers: new DataLoader((ids) => findPapers(store, ids)),
    entities: new DataLoader((ids) => store.getEntities(ids)),
    results: new DataLoader(async (ids) => {
      const byPaper = await store.resultsOfPapers(ids);
      return ids.map((id) => byPaper.get(id) ?? []);
    }),
  };
}
