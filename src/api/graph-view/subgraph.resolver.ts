import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { edgeId, entityView, paperView, relationOf } from '../../graph/index.js';
import { inRange, type GraphEdgeView, type GraphNodeView } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { PaperWhere } from '../common/refs.js';
import { resolveWhere } from '../common/resolve-refs.js';
import { Subgraph } from './subgraph.type.js';
import { SIZE_LIMITS } from '../limits/size-limits.js';

@Resolver()
export class SubgraphResolver {
  @Query(() => Subgraph, {
    nullable: true,
    description: 'Papers matching a filter or search, with all their entities, as a subgraph for graph views.',
  })
  async subgraph(
    @Ctx() ctx: ApiContext,
    @Arg('where', () => PaperWhere, { nullable: true, description: 'Conditions on the papers.' }) where?: PaperWhere,
    @Arg('search', () => String, { nullable: true, description: 'Words to find in titles and abstracts.' }) search?: string,
    @Arg('limit', () => Int, { nullable: true, description: 'Most papers (default 50, at most 200); `truncated` says when it bit.' })
    limit?: number,
  ): Promise<Subgraph> {
    const size = inRange('limit', limit ?? SIZE_LIMITS.subgraph.default, 1, SIZE_LIMITS.subgraph.max);
    const filter = await resolveWhere(ctx.store, where);
    const page = await ctx.store.listPapers({
      first: size,
      offset: 0,
      ...(filter ? { where: filter } : {}),
      ...(search ? { search } : {}),
    });
    const links = await ctx.store.linksOfPapers(page.items.map((i) => i.paper.id));
    const nodes = new Map<string, GraphNodeView>();
    const edges: GraphEdgeView[] = [];
    for (const { paper } of page.items) {
      const own = links.get(paper.id) ?? [];
      nodes.set(paper.id, paperView(paper, own.length));
      for (const link of own) {
        nodes.set(link.entity.id, entityView(link.entity));
        edges.push({
          id: edgeId(paper.id, link.entity.id),
          source: paper.id,
          target: link.entity.id,
          type: relationOf({ type: link.entity.type, ...(link.role ? { role: link.role } : {}) }),
          weight: link.confidence,
        });
      }
    }
    return { nodes: [...nodes.values()], edges, truncated: page.totalCount > page.items.length } as Subgraph;
  }
}
