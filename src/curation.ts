import { randomUUID } from 'node:crypto';
import { applyOverrides, overrideTarget, requireEntity, type GraphStore } from './graph/index.js';
import {
  InvalidArgumentError,
  NotFoundError,
  typedEntityKey,
  type EntityNode,
  type EntityType,
  type ExtractedPaper,
  type HideOverride,
  type Override,
  type OverrideTarget,
  type PaperInput,
} from './model/index.js';
import { extractPapers } from './pipeline.js';

/** A hand fix as asked for, entities named as users write them (any case, any alias). */
export type CurationRequest =
  | { readonly op: 'merge'; readonly type: EntityType; readonly from: string; readonly into: string }
  | { readonly op: 'rename'; readonly type: EntityType; readonly name: string; readonly to: string }
  | { readonly op: 'alias'; readonly type: EntityType; readonly name: string; readonly alias: string }
  | { readonly op: 'hide'; readonly type: EntityType; readonly name: string };

const MAX_NAME = 300;

/**
 * Makes a hand fix in the store and records it there, so every later ingest re-applies it
 * (pipeline: applyOverrides). Refuses, changing nothing, what would leave the graph ambiguous.
 */
export async function curate(store: GraphStore, request: CurationRequest): Promise<Override> {
  const base = { id: randomUUID(), at: new Date().toISOString() };
  let override: Override;
  switch (request.op) {
    case 'merge': {
      const [from, into] = [await requireEntity(store, request.type, request.from), await requireEntity(store, request.type, request.into)];
      if (from.id === into.id) {
        throw new InvalidArgumentError(
          `${JSON.stringify(request.from)} and ${JSON.stringify(request.into)} are already one ${request.type}`,
        );
      }
      override = { ...base, op: 'merge', from: overrideTarget(from), into: overrideTarget(into) };
      break;
    }
    case 'rename': {
      const entity = await requireEntity(store, request.type, request.name);
      const to = await freeName(store, entity, request.to);
      if (to === entity.name)
        throw new InvalidArgumentError(`the ${request.type} is already named ${JSON.stringify(to)}: nothing to rename`);
      override = { ...base, op: 'rename', entity: overrideTarget(entity), to };
      break;
    }
    case 'alias': {
      const entity = await requireEntity(store, request.type, request.name);
      const alias = await freeName(store, entity, request.alias);
      if ((await store.findEntity(request.type, alias))?.id === entity.id) {
        throw new InvalidArgumentError(
          `${JSON.stringify(alias)} already finds the ${request.type} ${JSON.stringify(entity.name)}: nothing to add`,
        );
      }
      override = { ...base, op: 'alias', entity: overrideTarget(entity), alias };
      break;
    }
    case 'hide': {
      const entity = await requireEntity(store, request.type, request.name);
      const papers = await store.papersOfEntity(entity.id, { first: Math.max(entity.paperCount, 1), offset: 0 });
      override = { ...base, op: 'hide', entity: overrideTarget(entity), papers: papers.items.map((p) => p.paper.id) };
      break;
    }
  }
  await store.applyOverride(override);
  await store.flush();
  return override;
}

/** A name that may be given to `entity`: not empty, and not already another entity's name or alias. */
async function freeName(store: GraphStore, entity: EntityNode, name: string): Promise<string> {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed === '' || typedEntityKey(entity.type, trimmed) === '') {
    throw new InvalidArgumentError(`${JSON.stringify(name)} is not a name: it needs a letter or digit`);
  }
  if (trimmed.length > MAX_NAME) throw new InvalidArgumentError(`a name may have at most ${MAX_NAME} characters, got ${trimmed.length}`);
  const other = await store.findEntity(entity.type, trimmed);
  if (other && other.id !== entity.id) {
    throw new InvalidArgumentError(
      `${JSON.stringify(trimmed)} already names the ${entity.type} ${JSON.stringify(other.name)}; merge the two instead`,
    );
  }
  return trimmed;
}

/**
 * Undoes a hide: the fix is forgotten and the papers that mentioned the entity are extracted and
 * written again (with the shipped lexicon, the other fixes re-applied), which brings it back.
 */
