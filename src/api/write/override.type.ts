import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Override as OverrideRecord } from '../../model/index.js';
import { EntityKind } from '../common/enums.js';
import { Entity } from '../entity/entity.type.js';

export enum OverrideOp {
  MERGE = 'merge',
  RENAME = 'rename',
  ALIAS = 'alias',
  HIDE = 'hide',
}
registerEnumType(OverrideOp, { name: 'OverrideOp', description: 'The kind of a hand fix.' });

@ObjectType({ simpleResolvers: true, description: 'A hand fix of the extracted graph; every later ingest re-applies it.' })
export class Override {
  @Field(() => ID, { description: 'The fix’s id.' })
  id!: string;

  @Field(() => OverrideOp, { description: 'What it does.' })
  op!: OverrideOp;

  @Field(() => String, { description: 'When it was made (ISO 8601).' })
  at!: string;

  @Field(() => EntityKind, { description: 'The kind of entity it is about.' })
  type!: EntityKind;

  @Field(() => String, { description: 'The entity’s name when the fix was made (for a merge, the entity merged away).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'MERGE: the entity it was merged into.' })
  into?: string;

  @Field(() => String, { nullable: true, description: 'RENAME: the new name.' })
  to?: string;

  @Field(() => String, { nullable: true, description: 'ALIAS: the alias added.' })
  alias?: string;
}

@ObjectType({ simpleResolvers: true, description: 'A hand fix just made, and the entity as it now is.' })
export class CurationResult {
  @Field(() => Override, { description: 'The recorded fix.' })
  override!: Override;

  @Field(() => Entity, { nullable: true, description: 'The entity after the fix; null when it is hidden.' })
  entity?: Entity;
}

export function toOverride(o: OverrideRecord): Override {
  const subject = o.op === 'merge' ? o.from : o.entity;
  return Object.assign(new Override(), {
    id: o.id,
    op: o.op as OverrideOp,
    at: o.at,
    type: subject.type as EntityKind,
    name: subject.name,
    ...(o.op === 'merge' ? { into: o.into.name } : {}),
    ...(o.op === 'rename' ? { to: o.to } : {}),
    ...(o.op === 'alias' ? { alias: o.alias } : {}),
  });
}
