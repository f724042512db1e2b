import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { ListedPaper } from '../../graph/index.js';
import type { EntityType } from '../../model/index.js';
import { linkSummaryKey, type ApiContext } from '../context.js';

const KIND_OF_FIELD: Readonly<Record<string, EntityType>> = {
  methods: 'method',
  benchmarks: 'benchmark',
  models: 'model',
  tasks: 'task',
  metrics: 'metric',
  repositories: 'repo',
  topics: 'topic',
};

const fieldsOf = (tree: ResolveTree | null | undefined): ResolveTree[] =>
  tree ? Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)) : [];

/**
 * The kinds of entity list that a paper connection's `edges { node { … } }` selects without
 * evidence, so the page can be fetched together with them in one store call.
 */
export function pageEntityLists(info: GraphQLResolveInfo): EntityType[] {
  const kinds = new Set<EntityType>();
  const nodes = fieldsOf(parseResolveInfo(info) as ResolveTree | null)
    .filter((f) => f.name === 'edges')
    .flatMap((edges) => fieldsOf(edges).filter((f) => f.name === 'node'));
  for (const field of nodes.flatMap(fieldsOf)) {
    const kind = KIND_OF_FIELD[field.name];
    if (kind && !fieldsOf(field).some((f) => f.name === 'evidence')) kinds.add(kind);
  }
  return [...kinds];
}

/** Hands the links that came with a page to the request's loader, so the entity lists make no store call. */
export function primeLinkSummaries(ctx: ApiContext, items: readonly ListedPaper[], kinds: readonly EntityType[]): void {
  for (const item of items) {
    if (!item.links) continue;
    for (const kind of kinds) {
      ctx.linkSummaries.prime(
        linkSummaryKey(kind, item.paper.id),
        item.links.filter((l) => l.entity.type === kind),
      );
    }
  }
}
