import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { requireEntity } from '../../graph/index.js';
import { filterWords, NotFoundError, type EntityType } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { connectionParts, pageRequest } from '../common/cursor.js';
import { EntityOrderBy } from '../common/enums.js';
import { toEntity } from '../common/mappers.js';
import { EntityConnection } from './entity-connection.type.js';
import { lookaheadPapers, shownParts, type PrefetchedPapers } from './entity-papers-args.js';
import { Entity } from './entity.type.js';

/** The lookup query (`benchmark(name)`) and list query (`benchmarks`) of one entity type. */
function entityQueriesFor(type: EntityType, one: string, many: string, noun: string) {
  @Resolver()
  class EntityQueries {
    @Query(() => Entity, {
      name: one,
      nullable: true,
      description:
        type === 'repo'
          ? 'A repository by its URL (scheme, "www." and case ignored) or its name (`owner/repo`). An unknown one is null with a NOT_FOUND error.'
          : `A ${noun} by name or alias; case, spacing and punctuation are ignored ("swe bench lite" finds "SWE-bench Lite"). An unknown name is null with a NOT_FOUND error suggesting names.`,
    })
    async lookup(
      @Ctx() ctx: ApiContext,
      @Info() info: GraphQLResolveInfo,
      @Arg('name', () => String, { description: type === 'repo' ? 'The URL or `owner/repo`.' : `The ${noun}'s name or an alias.` })
      name: string,
    ): Promise<Entity> {
      const papers = lookaheadPapers(info);
      if (!papers) return toEntity(await requireEntity(ctx.store, type, name));
      // An entity page asks for the entity and its papers: one store call fetches both.
      const found = await ctx.store.findEntityWithPapers(type, name, { ...papers, ...shownParts(info, ['papers']) });
      if (!found) return toEntity(await requireEntity(ctx.store, type, name));
      const prefetchedPapers: PrefetchedPapers = { query: JSON.stringify(papers), page: found.papers };
      return Object.assign(toEntity(found.entity), { prefetchedPapers });
    }

    @Query(() => EntityConnection, {
      name: many,
      nullable: true,
      description: `${many[0]!.toUpperCase()}${many.slice(1)}, most papers first by default.`,
    })
    async list(
      @Ctx() ctx: ApiContext,
      @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 100).' }) first?: number,
      @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' }) after?: string,
      @Arg('orderBy', () => EntityOrderBy, { nullable: true, description: 'Sort order (default PAPER_COUNT).' }) orderBy?: EntityOrderBy,
      @Arg('nameStartsWith', () => String, { nullable: true, description: 'Only names starting with this, ignoring case.' })
      nameStartsWith?: string,
      @Arg('nameContains', () => String, {
        nullable: true,
        description:
          'Only entities whose name or an alias has every word of this at the start of a word, ignoring case: after a space or punctuation, at a capital inside a word, or at a digit ("attention" finds "self-attention" and "FlashAttention", "lora" finds "QLoRA" but not "exploration").',
      })
      nameContains?: string,
      @Arg('minPapers', () => Int, { nullable: true, description: 'Only entities with at least this many papers.' }) minPapers?: number,
    ): Promise<EntityConnection> {
      const list = { field: many, args: { orderBy: orderBy ?? EntityOrderBy.PAPER_COUNT, nameStartsWith, nameContains, minPapers } };
      const page = await ctx.store.listEntities({
        type,
        orderBy: orderBy ?? EntityOrderBy.PAPER_COUNT,
        ...pageRequest(first, after, list),
        ...(nameStartsWith ? { nameStartsWith } : {}),
        ...(nameContains?.trim() ? { nameContains: filterWords(nameContains) } : {}),
        ...(minPapers === undefined ? {} : { minPapers }),
      });
      return connectionParts(list, page, (node, cursor) => ({ node: toEntity(node), cursor }));
    }
  }
  return EntityQueries;
}

@Resolver()
class EntityByIdResolver {
  @Query(() => Entity, {
    name: 'entity',
    nullable: true,
    description: 'Any entity by its id (`<kind>:<key>`, as in graph views); an unknown id is null with a NOT_FOUND error.',
  })
  async entity(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'The entity id.' }) id: string): Promise<Entity> {
    const [node] = await ctx.store.getEntities([id]);
    if (!node) throw new NotFoundError(`no entity with id ${JSON.stringify(id)}`);
    return toEntity(node);
  }
}

export const ENTITY_QUERY_RESOLVERS = [
  EntityByIdResolver,
  entityQueriesFor('method', 'method', 'methods', 'method'),
  entityQueriesFor('benchmark', 'benchmark', 'benchmarks', 'benchmark'),
  entityQueriesFor('model', 'model', 'models', 'model'),
  entityQueriesFor('task', 'task', 'tasks', 'task'),
  entityQueriesFor('metric', 'metric', 'metrics', 'metric'),
  entityQueriesFor('topic', 'topic', 'topics', 'topic'),
  entityQueriesFor('repo', 'repository', 'repositories', 'repository'),
] as const;
