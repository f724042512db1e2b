import { filterWords, matchNames } from '../../../model/name-match.js';

/**
 * Entities for a search box, as the server ranks each kind (orderBy CLOSEST_NAME): the name or alias
 * typed first, then names holding the words as whole words, then as word prefixes; within each, most
 * papers first, then by name.
 */
export function rankEntities<T extends { name: string; aliases?: readonly string[]; paperCount: number }>(
  typed: string,
  entities: readonly T[],
): T[] {
  const words = filterWords(typed);
  const quality = new Map(entities.map((e) => [e, matchNames([e.name, ...(e.aliases ?? [])], words) ?? Infinity]));
  return [...entities].sort((a, b) => quality.get(a)! - quality.get(b)! || b.paperCount - a.paperCount || a.name.localeCompare(b.name));
}
