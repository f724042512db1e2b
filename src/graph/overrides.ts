import {
  typedEntityKey,
  type EntityNode,
  type ExtractedEntity,
  type ExtractedPaper,
  type Override,
  type OverrideTarget,
} from '../model/index.js';

/** An entity as a hand fix records it: its id and the keys of every name it answers to. */
export function overrideTarget(entity: EntityNode): OverrideTarget {
  const keys = new Set([entity.key, ...[entity.name, ...entity.aliases].map((n) => typedEntityKey(entity.type, n))]);
  return { type: entity.type, id: entity.id, name: entity.name, keys: [...keys].sort() };
}

function isTarget(e: ExtractedEntity, target: OverrideTarget): boolean {
  return e.type === target.type && target.keys.includes(e.key);
}

function keyOf(target: OverrideTarget): string {
  return target.id.slice(target.type.length + 1);
}

/** What one hand fix makes of one extracted entity: the same, a changed copy, or nothing (hidden). */
function applyOne(e: ExtractedEntity, o: Override): ExtractedEntity | undefined {
  switch (o.op) {
    case 'hide':
      return isTarget(e, o.entity) ? undefined : e;
    case 'merge':
      return isTarget(e, o.from) ? { ...e, key: keyOf(o.into), name: o.into.name, aliases: [...e.aliases, e.name] } : e;
    case 'rename':
      return isTarget(e, o.entity) ? { ...e, key: keyOf(o.entity), name: o.to, aliases: [...e.aliases, e.name] } : e;
    case 'alias':
      return isTarget(e, o.entity) ? { ...e, key: keyOf(o.entity), aliases: [...e.aliases, o.alias] } : e;
  }
}

/**
 * Re-applies hand fixes, oldest first, to freshly extracted papers, so that re-ingest writes what
 * curation made of the graph: hidden entities are dropped, merged and renamed ones take their
 * curated identity and name, added aliases come back.
 */
export function applyOverrides(batch: readonly ExtractedPaper[], overrides: readonly Override[]): ExtractedPaper[] {
  if (overrides.length === 0) return [...batch];
  // Results stay: write-plan binds them to the curated entities through their aliases, and drops
  // those whose benchmark was hidden.
  return batch.map(({ entities, ...extracted }) => ({
    ...extracted,
    entities: entities.flatMap((entity) => {
      let current: ExtractedEntity | undefined = entity;
      for (const o of overrides) {
        current = applyOne(current, o);
        if (!current) return [];
      }
      return [current];
    }),
  }));
}
