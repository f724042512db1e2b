import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import type { EntityLinkSummary } from '../../graph/index.js';
import { Arg, Ctx, FieldResolver, Float, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { paperNotFound } from '../../graph/index.js';
import type { EntityType, PaperNode } from '../../model/index.js';
import { linkSummaryKey, type ApiContext } from '../context.js';
import { connectionParts, pageRequest } from '../common/cursor.js';
import { toLinkedEntity, toPaper } from '../common/mappers.js';
import { PaperWhere } from '../common/refs.js';
import { resolveWhere } from '../common/resolve-refs.js';
import { selectedFields } from '../common/selection.js';
import { LinkedEntity } from '../entity/linked-entity.type.js';
import {
  KIND_OF_FIELD,
  linkSelection,
  pageEntityLists,
  paperEntityLists,
  primeLinkSummaries,
  type EntityLists,
} from './page-entity-lists.js';
import { PaperConnection } from './paper-connection.type.js';
import { SEARCH_COUNT_LIMIT } from './search-count.js';
import { shownPaperParts } from './shown-paper-parts.js';
import { Paper } from './paper.type.js';

const CONFIDENCE_ARG = { nullable: true, description: 'Only links at or above this extractor confidence (0 to 1).' } as const;

@Resolver(() => Paper)
export class PaperResolver {
  @Query(() => PaperConnection, {
    nullable: true,
    description: 'Papers, newest first; with `search`, full-text matches by relevance; `where` narrows them.',
  })
  async papers(
    @Ctx() ctx: ApiContext,
    @Arg('search', () => String, { nullable: true, description: 'Words to find in titles and abstracts.' }) search?: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 100).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' }) after?: string,
    @Arg('where', () => PaperWhere, { nullable: true, description: 'Conditions on the papers: entities they mention, dates, code.' })
    where?: PaperWhere,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<PaperConnection> {
    const list = { field: 'papers', args: { search, where } };
    const filter = await resolveWhere(ctx.store, where);
    const lists = info && !search && !filter ? pageEntityLists(info) : NO_LISTS;
    const selected = info ? selectedFields(info) : undefined;
    const page = await ctx.store.listPapers({
      ...pageRequest(first, after, list),
      count: !selected || selected.has('totalCount') || selected.has('totalCountIsExact'),
      ...(search ? { search, countUpTo: SEARCH_COUNT_LIMIT } : {}),
      ...(filter ? { where: filter } : {}),
      ...(lists.kinds.length > 0 ? { links: lists.kinds, ...(lists.withAliases ? {} : { withAliases: false }) } : {}),
      ...(info ? shownPaperParts(info, ['edges', 'node']) : {}),
    });
    primeLinkSummaries(ctx, page.items, lists);
    const parts = connectionParts(list, page, (item, cursor) => ({
      node: toPaper(item.paper),
      cursor,
      ...(search ? { score: item.score } : {}),
    }));
    // Every store answers alike past the limit, whether it stopped counting there or counted on.
    const exact = !search || page.totalCount <= SEARCH_COUNT_LIMIT;
    return { ...parts, totalCount: exact ? parts.totalCount : SEARCH_COUNT_LIMIT, totalCountIsExact: exact };
  }

  @Query(() => Paper, { nullable: true, description: 'One paper by id; an unknown id is null with a NOT_FOUND error.' })
  async paper(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'The paper id.' }) id: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Paper> {
    const lists = info ? paperEntityLists(info) : NO_LISTS;
    // An id the combined call does not find is looked up as before (the loader's rules for ids).
    const node = (info && lists.kinds.length > 0 ? await withLinks(ctx, id, lists, info) : undefined) ?? (await ctx.papers.load(id));
    if (!node) throw paperNotFound(id);
    return toPaper(node);
  }

  @FieldResolver(() => [LinkedEntity], { description: 'Methods the paper proposes or uses.' })
  methods(
    @Root() paper: Paper,
    @Ctx() ctx: ApiContext,
    @Arg('minConfidence', () => Float, CONFIDENCE_ARG) min?: number,
    @Info() info?: GraphQLResolveInfo,
  ): LinkedEntity[] | Promise<LinkedEntity[]> {
    return linked(ctx, info, paper, 'method', min);
  }

  @FieldResolver(() => [LinkedEntity], { description: 'Benchmarks and datasets the paper evaluates on.' })
  benchmarks(
    @Root() paper: Paper,
    @Ctx() ctx: ApiContext,
    @Arg('minConfidence', () => Float, CONFIDENCE_ARG) min?: number,
    @Info() info?: GraphQLResolveInfo,
  ): LinkedEntity[] | Promise<LinkedEntity[]> {
    return linked(ctx, info, paper, 'benchmark', min);
  }

  @FieldResolver(() => [LinkedEntity], { description: 'Pretrained models the paper uses.' })
  models(
    @Root() paper: Paper,
    @Ctx() ctx: ApiContext,
    @Arg('minConfidence', () => Float, CONFIDENCE_ARG) min?: number,
    @Info() info?: GraphQLResolveInfo,
  ): LinkedEntity[] | Promise<LinkedEntity[]> {
    return linked(ctx, info, paper, 'model', min);
  }

  @FieldResolver(() => [LinkedEntity], { description: 'Tasks the paper addresses.' })
  tasks(
    @Root() paper: Paper,
    @Ctx() ctx: ApiContext,
    @Arg('minConfidence', () => Float, CONFIDENCE_ARG) min?: number,
    @Info() info?: GraphQLResolveInfo,
  ): LinkedEntity[] | Promise<LinkedEntity[]> {
    return linked(ctx, info, paper, 'task', min);
  }

  @FieldResolver(() => [LinkedEntity], { description: 'Metrics the paper reports.' })
  metrics(
    @Root() paper: Paper,
    @Ctx() ctx: ApiContext,
    @Arg('minConfidence', () => Float, CONFIDENCE_ARG) min?: number,
    @Info() info?: GraphQLResolveInfo,
  ): LinkedEntity[] | Promise<LinkedEntity[]> {
    return linked(ctx, info, paper, 'metric', min);
  }

  @FieldResolver(() => [LinkedEntity], { description: 'Code and project links in the abstract.' })
  repositories(@Root() paper: Paper, @Ctx() ctx: ApiContext, @Info() info?: GraphQLResolveInfo): LinkedEntity[] | Promise<LinkedEntity[]> {
    return linked(ctx, info, paper, 'repo');
  }

  @FieldResolver(() => [LinkedEntity], { description: 'Broad research areas of the paper.' })
  topics(@Root() paper: Paper, @Ctx() ctx: ApiContext, @Info() info?: GraphQLResolveInfo): LinkedEntity[] | Promise<LinkedEntity[]> {
    return linked(ctx, info, paper, 'topic');
  }
}

