import { typedEntityKey, type ExtractedEntity } from '../model/index.js';

/**
 * One entity per real thing within a paper: entities of one type where one's alias is the other's
 * name ("MoM", the title's name, and "Mixture-of-Memories", whose definition lists "MoM") are one
 * entity. The group takes the lexicon's name when `knownOf` finds the members all one lexicon entry ("LoRA", which
 * "Low Rank Adapters (LoRA)" spells out, is one node across the corpus), else the longest name (the spelled-out form), the
 * earliest evidence, the highest confidence and a "proposed" role if any member has it; every other name
 * becomes an alias.
 */
export function joinAliasedEntities(
  entities: readonly ExtractedEntity[],
  knownOf: (group: readonly ExtractedEntity[]) => ExtractedEntity | undefined = () => undefined,
): ExtractedEntity[] {
  const index = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type !== 'repo' && e.type !== 'topic') index.set(`${e.type}:${e.key}`, i);
  });
  const parent = entities.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  let joined = false;
  entities.forEach((e, i) => {
    if (e.type === 'repo' || e.type === 'topic') return;
    for (const alias of e.aliases) {
      const other = index.get(`${e.type}:${typedEntityKey(e.type, alias)}`);
      if (other === undefined || find(other) === find(i)) continue;
      parent[find(other)] = find(i);
      joined = true;
    }
  });
  if (!joined) return [...entities];
  const groups = new Map<number, ExtractedEntity[]>();
  entities.forEach((e, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), e]));
  return [...groups.values()]
    .map((group) => joinGroup(group, knownOf))
    .sort((a, b) => a.evidence.start - b.evidence.start || a.type.localeCompare(b.type));
}

function joinGroup(
  group: readonly ExtractedEntity[],
  knownOf: (group: readonly ExtractedEntity[]) => ExtractedEntity | undefined,
): ExtractedEntity {
  if (group.length === 1) return group[0]!;
  const canonical = knownOf(group) ?? group.reduce((best, e) => (e.name.length > best.name.length ? e : best));
  const first = group.reduce((best, e) => (e.evidence.start < best.evidence.start ? e : best));
  const seen = new Set([canonical.name.toLowerCase()]);
  const aliases: string[] = [];
  for (const name of group.flatMap((e) => [e.name, ...e.aliases])) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    aliases.push(name);
  }
  const proposed = group.some((e) => e.role === 'proposed');
  return {
    ...canonical,
    aliases: aliases.sort(),
    evidence: first.evidence,
    confidence: Math.max(...group.map((e) => e.confidence)),
    ...(canonical.type === 'method' ? { role: proposed ? 'proposed' : 'used' } : {}),
  };
}
