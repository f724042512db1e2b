import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { EntityKind } from '../common/enums.js';
import { Stats } from './stats.type.js';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'How big the graph is.' })
  async stats(@Ctx() ctx: ApiContext): Promise<Stats> {
    const stats = await ctx.store.stats();
    return { papers: stats.papers, links: stats.edges, byType: stats.byType.map((t) => ({ type: t.type as EntityKind, count: t.count })) };
  }
}
