import { Field, ID, InputType } from 'type-graphql';
import { EntityKind } from './enums.js';

@InputType({ description: 'An entity by kind and name (or alias; case, spacing and punctuation are ignored).' })
export class EntityRef {
  @Field(() => EntityKind, { description: 'What the entity is.' })
  type!: EntityKind;

  @Field(() => String, { description: 'Its name or an alias.' })
  name!: string;
}

@InputType({ description: 'A paper or an entity: give `id` (a paper id or an entity id), or `type` and `name`.' })
export class NodeRef {
  @Field(() => ID, { nullable: true, description: 'A paper id, or an entity id such as `benchmark:gsm8k`.' })
  id?: string;

  @Field(() => EntityKind, { nullable: true, description: 'With `name`: the kind of entity.' })
  type?: EntityKind;

  @Field(() => String, { nullable: true, description: 'With `type`: the entity name or an alias.' })
  name?: string;
}

@InputType({ description: 'Conditions on papers; every condition given must hold.' })
export class PaperWhere {
  @Field(() => [String], { nullable: true, description: 'Methods the paper uses or proposes, all of them.' })
  methods?: string[];

  @Field(() => [String], { nullable: true, description: 'Benchmarks the paper evaluates on, all of them.' })
  benchmarks?: string[];

  @Field(() => [String], { nullable: true, description: 'Models the paper uses, all of them.' })
  models?: string[];

  @Field(() => [String], { nullable: true, description: 'Tasks the paper addresses, all of them.' })
  tasks?: string[];

  @Field(() => [String], { nullable: true, description: 'Metrics the paper reports, all of them.' })
  metrics?: string[];

  @Field(() => [String], { nullable: true, description: 'Topics of the paper, all of them.' })
  topics?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD, compared as ISO strings: "2019" is before "2019-01"); undated papers do not match.',
  })
  publishedFrom?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD); a year or a month takes in all of it ("2025-03" includes 31 March); undated papers do not match.',
  })
  publishedTo?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the paper links to a code repository.' })
  hasCode?: boolean;

  @Field(() => String, { nullable: true, description: 'The venue, ignoring case (e.g. "NeurIPS 2023").' })
  venue?: string;

  @Field(() => String, { nullable: true, description: 'One of the authors, ignoring case, as the input writes the name.' })
  author?: string;
}
