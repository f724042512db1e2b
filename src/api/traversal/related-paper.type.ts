import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EntityKind } from '../common/enums.js';
import { PageInfo } from '../common/page-info.type.js';
import { Entity } from '../entity/entity.type.js';
import { Paper } from '../paper/paper.type.js';

/** What can make two papers related: a shared entity of a kind, or similar text. */
export const RelatedBy = { ...EntityKind, TEXT: 'text' } as const;
export type RelatedBy = (typeof RelatedBy)[keyof typeof RelatedBy];
registerEnumType(RelatedBy, {
  name: 'RelatedBy',
  description: 'A kind of shared entity (METHOD … TOPIC), or TEXT: similar title and abstract (BM25 of the full-text index).',
});

@ObjectType({ simpleResolvers: true, description: 'One reason two papers are related, and how much it adds to the score.' })
export class SharedReason {
  @Field(() => RelatedBy, { description: 'The kind of the shared entity, or TEXT.' })
  type!: RelatedBy;

  @Field(() => String, { description: 'The shared entity; for TEXT, content words both papers use.' })
  name!: string;

  @Field(() => Float, { description: 'What this reason adds to the score.' })
  weight!: number;

  @Field(() => Entity, { nullable: true, description: 'The shared entity (null for TEXT).' })
  entity?: Entity;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A related paper: shared entities (Adamic–Adar: rare ones weigh more), shared topics, similar text.',
})
export class RelatedPaperEdge {
  @Field(() => Paper, { description: 'The related paper.' })
  node!: Paper;

  @Field(() => String, { description: 'Cursor of this edge.' })
  cursor!: string;

  @Field(() => Float, {
    description: 'Sum over shared entities of 1 / ln(1 + paperCount), plus 1.5 × text similarity (0 to 1) when TEXT is in `via`.',
  })
  score!: number;

  @Field(() => [SharedReason], { description: 'Why the paper is here: the entities and topics both mention, and similar text.' })
  shared!: SharedReason[];
}

@ObjectType({ simpleResolvers: true, description: 'A page of related papers, most related first.' })
export class RelatedPaperConnection {
  @Field(() => [RelatedPaperEdge], { description: 'The papers of this page.' })
  edges!: RelatedPaperEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many papers are related in all.' })
  totalCount!: number;
}
