import { typedEntityKey, type ExtractedEntity } from '../model/index.js';

const NAMED_TYPES = ['method', 'benchmark', 'model', 'task', 'metric'] as const;

/**
 * One entity per defined thing across types. When entities of two types name each other (one's alias
 * is the other's name: "Contrastive Language-Image Pre-training" as a method with alias "CLIP", and
 * "CLIP" as a model), the paper means one thing: `prefer` picks the reading that stays, and it takes
 * the other's names as aliases. Within one type, joinAliasedEntities has already joined such pairs.
 */
export function withoutCrossTypeDuplicates(
  entities: readonly ExtractedEntity[],
  prefer: (a: ExtractedEntity, b: ExtractedEntity) => ExtractedEntity,
): ExtractedEntity[] {
  const byKey = new Map<string, ExtractedEntity>();
  for (const e of entities) if (isNamed(e)) byKey.set(`${e.type}:${e.key}`, e);
  const replaced = new Map<ExtractedEntity, ExtractedEntity | null>();
  const current = (e: ExtractedEntity): ExtractedEntity | null => {
    let c: ExtractedEntity | null = e;
    while (c !== null && replaced.has(c)) c = replaced.get(c)!;
    return c;
  };
  for (const e of entities) {
    if (!isNamed(e)) continue;
    for (const alias of e.aliases) {
      for (const type of NAMED_TYPES) {
        const a = current(e);
        const b = type === e.type ? undefined : byKey.get(`${type}:${typedEntityKey(type, alias)}`);
        if (a === null || b === undefined || current(b) !== b || a.type === b.type) continue;
        const kept = prefer(a, b);
        const gone = kept === a ? b : a;
        const joined = withNamesOf(kept, gone);
        if (joined !== kept) replaced.set(kept, joined);
        replaced.set(gone, null);
      }
    }
  }
  if (replaced.size === 0) return [...entities];
  return entities.flatMap((e) => current(e) ?? []).filter((e, i, all) => all.indexOf(e) === i);
}

function isNamed(e: ExtractedEntity): boolean {
  return (NAMED_TYPES as readonly string[]).includes(e.type);
}

function withNamesOf(kept: ExtractedEntity, gone: ExtractedEntity): ExtractedEntity {
  const seen = new Set([kept.name.toLowerCase(), ...kept.aliases.map((a) => a.toLowerCase())]);
  const extra = [gone.name, ...gone.aliases].filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
  return extra.length === 0 ? kept : { ...kept, aliases: [...kept.aliases, ...extra].sort() };
}
