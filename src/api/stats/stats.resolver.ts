import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { inRange, type EntityType } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { MAX_PAGE_SIZE } from '../common/cursor.js';
import type { EntityKind } from '../common/enums.js';
import { toEntity } from '../common/mappers.js';
import { Entity } from '../entity/entity.type.js';
import { Stats } from './stats.type.js';

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { nullable: true, description: 'How big the graph is, and its most-mentioned entities.' })
  async stats(@Ctx() ctx: ApiContext): Promise<Stats> {
    const stats = await ctx.store.stats();
    return { papers: stats.papers, links: stats.edges, byType: stats.byType.map((t) => ({ type: t.type as EntityKind, count: t.count })) };
  }

  @FieldResolver(() => [Entity], { description: 'The benchmarks most papers evaluate on.' })
  topBenchmarks(
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 10, at most 100).' }) first?: number,
  ): Promise<Entity[]> {
    return top(ctx, 'benchmark', first);
  }

  @FieldResolver(() => [Entity], { description: 'The methods most papers use or propose.' })
  topMethods(
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many (default 10, at most 100).' }) first?: number,
  ): Promise<Entity[]> {
    return top(ctx, 'method', first);
  }
}

async function top(ctx: ApiContext, type: EntityType, first = 10): Promise<Entity[]> {
  const page = await ctx.store.listEntities({
    type,
    orderBy: 'PAPER_COUNT',
    first: inRange('first', first, 0, MAX_PAGE_SIZE),
    offset: 0,
  });
  return page.items.map(toEntity);
}
