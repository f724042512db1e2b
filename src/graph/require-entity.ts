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
  throw new NotFoundError(`no ${type} named ${JSON.stringify(name)}.${didYouMean(similar.map((s) => s.entity.name))}`);
}

/** " Did you mean "a", "b"?" for suggestions, or nothing. */
export function didYouMean(names: readonly string[]): string {
  return names.length ? ` Did you mean ${names.map((n) => JSON.stringify(n)).join(', ')}?` : '';
}

/**
 * NOT_FOUND for a metric that names none of a benchmark's leaderboard groups, suggesting up to three
 * of them, the closest spelling first (only names closer than a complete rewrite).
 */
export function unknownLeaderboardMetric(metric: string, benchmark: string, metrics: readonly string[]): NotFoundError {
  const wanted = metric.trim().toLowerCase();
  const close = metrics
    .map((name) => ({ name, distance: distance(wanted, name.toLowerCase()) }))
    .filter((m) => m.distance < Math.max(wanted.length, m.name.length) / 2)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((m) => m.name);
  return new NotFoundError(`no metric named ${JSON.stringify(metric)} on the leaderboard of ${benchmark}.${didYouMean(close)}`);
}
