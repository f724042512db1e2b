import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Evidence } from '../common/evidence.type.js';
import { PageInfo } from '../common/page-info.type.js';
import { Paper } from './paper.type.js';

@ObjectType({ simpleResolvers: true, description: 'A paper in a list.' })
export class PaperEdge {
  @Field(() => Paper, { description: 'The paper.' })
  node!: Paper;

  @Field(() => String, { description: 'Cursor of this edge.' })
  cursor!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Full-text relevance when searching; for `papersSharing` with ANY, how many of the entities the paper mentions; else null.',
  })
  score?: number;
}

@ObjectType({ simpleResolvers: true, description: 'A page of papers.' })
export class PaperConnection {
  @Field(() => [PaperEdge], { description: 'The papers of this page.' })
  edges!: PaperEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description: 'How many papers match in all. With `search`, matches are counted up to 1,000: see `totalCountIsExact`.',
  })
  totalCount!: number;

  @Field(() => Boolean, {
    description: 'False when counting stopped at its limit (searches count up to 1,000): more papers match than `totalCount`.',
  })
  totalCountIsExact!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A paper linked to an entity, with the evidence for the link.' })
export class EntityPaperEdge {
  @Field(() => Paper, { description: 'The paper.' })
  node!: Paper;

  @Field(() => String, { description: 'Cursor of this edge.' })
  cursor!: string;

  @Field(() => Evidence, { description: 'Where the paper mentions the entity.' })
  evidence!: Evidence;

  @Field(() => Float, { description: 'Extractor confidence of the link.' })
  confidence!: number;

  @Field(() => String, { nullable: true, description: 'For methods: proposed or used.' })
  role?: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of the papers linked to an entity.' })
export class EntityPaperConnection {
  @Field(() => [EntityPaperEdge], { description: 'The papers of this page.' })
  edges!: EntityPaperEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many papers are linked in all.' })
  totalCount!: number;
}
