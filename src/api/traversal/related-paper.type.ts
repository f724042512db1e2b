import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';
import { Paper } from '../paper/paper.type.js';

@ObjectType({ description: 'A paper sharing entities with another, scored by Adamic–Adar (rare shared entities weigh more).' })
export class RelatedPaper {
  @Field(() => Paper, { description: 'The related paper.' })
  paper!: Paper;

  @Field(() => Float, { description: 'Sum over shared entities of 1 / ln(1 + paperCount).' })
  score!: number;

  @Field(() => [Entity], { description: 'The entities both papers mention.' })
  shared!: Entity[];
}
