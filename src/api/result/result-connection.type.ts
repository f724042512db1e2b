import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type.js';
import { Result } from './result.type.js';

@ObjectType({ simpleResolvers: true, description: 'A leaderboard row.' })
export class ResultEdge {
  @Field(() => Result, { description: 'The result.' })
  node!: Result;

  @Field(() => Int, {
    nullable: true,
    description:
      "Rank among the results of the same metric and unit, 1 = best (by the metric's direction); null when the result names no metric or the metric's direction is unknown (neither higher- nor lower-is-better can be told from its name), as nothing says which of those results is better.",
  })
  rank!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The metric of this row; null for results that name none (listed last, together, unranked).',
  })
  metric?: string;

  @Field(() => String, { description: 'Cursor of this edge.' })
  cursor!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of a leaderboard: absolute results ordered by metric group, then rank.' })
export class ResultConnection {
  @Field(() => [ResultEdge], { description: 'The rows of this page.' })
  edges!: ResultEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many rows (absolute results, ranked or not) there are in all.' })
  totalCount!: number;

  @Field(() => [String], { description: 'The metrics found, in the order their groups come (most results first).' })
  metrics!: string[];
}
