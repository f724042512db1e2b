import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type.js';
import { Entity } from '../entity/entity.type.js';

@ObjectType({ simpleResolvers: true, description: 'An entity that appears in papers together with another, and in how many.' })
export class CoOccurrenceEdge {
  @Field(() => Entity, { description: 'The co-occurring entity.' })
  node!: Entity;

  @Field(() => String, { description: 'Cursor of this edge.' })
  cursor!: string;

  @Field(() => Int, { description: 'How many papers mention both.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A page of co-occurring entities, most shared papers first.' })
export class CoOccurrenceConnection {
  @Field(() => [CoOccurrenceEdge], { description: 'The entities of this page.' })
  edges!: CoOccurrenceEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many entities of the kind co-occur in all.' })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many papers mention an entity in one period.' })
export class TrendPoint {
  @Field(() => String, { description: 'YYYY or YYYY-MM.' })
  period!: string;

  @Field(() => Int, { description: 'Papers published in that period; 0 for a period inside the range with none.' })
  count!: number;
}
