import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.type.js';

@ObjectType({ description: 'An entity that appears in papers together with another, and in how many.' })
export class CoOccurrence {
  @Field(() => Entity, { description: 'The co-occurring entity.' })
  entity!: Entity;

  @Field(() => Int, { description: 'How many papers mention both.' })
  count!: number;
}

@ObjectType({ description: 'How many papers mention an entity in one period.' })
export class TrendPoint {
  @Field(() => String, { description: 'YYYY or YYYY-MM.' })
  period!: string;

  @Field(() => Int, { description: 'Papers published in that period.' })
  count!: number;
}
