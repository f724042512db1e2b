import { findPapers, requireEntity, type GraphStore } from '../../graph/index.js';
import {
  InvalidArgumentError,
  endOfPeriod,
  isCalendarDate,
  NotFoundError,
  type EntityNode,
  type EntityType,
  type PaperFilter,
} from '../../model/index.js';
import { toEntityType } from './enums.js';
import type { EntityRef, NodeRef, PaperWhere } from './refs.js';

/** The entity a reference names, or NOT_FOUND with names that start alike as suggestions. */
export async function resolveEntityRef(store: GraphStore, ref: EntityRef): Promise<EntityNode> {
  return requireEntity(store, toEntityType(ref.type), ref.name);
}

/** The node id a NodeRef names: a paper or entity id, or an entity by kind and name. */
export async function resolveNodeRef(store: GraphStore, ref: NodeRef, argument: string): Promise<string> {
  const given = (value: unknown): boolean => value !== undefined && value !== null;
  if (given(ref.id) && (given(ref.type) || given(ref.name))) {
    throw new InvalidArgumentError(
      `"${argument}" takes either "id", or "type" and "name", not both: one could name another node than the other`,
    );
  }
  if (ref.id !== undefined && ref.id !== null) {
    const [[paper], [entity]] = await Promise.all([findPapers(store, [ref.id]), store.getEntities([ref.id])]);
    // The id names the argument well enough (the error's path names the field); a prefix only read as noise.
    if (!paper && !entity) throw new NotFoundError(`no paper or entity with id ${JSON.stringify(ref.id)}`);
    return paper?.id ?? ref.id;
  }
  if (ref.type === undefined || ref.type === null || !ref.name) {
    throw new InvalidArgumentError(`"${argument}" needs either "id", or "type" and "name"`);
  }
  return (await requireEntity(store, toEntityType(ref.type), ref.name)).id;
}

const WHERE_TYPES = [
  ['methods', 'method'],
  ['benchmarks', 'benchmark'],
  ['models', 'model'],
  ['tasks', 'task'],
  ['metrics', 'metric'],
  ['topics', 'topic'],
] as const satisfies readonly (readonly [keyof PaperWhere, EntityType])[];

/** A store filter from the API's `where`: names resolved to entity ids, dates checked. */
export async function resolveWhere(store: GraphStore, where: PaperWhere | undefined): Promise<PaperFilter | undefined> {
  if (!where) return undefined;
  for (const field of ['publishedFrom', 'publishedTo'] as const) {
    const value = where[field];
    if (value !== undefined && value !== null && !isCalendarDate(value))
      throw new InvalidArgumentError(`where.${field} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(value)}`);
  }
  // Dates compare as text (as the stores compare them), so such a range matches nothing: a swapped pair.
  if (where.publishedFrom && where.publishedTo && where.publishedTo < where.publishedFrom)
    throw new InvalidArgumentError(
      `where.publishedTo (${JSON.stringify(where.publishedTo)}) is before where.publishedFrom (${JSON.stringify(where.publishedFrom)}): swap them`,
    );
  const allOf: string[] = [];
  for (const [field, type] of WHERE_TYPES) {
    for (const name of where[field] ?? []) allOf.push((await requireEntity(store, type, name)).id);
  }
  return {
    ...(allOf.length ? { allOf } : {}),
    ...(where.publishedFrom ? { publishedFrom: where.publishedFrom } : {}),
    ...(where.publishedTo ? { publishedTo: endOfPeriod(where.publishedTo) } : {}),
    ...(where.hasCode === undefined || where.hasCode === null ? {} : { hasCode: where.hasCode }),
    ...(where.venue ? { venue: where.venue } : {}),
    ...(where.author ? { author: where.author } : {}),
  };
}
