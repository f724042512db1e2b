import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { EntityLinkSummary } from '../../graph/index.js';
import type { EntityType, PaperNode } from '../../model/index.js';
import { fieldsBelow, resolveTree } from '../common/selection.js';
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

const fieldsOf = (tree: ResolveTree | null): ResolveTree[] => (tree ? fieldsBelow([tree]) : []);

/** The kinds of entity list among a paper's selected fields that do not ask for evidence. */
function entityLists(paperFields: readonly ResolveTree[]): EntityType[] {
  const kinds = new Set<EntityType>();
  for (const field of paperFields) {
    const kind = KIND_OF_FIELD[field.name];
    if (kind && !fieldsOf(field).some((f) => f.name === 'evidence')) kinds.add(kind);
  }
  return [...kinds];
}

/** The entity lists a `paper` query selects without evidence, to fetch with the paper in one store call. */
export function paperEntityLists(info: GraphQLResolveInfo): EntityType[] {
  return entityLists(fieldsOf(resolveTree(info)));
}

/**
 * The kinds of entity list that a paper connection's `edges { node { … } }` selects without
 * evidence, so the page can be fetched together with them in one store call.
 */
export function pageEntityLists(info: GraphQLResolveInfo): EntityType[] {
  const nodes = fieldsOf(resolveTree(info))
    .filter((f) => f.name === 'edges')
    .flatMap((edges) => fieldsOf(edges).filter((f) => f.name === 'node'));
  return entityLists(nodes.flatMap(fieldsOf));
}

/** Keeps the links that came with papers for the request, so the entity lists make no store call. */
export function primeLinkSummaries(
  ctx: ApiContext,
  items: readonly { readonly paper: PaperNode; readonly links?: readonly EntityLinkSummary[] }[],
  kinds: readonly EntityType[],
): void {
  for (const item of items) {
    if (!item.links) continue;
    for (const kind of kinds) {
      ctx.prefetchedLinks.set(
        linkSummaryKey(kind, item.paper.id),
        item.links.filter((l) => l.entity.type === kind),
      );
    }
  }
}
