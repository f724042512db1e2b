import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { EntityLinkSummary } from '../../graph/index.js';
import type { EntityType, PaperNode } from '../../model/index.js';
import { fieldsBelow, perSelection, resolveTree } from '../common/selection.js';
import { linkSummaryKey, type ApiContext } from '../context.js';

/** A paper's entity-list fields and the kind of entity each lists. */
export const KIND_OF_FIELD: Readonly<Record<string, EntityType>> = {
  methods: 'method',
  benchmarks: 'benchmark',
  models: 'model',
  tasks: 'task',
  metrics: 'metric',
  repositories: 'repo',
  topics: 'topic',
};

/** The entity lists a paper's selection fetches with the paper, and whether any of them shows its entities' aliases. */
export interface EntityLists {
  readonly kinds: readonly EntityType[];
  readonly withAliases: boolean;
}

/** What one entity-list field shows beyond names and counts. */
export interface LinkSelection {
  readonly evidence: boolean;
  readonly aliases: boolean;
}

const fieldsOf = (tree: ResolveTree | null): ResolveTree[] => (tree ? fieldsBelow([tree]) : []);

function linkSelectionOf(listFields: readonly ResolveTree[]): LinkSelection {
  return {
    evidence: listFields.some((f) => f.name === 'evidence'),
    aliases: fieldsBelow(listFields.filter((f) => f.name === 'entity')).some((f) => f.name === 'aliases'),
  };
}

/** The kinds of entity list among a paper's selected fields that do not ask for evidence. */
function entityLists(paperFields: readonly ResolveTree[]): EntityLists {
  const kinds = new Set<EntityType>();
  let withAliases = false;
  for (const field of paperFields) {
    const kind = KIND_OF_FIELD[field.name];
    if (!kind) continue;
    const shown = linkSelectionOf(fieldsOf(field));
    if (shown.evidence) continue;
    kinds.add(kind);
    withAliases ||= shown.aliases;
  }
  return { kinds: [...kinds], withAliases };
}

/** The entity lists a `paper` query selects without evidence, to fetch with the paper in one store call. */
export function paperEntityLists(info: GraphQLResolveInfo): EntityLists {
  return perSelection(info, paperLists, () => entityLists(fieldsOf(resolveTree(info))));
}

/**
 * The kinds of entity list that a paper connection's `edges { node { … } }` selects without
 * evidence, so the page can be fetched together with them in one store call.
 */
export function pageEntityLists(info: GraphQLResolveInfo): EntityLists {
  return perSelection(info, pageLists, () => {
    const nodes = fieldsOf(resolveTree(info))
      .filter((f) => f.name === 'edges')
      .flatMap((edges) => fieldsOf(edges).filter((f) => f.name === 'node'));
    return entityLists(nodes.flatMap(fieldsOf));
  });
}

const paperLists = new WeakMap<object, EntityLists>();
const pageLists = new WeakMap<object, EntityLists>();

// Every paper of a page resolves its lists with the same fieldNodes, so each list field's selection
// is read once, not once a paper.
const linkSelections = new WeakMap<object, LinkSelection>();

/** Whether the entity-list field being resolved shows evidence, and its entities' aliases. */
export function linkSelection(info: GraphQLResolveInfo): LinkSelection {
  return perSelection(info, linkSelections, () => linkSelectionOf(fieldsOf(resolveTree(info))));
}

/** Keeps the links that came with papers for the request, so the entity lists make no store call. */
export function primeLinkSummaries(
  ctx: ApiContext,
  items: readonly { readonly paper: PaperNode; readonly links?: readonly EntityLinkSummary[] }[],
  lists: EntityLists,
): void {
  for (const item of items) {
    if (!item.links) continue;
    for (const kind of lists.kinds) {
      const key = linkSummaryKey(kind, item.paper.id);
      // A paper seen again in the request keeps the links it came with when they had aliases.
      if (!lists.withAliases && ctx.prefetchedLinks.get(key)?.withAliases) continue;
      ctx.prefetchedLinks.set(key, { links: item.links.filter((l) => l.entity.type === kind), withAliases: lists.withAliases });
    }
  }
}
