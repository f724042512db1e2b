/** How well a name answers what was typed: the name itself, then a name that starts with it, then the rest. */
function closeness(name: string, typed: string): number {
  const n = name.toLowerCase();
  const t = typed.trim().toLowerCase();
  if (n === t) return 0;
  if (n.startsWith(t)) return 1;
  return 2;
}

/** Entities for a search box: the closest names first, then the ones with most papers, then by name. */
export function rankEntities<T extends { name: string; paperCount: number }>(typed: string, entities: readonly T[]): T[] {
  return [...entities].sort(
    (a, b) => closeness(a.name, typed) - closeness(b.name, typed) || b.paperCount - a.paperCount || a.name.localeCompare(b.name),
  );
}
