import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Float, Info, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { connectionParts } from '../common/cursor.js';
import { PaperOrderBy } from '../common/enums-extra.js';
import { toPaper } from '../common/mappers.js';
import { EntityPaperConnection } from '../paper/paper-connection.type.js';
import { entityPapersList, entityPapersQuery, shownParts, type PrefetchedPapers } from './entity-papers-args.js';
import { Entity } from './entity.type.js';

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => EntityPaperConnection, { description: 'Papers mentioning this entity, newest first, each with its evidence.' })
  async papers(
    @Root() entity: Entity,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 100).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' }) after?: string,
    @Arg('minConfidence', () => Float, { nullable: true, description: 'Only links at or above this confidence.' }) minConfidence?: number,
    @Arg('orderBy', () => PaperOrderBy, { nullable: true, description: 'PUBLISHED (default, newest first) or TITLE.' })
    orderBy?: PaperOrderBy,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<EntityPaperConnection> {
    const query = entityPapersQuery({ first, after, minConfidence, orderBy }, entity.id);
    const prefetched = (entity as Entity & { prefetchedPapers?: PrefetchedPapers }).prefetchedPapers;
    const page =
      prefetched?.query === JSON.stringify(query)
        ? prefetched.page
        : await ctx.store.papersOfEntity(entity.id, info ? { ...query, ...shownParts(info, []) } : query);
    return connectionParts(entityPapersList(entity.id, query), page, (link, cursor) => ({
      node: toPaper(link.paper),
      cursor,
      evidence: { ...link.evidence },
      confidence: link.confidence,
      ...(link.role ? { role: link.role } : {}),
    }));
  }
}