const NO_LISTS: EntityLists = { kinds: [], withAliases: false };

/**
 * A paper page's paper and entity lists from one store call, with only the parts the selection
 * shows; the lists go to the request's loader.
 */
async function withLinks(ctx: ApiContext, id: string, lists: EntityLists, info: GraphQLResolveInfo): Promise<PaperNode | undefined> {
  const [found] = await ctx.store.getPapersWithLinks([id], lists.kinds, {
    ...shownPaperParts(info, []),
    ...(lists.withAliases ? {} : { withAliases: false }),
  });
  if (!found) return undefined;
  primeLinkSummaries(ctx, [found], lists);
  return found.paper;
}

/**
 * The entity-list fields' resolvers without type-graphql's wrapper, installed over it by schema.ts:
 * the wrapper sorts and converts the four parameters on every call (a 20-paper page with two lists
 * makes 40 calls), 1.5% of the nested list's API CPU in a profile. Same function as the methods above.
 */
export function entityListResolvers(): Record<string, GraphQLFieldResolver<Paper, ApiContext, { minConfidence?: number | null }>> {
  return Object.fromEntries(
    Object.entries(KIND_OF_FIELD).map(([field, kind]) => [
      field,
      (paper: Paper, args: { minConfidence?: number | null }, ctx: ApiContext, info: GraphQLResolveInfo) =>
        linked(ctx, info, paper, kind, args.minConfidence ?? 0),
    ]),
  );
}

function linked(
  ctx: ApiContext,
  info: GraphQLResolveInfo | undefined,
  paper: Paper,
  type: EntityType,
  minConfidence = 0,
): LinkedEntity[] | Promise<LinkedEntity[]> {
  const shown = (links: readonly EntityLinkSummary[]) => {
    const entities: LinkedEntity[] = [];
    for (const l of links) if (l.entity.type === type && l.confidence >= minConfidence) entities.push(toLinkedEntity(l));
    return entities;
  };
  const wanted = info ? linkSelection(info) : undefined;
  if (!wanted || wanted.evidence) return ctx.links.load(paper.id).then(shown);
  const key = linkSummaryKey(type, paper.id);
  // Links that came with the page are answered without a promise, so graphql-js completes the
  // page's papers synchronously instead of awaiting each paper's lists.
  const prefetched = ctx.prefetchedLinks.get(key);
  return prefetched && (prefetched.withAliases || !wanted.aliases) ? shown(prefetched.links) : ctx.linkSummaries.load(key).then(shown);
}
