import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Evidence } from '../common/evidence.type.js';
import { EntityKind } from '../common/enums.js';
import type { EntityNode } from '../../model/index.js';
import { Entity } from './entity.type.js';

@ObjectType({ simpleResolvers: true, description: 'An entity as one paper mentions it, with the evidence.' })
export class LinkedEntity {
  @Field(() => ID, { description: 'The entity id.' })
  id!: string;

  @Field(() => EntityKind, { description: 'What the entity is.' })
  type!: EntityKind;

  @Field(() => String, {
    description:
      'Canonical name; for links, `owner/repo` on a code host (GitHub, GitLab, Hugging Face), else the address without its scheme: the URL itself is `url`.',
  })
  name!: string;

  @Field(() => String, { nullable: true, description: 'For links: the URL, as the paper gives it; null for other kinds.' })
  url?: string;

  @Field(() => Int, { description: 'How many papers mention this entity.' })
  paperCount!: number;

  @Field(() => Float, { description: 'Extractor confidence, 0 to 1: lexicon with cue > lexicon > pattern only.' })
  confidence!: number;

  @Field(() => String, { nullable: true, description: 'For methods: `proposed` when the paper introduces it, else `used`.' })
  role?: string;

  @Field(() => Evidence, { description: 'Where the paper mentions it.' })
  evidence!: Evidence;

  /** The stored entity; `entity` makes it an Entity only for a selection that reads it. */
  stored!: EntityNode;

  @Field(() => Entity, { description: 'The entity node, to traverse on to its other papers.' })
  get entity(): Entity {
    return Entity.of(this.stored);
  }
}
