import { getArgumentValues, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { EntityPapersQuery } from '../../graph/index.js';
import { InvalidArgumentError, type Page, type PaperLink } from '../../model/index.js';
import { pageRequest, pageRequestUnchecked, type CursorList } from '../common/cursor.js';
import { fieldsAt } from '../common/selection.js';
import { shownPaperParts } from '../paper/shown-paper-parts.js';
import { PaperOrderBy } from '../common/enums-extra.js';

export interface EntityPapersArgs {
  first?: number;
  after?: string;
  minConfidence?: number;
  orderBy?: PaperOrderBy;
}

/**
 * The store query for an entity's `papers(first, after, minConfidence, orderBy)`; without the
 * entity's id (a lookup fetching ahead, before it knows the entity) the cursor's list is not checked.
 */
export function entityPapersQuery(args: EntityPapersArgs, entityId: string | undefined): EntityPapersQuery {
  const minConfidence = args.minConfidence === undefined || args.minConfidence === null ? undefined : args.minConfidence;
  const orderBy = args.orderBy ?? PaperOrderBy.PUBLISHED;
  const first = args.first ?? undefined;
  const after = args.after ?? undefined;
  return {
    ...(entityId === undefined
      ? pageRequestUnchecked(first, after)
      : pageRequest(first, after, entityPapersList(entityId, { minConfidence, orderBy }))),
    ...(minConfidence === undefined ? {} : { minConfidence }),
    orderBy,
  };
}

/** The list an entity's papers page: its id, the confidence floor and the order. */
export function entityPapersList(entityId: string, query: Pick<EntityPapersQuery, 'minConfidence' | 'orderBy'>): CursorList {
  return { field: 'Entity.papers', args: { entity: entityId, minConfidence: query.minConfidence, orderBy: query.orderBy } };
}

/** A page fetched together with its entity, kept for the `papers` resolver when its query is the same. */
export interface PrefetchedPapers {
  readonly query: string;
  readonly page: Page<PaperLink>;
}

/**
 * The `papers` query an entity lookup's selection asks for, so the lookup can fetch both in one
 * store call. Only a single plain `papers` field qualifies; aliases and fragments fall back to the
 * ordinary field resolver.
 */
export function lookaheadPapers(info: GraphQLResolveInfo): EntityPapersQuery | undefined {
  const selections = info.fieldNodes[0]?.selectionSet?.selections ?? [];
  const papers = selections.filter((s): s is FieldNode => s.kind === 'Field' && s.name.value === 'papers');
  if (papers.length !== 1 || selections.some((s) => s.kind !== 'Field')) return undefined;
  const entityType = info.schema.getType('Entity') as GraphQLObjectType;
  const args = getArgumentValues(entityType.getFields()['papers']!, papers[0]!, info.variableValues) as EntityPapersArgs;
  try {
    return entityPapersQuery(args, undefined);
  } catch (error) {
    // Bad paging is the `papers` field's error, not the lookup's: left to that field's resolver, the
    // error's path names it and the entity is still answered.
    if (error instanceof InvalidArgumentError) return undefined;
    throw error;
  }
}

/** What of an entity's papers the selection below `path` leaves out: abstracts, metadata, the evidence. */
export function shownParts(
  info: GraphQLResolveInfo,
  path: readonly string[],
): Pick<EntityPapersQuery, 'withAbstract' | 'withEvidence' | 'withMetadata'> {
  return {
    ...shownPaperParts(info, [...path, 'edges', 'node']),
    ...(fieldsAt(info, [...path, 'edges']).has('evidence') ? {} : { withEvidence: false }),
  };
}
