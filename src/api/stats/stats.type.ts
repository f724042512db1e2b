import { Field, Int, ObjectType } from 'type-graphql';
import { EntityKind } from '../common/enums.js';

@ObjectType({ simpleResolvers: true, description: 'How many entities of one kind the graph holds.' })
export class TypeCount {
  @Field(() => EntityKind, { description: 'The kind.' })
  type!: EntityKind;

  @Field(() => Int, { description: 'How many entities of that kind.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Size of the graph.' })
export class Stats {
  @Field(() => Int, { description: 'Papers in the graph.' })
  papers!: number;

  @Field(() => Int, { description: 'Paper-to-entity links.' })
  links!: number;

  @Field(() => [TypeCount], { description: 'Entities by kind.' })
  byType!: TypeCount[];
}
