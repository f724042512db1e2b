import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { paperNotFound, sharedEntityWeight, sharedTerms, TEXT_WEIGHT, type RelatedPapersQuery } from '../../graph/index.js';
import { InvalidArgumentError, type EntityType, type PaperNode, type RelatedPaper } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { connectionParts, pageRequest } from '../common/cursor.js';
import { toEntity, toPaper } from '../common/mappers.js';
import { selectedFields, selectsPath } from '../common/selection.js';
import { shownPaperParts } from '../paper/shown-paper-parts.js';
import { RelatedBy, RelatedPaperConnection, SharedReason, type RelatedPaperEdge } from './related-paper.type.js';

const DEFAULT_VIA = [RelatedBy.METHOD, RelatedBy.BENCHMARK, RelatedBy.MODEL, RelatedBy.TASK, RelatedBy.TOPIC, RelatedBy.TEXT];

@Resolver()
export class RelatedPapersResolver {
  @Query(() => RelatedPaperConnection, {
    nullable: true,
    description: 'Papers like a paper ("more like this"), most related first; an unknown paper is null with a NOT_FOUND error.',
  })
  async relatedPapers(
    @Ctx() ctx: ApiContext,
    @Arg('paperId', () => ID, { description: 'The paper to start from.' }) paperId: string,
    @Arg('via', () => [RelatedBy], {
      nullable: true,
      description: 'What counts: kinds of shared entity and TEXT (default METHOD, BENCHMARK, MODEL, TASK, TOPIC, TEXT).',
    })
    via?: RelatedBy[],
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 10, at most 100).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<RelatedPaperConnection> {
    if (via?.length === 0)
      throw new InvalidArgumentError('via is empty: name at least one kind (METHOD, BENCHMARK, …, TEXT), or leave it out for all');
    const by = via ?? DEFAULT_VIA;
    const text = by.includes(RelatedBy.TEXT);
    const list = { field: 'relatedPapers', args: { paperId, via: by } };
    const query = {
      via: by.filter((v): v is Exclude<RelatedBy, 'text'> => v !== RelatedBy.TEXT).map((v) => v as EntityType),
      text,
      ...pageRequest(first ?? 10, after, list),
      count: !info || selectedFields(info).has('totalCount'),
      ...(info ? shownParts(info, text) : {}),
    };
    // Text reasons need the source paper; without them a paper id is tried first (one store call),
    // and a record's own id, which finds its paper as well, only when that finds nothing.
    const source = text ? await ctx.papers.load(paperId) : undefined;
    let page = !text || source ? await ctx.store.relatedPapers(source?.id ?? paperId, query) : undefined;
    if (!page && !text) {
      const byRecord = await ctx.papers.load(paperId);
      if (byRecord && byRecord.id !== paperId) page = await ctx.store.relatedPapers(byRecord.id, query);
    }
    if (!page) throw paperNotFound(paperId);
    return connectionParts(list, page, (r, cursor) => toEdge(source, r, cursor));
  }
}

/** What of the related papers and their shared entities the selection leaves out. */
function shownParts(info: GraphQLResolveInfo, text: boolean): Pick<RelatedPapersQuery, 'withAbstract' | 'withMetadata' | 'withAliases'> {
  const paper = shownPaperParts(info, ['edges', 'node']);
  return {
    // Text reasons name the words both abstracts use.
    ...(text || paper.withAbstract !== false ? {} : { withAbstract: false }),
    ...(paper.withMetadata === false ? { withMetadata: false } : {}),
    ...(selectsPath(info, ['edges', 'shared', 'entity', 'aliases']) ? {} : { withAliases: false }),
  };
}

function toEdge(source: PaperNode | undefined, related: RelatedPaper, cursor: string): RelatedPaperEdge {
  const shared: SharedReason[] = related.shared.map((e) =>
    Object.assign(new SharedReason(), {
      type: e.type as RelatedBy,
      name: e.name,
      weight: sharedEntityWeight(e.paperCount),
      entity: toEntity(e),
    }),
  );
  if (source && related.textSimilarity > 0) {
    const name = sharedTerms(source, related.paper).join(', ') || 'similar wording';
    shared.push(Object.assign(new SharedReason(), { type: RelatedBy.TEXT, name, weight: TEXT_WEIGHT * related.textSimilarity }));
  }
  return { node: toPaper(related.paper), cursor, score: related.score, shared };
}
