import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { InvalidArgumentError, NotFoundError } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { MAX_PAGE_SIZE } from '../common/cursor.js';
import { EntityKind, toEntityType } from '../common/enums.js';
import { toEntity, toPaper } from '../common/mappers.js';
import { RelatedPaper } from './related-paper.type.js';

const DEFAULT_VIA = [EntityKind.METHOD, EntityKind.BENCHMARK, EntityKind.MODEL, EntityKind.TASK];

@Resolver()
export class RelatedPapersResolver {
  @Query(() => [RelatedPaper], { description: 'Papers sharing entities with a paper, most related first.' })
  async relatedPapers(
    @Ctx() ctx: ApiContext,
    @Arg('paperId', () => ID, { description: 'The paper to start from.' }) paperId: string,
    @Arg('via', () => [EntityKind], {
      nullable: true,
      description: 'Which kinds of shared entity count (default METHOD, BENCHMARK, MODEL, TASK).',
    })
    via?: EntityKind[],
    @Arg('first', () => Int, { nullable: true, description: 'How many papers (default 10, at most 100).' }) first?: number,
  ): Promise<RelatedPaper[]> {
    const size = first ?? 10;
    if (size < 0 || size > MAX_PAGE_SIZE) throw new InvalidArgumentError(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
    // A record's own id finds its paper as well as the paper id does.
    const id = (await ctx.papers.load(paperId))?.id ?? paperId;
    const related = await ctx.store.relatedPapers(id, (via ?? DEFAULT_VIA).map(toEntityType), size);
    if (!related) throw new NotFoundError(`no paper with id ${JSON.stringify(paperId)}`);
    return related.map((r) =>
      Object.assign(new RelatedPaper(), { paper: toPaper(r.paper), score: r.score, shared: r.shared.map(toEntity) }),
    );
  }
}