export async function unhide(store: GraphStore, type: EntityType, name: string): Promise<{ override: HideOverride; papers: number }> {
  const key = typedEntityKey(type, name);
  const hidden = (await store.listOverrides()).filter((o): o is HideOverride => o.op === 'hide' && o.entity.type === type);
  const override = hidden.findLast((o) => o.entity.keys.includes(key));
  if (!override) {
    const names = hidden.map((o) => JSON.stringify(o.entity.name));
    throw new NotFoundError(`no hidden ${type} named ${JSON.stringify(name)}.${names.length ? ` Hidden: ${names.join(', ')}.` : ''}`);
  }
  return { override, papers: await undo(store, override.id, override.papers, false) };
}

/**
 * Forgets one hand fix and rebuilds what it touched as if it had never been made: the papers
 * linked to its entities are written bare, which drops those entities with every name and alias
 * the fix gave them, then extracted and written again with the other fixes re-applied. Refuses a
 * fix that a later fix builds on (its names would keep the later one pointing where this one did).
 */
export async function removeFix(store: GraphStore, idOrPrefix: string): Promise<{ override: Override; papers: number }> {
  const overrides = await store.listOverrides();
  const index = fixIndex(overrides, idOrPrefix);
  const override = overrides[index]!;
  const id = override.id;
  if (override.op === 'hide') return { override, papers: await undo(store, id, override.papers, false) };
  const touched = targetsOf(override);
  const keys = new Set(touched.flatMap((t) => [...t.keys, t.id.slice(t.type.length + 1)]));
  const later = overrides
    .slice(index + 1)
    .find((o) => targetsOf(o).some((t) => t.type === touched[0]!.type && t.keys.some((k) => keys.has(k))));
  if (later) {
    throw new InvalidArgumentError(
      `the later fix ${later.id} (${later.op}) is about the same ${touched[0]!.type}; remove it first, then ${id}`,
    );
  }
  const papers = new Set<string>();
  for (const entity of await store.getEntities(touched.map((t) => t.id))) {
    if (!entity) continue;
    const linked = await store.papersOfEntity(entity.id, { first: Math.max(entity.paperCount, 1), offset: 0 });
    for (const item of linked.items) papers.add(item.paper.id);
  }
  return { override, papers: await undo(store, id, [...papers], true) };
}

/** The fix with this id, or the one fix whose id starts with it. */
function fixIndex(overrides: readonly Override[], id: string): number {
  const exact = overrides.findIndex((o) => o.id === id);
  if (exact >= 0) return exact;
  const matching = id === '' ? [] : overrides.flatMap((o, i) => (o.id.startsWith(id) ? [i] : []));
  if (matching.length === 1) return matching[0]!;
  if (matching.length > 1) {
    throw new InvalidArgumentError(`${JSON.stringify(id)} starts the ids of ${matching.length} hand fixes; give more of the id`);
  }
  throw new NotFoundError(`no hand fix with id ${JSON.stringify(id)} (curate list, or the overrides query, shows their ids)`);
}

function targetsOf(o: Override): readonly OverrideTarget[] {
  return o.op === 'merge' ? [o.from, o.into] : [o.entity];
}

/**
 * Forgets the fix and writes `ids` extracted again with the other fixes, in one store commit (a
 * process killed part way leaves the fix and its papers as they were); `bare` first writes them
 * without entities, dropping those only they mention.
 */
async function undo(store: GraphStore, fix: string, ids: readonly string[], bare: boolean): Promise<number> {
  const papers = (await store.getPapers(ids)).flatMap((p): PaperInput[] =>
    p ? [{ ...p, source: { format: 'json', file: `undo ${fix}`, line: 0 } }] : [],
  );
  await store.migrate();
  const others = (await store.listOverrides()).filter((o) => o.id !== fix);
  const extracted = applyOverrides(extractPapers(papers), others);
  const batches: ExtractedPaper[][] = bare ? [papers.map((paper) => ({ paper, entities: [] })), extracted] : [extracted];
  await store.undoOverride(fix, batches);
  await store.flush();
  return papers.length;
}
