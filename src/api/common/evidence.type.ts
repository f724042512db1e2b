import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Why a paper is linked to an entity: where the text mentions it.' })
export class Evidence {
  @Field(() => String, { description: 'The words as written in the paper.' })
  mention!: string;

  @Field(() => Int, { description: 'Start offset of the mention in `title + "\\n\\n" + abstract`.' })
  start!: number;

  @Field(() => Int, { description: 'End offset (exclusive) of the mention.' })
  end!: number;

  @Field(() => String, { description: 'The sentence containing the mention.' })
  sentence!: string;
}
