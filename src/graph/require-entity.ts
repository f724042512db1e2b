import { distance } from 'fastest-levenshtein';
import { NotFoundError, type EntityNode, type EntityType } from '../model/index.js';
import type { GraphStore } from './store.js';

/**
 * The entity a name or alias denotes, or NOT_FOUND suggesting up to three names that start alike, the
 * closest spelling first (ties: most papers first).
 */
export async function requireEntity(store: GraphStore, type: EntityType, name: string): Promise<EntityNode> {
  const found = await store.findEntity(type, name);
  if (found) return found;
  const prefix = name.trim().slice(0, 3);
  const candidates = prefix
    ? (await store.listEntities({ type, orderBy: 'PAPER_COUNT', first: 25, offset: 0, nameStartsWith: prefix })).items
    : [];
  const wanted = name.trim().toLowerCase();
  const similar = candidates
    .map((entity, rank) => ({ entity, rank, distance: distance(wanted, entity.name.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, 3);
  const hint = similar.length ? ` Did you mean ${similar.map((s) => JSON.stringify(s.entity.name)).join(', ')}?` : '';
  throw new NotFoundError(`no ${type} named ${JSON.stringify(name)}.${hint}`);
}
