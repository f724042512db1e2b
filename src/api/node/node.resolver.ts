import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ENTITY_TYPES, NotFoundError } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { toEntity, toPaper } from '../common/mappers.js';
import { Node } from '../common/node.type.js';
import type { Entity } from '../entity/entity.type.js';
import type { Paper } from '../paper/paper.type.js';

const ENTITY_ID = new RegExp(`^(${ENTITY_TYPES.join('|')}):`);

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'A paper or an entity by its global id (Relay); an unknown id is null with a NOT_FOUND error.',
  })
  async node(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'A paper id or an entity id.' }) id: string,
  ): Promise<Paper | Entity> {
    const entityFirst = ENTITY_ID.test(id);
    const [entity] = entityFirst ? await ctx.store.getEntities([id]) : [undefined];
    if (entity) return toEntity(entity);
    const paper = await ctx.papers.load(id);
    if (paper) return toPaper(paper);
    const [other] = entityFirst ? [undefined] : await ctx.store.getEntities([id]);
    if (other) return toEntity(other);
    throw new NotFoundError(`no paper or entity with id ${JSON.stringify(id)}`);
  }
}
