import { randomUUID } from 'node:crypto';
import { overrideTarget, requireEntity, type GraphStore } from './graph/index.js';
import {
  InvalidArgumentError,
  NotFoundError,
  typedEntityKey,
  type EntityNode,
  type EntityType,
  type HideOverride,
  type Override,
  type PaperInput,
} from './model/index.js';
import { writeInputs } from './pipeline.js';

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
      override = { ...base, op: 'rename', entity: overrideTarget(entity), to };
      break;
    }
    case 'alias': {
      const entity = await requireEntity(store, request.type, request.name);
      const alias = await freeName(store, entity, request.alias);
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
  await store.removeOverride(override.id);
  const papers = (await store.getPapers(override.papers)).flatMap((p): PaperInput[] =>
    p ? [{ ...p, source: { format: 'json', file: `unhide ${override.id}`, line: 0 } }] : [],
  );
  if (papers.length > 0) await writeInputs(store, papers);
  else await store.flush();
  return { override, papers: papers.length };
}
