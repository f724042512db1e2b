import { distance } from 'fastest-levenshtein';
import {
  ENTITY_TYPES,
  filterWords,
  InvalidArgumentError,
  NotFoundError,
  repositoryName,
  type EntityNode,
  type EntityType,
} from '../model/index.js';
import type { GraphStore } from './store.js';

/**
 * The entity a name or alias denotes, or NOT_FOUND suggesting up to three entities with a name or alias
 * that starts alike, the closest spelling first (ties: most papers first); an alias says whose it is
 * ("CLIP" (an alias of "Contrastive Language-Image Pre-Training")). A name another kind has is NOT_FOUND
 * saying that kind; an empty name is INVALID_ARGUMENT.
 */
export async function requireEntity(store: GraphStore, type: EntityType, name: string): Promise<EntityNode> {
  if (!name.trim()) throw new InvalidArgumentError(`the ${type} name is empty: give a name or an alias`);
  const found = (await store.findEntity(type, name)) ?? (type === 'repo' ? await repositoryNamed(store, name) : undefined);
  if (found) return found;
  // The name may be right and the kind wrong ("CLIP" asked as a method): say which kind has it.
  const others = ENTITY_TYPES.filter((other) => other !== type && other !== 'repo');
  const elsewhere = (await Promise.all(others.map((other) => store.findEntity(other, name)))).find((e) => e !== undefined);
  if (elsewhere) {
    const shown = elsewhere.name === name.trim() ? '' : ` (${JSON.stringify(elsewhere.name)})`;
    throw new NotFoundError(`no ${type} named ${JSON.stringify(name)}; it names a ${elsewhere.type}${shown}`);
  }
  const prefix = name.trim().slice(0, 3).toLowerCase();
  const wanted = name.trim().toLowerCase();
  const similar = (await candidates(store, type, prefix))
    .map((entity, rank) => {
      const forms = [entity.name, ...entity.aliases].filter((form) => form.toLowerCase().startsWith(prefix));
      const scored = forms.map((form) => ({ form, distance: distance(wanted, form.toLowerCase()) }));
      const best = scored.sort((a, b) => a.distance - b.distance)[0];
      return best && { entity, rank, ...best };
    })
    .filter((s) => s !== undefined)
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, 3);
  const suggestions = similar.map((s) =>
    s.form === s.entity.name ? JSON.stringify(s.form) : `${JSON.stringify(s.form)} (an alias of ${JSON.stringify(s.entity.name)})`,
  );
  throw new NotFoundError(
    `no ${type} named ${JSON.stringify(name)}.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
  );
}

/**
 * The repository the API names `name` (`owner/repo`, model/repository-name.ts) while its stored name and
 * key are the URL: among the links holding it at a word start, the one of that name with most papers.
 */
async function repositoryNamed(store: GraphStore, name: string): Promise<EntityNode | undefined> {
  const words = filterWords(name);
  if (words.length !== 1) return undefined;
  const wanted = name.trim().toLowerCase();
  const links = await store.listEntities({ type: 'repo', orderBy: 'PAPER_COUNT', first: 100, offset: 0, nameContains: words });
  return links.items.find((e) => repositoryName(e.name).toLowerCase() === wanted);
}

/** Entities with a name starting with the prefix or a word of an alias starting with it, most papers first, each once. */
async function candidates(store: GraphStore, type: EntityType, prefix: string): Promise<EntityNode[]> {
  if (!prefix) return [];
  const [named, aliased] = await Promise.all([
    store.listEntities({ type, orderBy: 'PAPER_COUNT', first: 25, offset: 0, nameStartsWith: prefix }),
    store.listEntities({ type, orderBy: 'PAPER_COUNT', first: 50, offset: 0, nameContains: [prefix] }),
  ]);
  const byId = new Map([...named.items, ...aliased.items].map((e) => [e.id, e]));
  return [...byId.values()].sort((a, b) => b.paperCount - a.paperCount);
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
