import { NotFoundError, type EntityNode, type EntityType } from '../model/index.js';
import type { GraphStore } from './store.js';

/** The entity a name or alias denotes, or NOT_FOUND suggesting names that start alike. */
export async function requireEntity(store: GraphStore, type: EntityType, name: string): Promise<EntityNode> {
  const found = await store.findEntity(type, name);
  if (found) return found;
  const prefix = name.trim().slice(0, 3);
  const similar = prefix
    ? (await store.listEntities({ type, orderBy: 'PAPER_COUNT', first: 3, offset: 0, nameStartsWith: prefix })).items
    : [];
  const hint = similar.length ? ` Did you mean ${similar.map((e) => JSON.stringify(e.name)).join(', ')}?` : '';
  throw new NotFoundError(`no ${type} named ${JSON.stringify(name)}.${hint}`);
}
