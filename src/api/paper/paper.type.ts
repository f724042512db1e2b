import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../common/node.type.js';

@ObjectType({ implements: Node, description: 'A paper: title, abstract and the entities extracted from them.' })
export class Paper {
  @Field(() => ID, { description: 'Stable id: `arxiv:<id>` when known, else a slug and a hash of the title.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { name: 'abstract', description: 'Abstract.' })
  abstract!: string;

  @Field(() => String, { nullable: true, description: 'Link to the paper.' })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Publication date as precise as known: YYYY-MM-DD, YYYY-MM or YYYY.' })
  published?: string;
}
