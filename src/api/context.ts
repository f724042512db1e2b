import DataLoader from 'dataloader';
import type { GraphStore } from '../graph/index.js';
import type { EntityLink, PaperNode } from '../model/index.js';
import type { RequestAuth } from './auth/api-key.js';

/** Per-request state: the store and the loaders that batch nested lookups (no N+1). */
export interface ApiContext {
  readonly store: GraphStore;
  /** What the request's Authorization header proves; write resolvers check it. */
  readonly auth: RequestAuth;
  readonly links: DataLoader<string, EntityLink[]>;
  readonly papers: DataLoader<string, PaperNode | undefined>;
}

export function createContext(store: GraphStore, auth: RequestAuth = { key: 'not-configured' }): ApiContext {
  return {
    store,
    auth,
    links: new DataLoader(async (ids) => {
      const byPaper = await store.linksOfPapers(ids);
      return ids.map((id) => byPaper.get(id) ?? []);
    }),
    papers: new DataLoader((ids) => store.getPapers(ids)),
  };
}
