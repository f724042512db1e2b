import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { InvalidArgumentError, inRange } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { connectionParts, pageRequest } from '../common/cursor.js';
import { EntityKind, toEntityType } from '../common/enums.js';
import { SharingMode, TrendBy } from '../common/enums-extra.js';
import { toEntity, toPaper } from '../common/mappers.js';
import { EntityRef, NodeRef } from '../common/refs.js';
import { resolveEntityRef, resolveNodeRef } from '../common/resolve-refs.js';
import { Subgraph } from '../graph-view/subgraph.type.js';
import { SIZE_LIMITS } from '../limits/size-limits.js';
import { PaperConnection } from '../paper/paper-connection.type.js';
import { CoOccurrenceConnection, TrendPoint } from './traversal.types.js';

@Resolver()
export class TraversalResolver {
  @Query(() => PaperConnection, {
    nullable: true,
    description:
      'Papers mentioning all (or any) of some entities: with ALL (the default), newest first and `score` null; with ANY, those mentioning the most first (`score` is how many), then newest first.',
  })
  async papersSharing(
    @Ctx() ctx: ApiContext,
    @Arg('entities', () => [EntityRef], { description: 'The entities, by kind and name.' }) entities: EntityRef[],
    @Arg('mode', () => SharingMode, { nullable: true, description: 'ALL (default) or ANY.' }) mode?: SharingMode,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 100).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' }) after?: string,
  ): Promise<PaperConnection> {
    if (entities.length === 0) throw new InvalidArgumentError('"entities" needs at least one entity');
    const ids = (await Promise.all(entities.map((ref) => resolveEntityRef(ctx.store, ref)))).map((e) => e.id);
    const where = mode === SharingMode.ANY ? { anyOf: ids } : { allOf: ids };
    const list = { field: 'papersSharing', args: { entities, mode: mode ?? SharingMode.ALL } };
    const page = await ctx.store.listPapers({ where, ...pageRequest(first, after, list) });
    const parts = connectionParts(list, page, (item, cursor) => ({
      node: toPaper(item.paper),
      cursor,
      ...(mode === SharingMode.ANY ? { score: item.score } : {}),
    }));
    return { ...parts, totalCountIsExact: true };
  }

  @Query(() => CoOccurrenceConnection, {
    nullable: true,
    description: 'Entities of a kind most often mentioned with an entity: e.g. the methods used on a benchmark.',
  })
  async coOccurring(
    @Ctx() ctx: ApiContext,
    @Arg('entity', () => EntityRef, { description: 'The entity to start from.' }) entity: EntityRef,
    @Arg('type', () => EntityKind, { description: 'The kind of entity to count.' }) type: EntityKind,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 10, at most 100).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' }) after?: string,
  ): Promise<CoOccurrenceConnection> {
    const node = await resolveEntityRef(ctx.store, entity);
    const list = { field: 'coOccurring', args: { entity, type } };
    const page = await ctx.store.coOccurring(node.id, toEntityType(type), pageRequest(first ?? 10, after, list));
    return connectionParts(list, page, (r, cursor) => ({ node: toEntity(r.entity), cursor, count: r.count }));
  }

  @Query(() => Subgraph, {
    nullable: true,
    description: 'The shortest connections between two nodes (papers or entities), as a subgraph; empty when none is short enough.',
  })
  async path(
    @Ctx() ctx: ApiContext,
    @Arg('from', () => NodeRef, { description: 'One end.' }) from: NodeRef,
    @Arg('to', () => NodeRef, { description: 'The other end.' }) to: NodeRef,
    @Arg('maxLength', () => Int, { nullable: true, description: 'Longest path in links (default 4, at most 6).' }) maxLength?: number,
    @Arg('maxPaths', () => Int, { nullable: true, description: 'How many shortest paths to join (default 10, at most 50).' })
    maxPaths?: number,
    @Arg('avoid', () => [EntityKind], {
      nullable: true,
      description: 'Entity kinds no path may pass through, such as [TOPIC], whose broad areas join much (the two ends may be of them).',
    })
    avoid?: EntityKind[],
  ): Promise<Subgraph> {
    const [a, b] = await Promise.all([resolveNodeRef(ctx.store, from, 'from'), resolveNodeRef(ctx.store, to, 'to')]);
    return (await ctx.store.shortestPaths(a, b, {
      maxLength: inRange('maxLength', maxLength ?? 4, 1, 6),
      maxPaths: inRange('maxPaths', maxPaths ?? SIZE_LIMITS.path.default, 1, SIZE_LIMITS.path.max),
      avoid: (avoid ?? []).map(toEntityType),
    })) as Subgraph;
  }

  @Query(() => Subgraph, {
    nullable: true,
    description: 'The nodes around a paper or entity and the edges among them, for graph views; biggest neighbours first.',
  })
  async neighborhood(
    @Ctx() ctx: ApiContext,
    @Arg('of', () => NodeRef, { description: 'The paper or entity at the centre.' }) of: NodeRef,
    @Arg('depth', () => Int, { nullable: true, description: 'How many links out (1 to 3, default 1).' }) depth?: number,
    @Arg('limit', () => Int, {
      nullable: true,
      description: 'Most nodes returned (default 100, at most 500); `truncated` says when it bit.',
    })
    limit?: number,
    @Arg('types', () => [EntityKind], { nullable: true, description: 'Entity kinds to include (default all); papers are always included.' })
    types?: EntityKind[],
  ): Promise<Subgraph> {
    const id = await resolveNodeRef(ctx.store, of, 'of');
    const query = {
      depth: inRange('depth', depth ?? 1, 1, 3),
      limit: inRange('limit', limit ?? SIZE_LIMITS.neighborhood.default, 1, SIZE_LIMITS.neighborhood.max),
      ...(types ? { kinds: types.map(toEntityType) } : {}),
    };
    return ((await ctx.store.neighborhood(id, query)) ?? { nodes: [], edges: [], truncated: false }) as Subgraph;
  }

  @Query(() => [TrendPoint], {
    nullable: true,
    description:
      'Papers mentioning an entity per year or month of publication, oldest first: every period from the first paper to the last, with count 0 where none was published, so a chart shows gaps (undated papers are left out, and by MONTH papers dated only to the year).',
  })
  async trend(
    @Ctx() ctx: ApiContext,
    @Arg('entity', () => EntityRef, { description: 'The entity.' }) entity: EntityRef,
    @Arg('by', () => TrendBy, { nullable: true, description: 'YEAR (default) or MONTH.' }) by?: TrendBy,
  ): Promise<TrendPoint[]> {
    const node = await resolveEntityRef(ctx.store, entity);
    return ctx.store.trend(node.id, by ?? TrendBy.YEAR);
  }
}
