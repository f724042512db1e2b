import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type.js';
import { Entity } from './entity.type.js';

@ObjectType({ simpleResolvers: true, description: 'An entity in a list.' })
export class EntityEdge {
  @Field(() => Entity, { description: 'The entity.' })
  node!: Entity;

  @Field(() => String, { description: 'Cursor of this edge.' })
  cursor!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of entities.' })
export class EntityConnection {
  @Field(() => [EntityEdge], { description: 'The entities of this page.' })
  edges!: EntityEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many entities match in all.' })
  totalCount!: number;
}
