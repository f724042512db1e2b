import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { requireEntity, unknownLeaderboardMetric } from '../../graph/index.js';
import type { StoredResult } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { connectionParts, pageRequest } from '../common/cursor.js';
import { toEntity, toPaper } from '../common/mappers.js';
import { Entity } from '../entity/entity.type.js';
import { Paper } from '../paper/paper.type.js';
import { ResultConnection } from './result-connection.type.js';
import { Result } from './result.type.js';

export function toResult(r: StoredResult): Result {
  return Object.assign(new Result(), { ...r, evidence: { ...r.evidence } });
}

@Resolver(() => Result)
export class ResultResolver {
  @Query(() => ResultConnection, {
    nullable: true,
    description:
      "A benchmark's leaderboard: its absolute results (deltas left out), best first by the metric's direction (lower is better for an error, loss, perplexity, latency, FID, MSE, WER, … or a time; higher for accuracy, F1, BLEU, win rate, …). Rows are grouped by metric and unit (most results first, unnamed metric last), each group ranked on its own, so values in different units are never ranked against each other; `metrics` lists the groups' metrics. A group that names no metric, or whose metric's direction is unknown, is listed highest value first (lowest for a time) with `rank` null. An unknown benchmark, or a `metric` that is neither a metric entity nor the metric of one of its results, is null with a NOT_FOUND error suggesting names.",
  })
  async leaderboard(
    @Ctx() ctx: ApiContext,
    @Arg('benchmark', () => String, { description: 'The benchmark, by name or alias (case, spacing and punctuation ignored).' })
    benchmark: string,
    @Arg('metric', () => String, { nullable: true, description: 'Only results of this metric, by name or alias.' }) metric?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size (default 20, at most 100).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' }) after?: string,
  ): Promise<ResultConnection> {
    const list = { field: 'leaderboard', args: { benchmark, metric } };
    const paging = pageRequest(first, after, list);
    const entity = await requireEntity(ctx.store, 'benchmark', benchmark);
    const metricEntity = metric === undefined || metric === null ? undefined : await ctx.store.findEntity('metric', metric);
    const page = await ctx.store.leaderboard(entity.id, {
      ...paging,
      ...(metric !== undefined && metric !== null ? { metricName: metric } : {}),
      ...(metricEntity ? { metricId: metricEntity.id } : {}),
    });
    // A known metric with no results here is an empty leaderboard; a name nothing here is measured by is a typo.
    if (metric != null && !metricEntity && page.totalCount === 0) {
      const groups = await ctx.store.leaderboard(entity.id, { first: 1, offset: 0 });
      throw unknownLeaderboardMetric(metric, entity.name, groups.metrics);
    }
    const parts = connectionParts(list, page, (row, cursor) => ({
      node: toResult(row.result),
      rank: row.rank,
      cursor,
      ...(row.result.metric !== undefined ? { metric: row.result.metric } : {}),
    }));
    return { ...parts, metrics: [...page.metrics] };
  }

  @FieldResolver(() => Paper, { description: 'The paper that reports it.' })
  async paper(@Root() result: Result, @Ctx() ctx: ApiContext): Promise<Paper> {
    return toPaper((await ctx.papers.load(result.paperId))!);
  }

  @FieldResolver(() => Entity, { description: 'The benchmark it is on.' })
  async benchmark(@Root() result: Result, @Ctx() ctx: ApiContext): Promise<Entity> {
    return toEntity((await ctx.entities.load(result.benchmarkId))!);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The model or method entity that reached it.' })
  async subjectEntity(@Root() result: Result, @Ctx() ctx: ApiContext): Promise<Entity | undefined> {
    const node = result.subjectId ? await ctx.entities.load(result.subjectId) : undefined;
    return node ? toEntity(node) : undefined;
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The metric entity it is measured by.' })
  async metricEntity(@Root() result: Result, @Ctx() ctx: ApiContext): Promise<Entity | undefined> {
    const node = result.metricId ? await ctx.entities.load(result.metricId) : undefined;
    return node ? toEntity(node) : undefined;
  }
}

@Resolver(() => Paper)
export class PaperResultsResolver {
  @FieldResolver(() => [Result], { description: 'The results the abstract states, in the order of the text (deltas too).' })
  async results(@Root() paper: Paper, @Ctx() ctx: ApiContext): Promise<Result[]> {
    return (await ctx.results.load(paper.id)).map(toResult);
  }
}

@Resolver(() => Entity)
export class EntityResultsResolver {
  @FieldResolver(() => [Result], {
    description: 'For a benchmark, every result reported on it (deltas too), by paper; empty for other kinds. `leaderboard` ranks them.',
  })
  async results(@Root() entity: Entity, @Ctx() ctx: ApiContext): Promise<Result[]> {
    return entity.type === 'benchmark' ? (await ctx.store.resultsOfBenchmark(entity.id)).map(toResult) : [];
  }
}

export const RESULT_RESOLVERS = [ResultResolver, PaperResultsResolver, EntityResultsResolver] as const;
