import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type.js';
import { Result } from './result.type.js';

@ObjectType({ simpleResolvers: true, description: 'A leaderboard row.' })
export class ResultEdge {
  @Field(() => Result, { description: 'The result.' })
  node!: Result;

  @Field(() => Int, { description: "Rank among the results of the same metric, 1 = best (by the metric's direction)." })
  rank!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The metric this row is ranked by; null for results that name none (ranked last, together).',
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

  @Field(() => Int, { description: 'How many ranked results there are in all.' })
  totalCount!: number;

  @Field(() => [String], { description: 'The metrics found, in the order their groups come (most results first).' })
  metrics!: string[];
}
