import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { CurationRequest } from '../../curation.js';
import type { Override as OverrideRecord } from '../../model/index.js';
import { requireWriteAccess } from '../auth/api-key.js';
import { EntityKind, toEntityType } from '../common/enums.js';
import { toEntity } from '../common/mappers.js';
import type { ApiContext } from '../context.js';
import { CurationResult, Override, toOverride } from './override.type.js';

async function result(ctx: ApiContext, override: OverrideRecord, entityId?: string): Promise<CurationResult> {
  const [entity] = entityId ? await ctx.store.getEntities([entityId]) : [undefined];
  return Object.assign(new CurationResult(), { override: toOverride(override), ...(entity ? { entity: toEntity(entity) } : {}) });
}

/** Curation re-extracts papers: it (and the extractor with it) loads on the first hand fix, not with the server. */
const curation = () => import('../../curation.js');

async function fix(ctx: ApiContext, request: CurationRequest): Promise<CurationResult> {
  requireWriteAccess(ctx.auth);
  const { curate } = await curation();
  const override = await curate(ctx.store, request);
  return result(ctx, override, override.op === 'merge' ? override.into.id : override.op === 'hide' ? undefined : override.entity.id);
}

/** Hand fixes of the extracted graph (kept by the store, re-applied by every ingest); mutations need the API key. */
@Resolver()
export class CurationResolver {
  @Query(() => [Override], { nullable: true, description: 'The hand fixes in force, oldest first.' })
  async overrides(@Ctx() ctx: ApiContext): Promise<Override[]> {
    return (await ctx.store.listOverrides()).map(toOverride);
  }

  @Mutation(() => CurationResult, {
    nullable: true,
    description: 'Merges `from` into `into` (same kind): its papers, names and aliases move over, and both names then find `into`.',
  })
  mergeEntities(
    @Ctx() ctx: ApiContext,
    @Arg('type', () => EntityKind, { description: 'The kind of both entities.' }) type: EntityKind,
    @Arg('from', () => String, { description: 'The entity merged away (name or alias).' }) from: string,
    @Arg('into', () => String, { description: 'The entity that stays (name or alias).' }) into: string,
  ): Promise<CurationResult> {
    return fix(ctx, { op: 'merge', type: toEntityType(type), from, into });
  }

  @Mutation(() => CurationResult, { nullable: true, description: 'Gives an entity a new canonical name; the old one stays as an alias.' })
  renameEntity(
    @Ctx() ctx: ApiContext,
    @Arg('type', () => EntityKind, { description: 'The kind of entity.' }) type: EntityKind,
    @Arg('name', () => String, { description: 'Its current name or an alias.' }) name: string,
    @Arg('to', () => String, { description: 'The new name (not another entity’s name or alias).' }) to: string,
  ): Promise<CurationResult> {
    return fix(ctx, { op: 'rename', type: toEntityType(type), name, to });
  }

  @Mutation(() => CurationResult, { nullable: true, description: 'Adds an alias: the entity is then found by it too.' })
  addAlias(
    @Ctx() ctx: ApiContext,
    @Arg('type', () => EntityKind, { description: 'The kind of entity.' }) type: EntityKind,
    @Arg('name', () => String, { description: 'Its name or an alias.' }) name: string,
    @Arg('alias', () => String, { description: 'The alias (not another entity’s name or alias).' }) alias: string,
  ): Promise<CurationResult> {
    return fix(ctx, { op: 'alias', type: toEntityType(type), name, alias });
  }

  @Mutation(() => CurationResult, {
    nullable: true,
    description: 'Hides a wrong entity: it and its links are gone from every query and every later ingest.',
  })
  hideEntity(
    @Ctx() ctx: ApiContext,
    @Arg('type', () => EntityKind, { description: 'The kind of entity.' }) type: EntityKind,
    @Arg('name', () => String, { description: 'Its name or an alias.' }) name: string,
  ): Promise<CurationResult> {
    return fix(ctx, { op: 'hide', type: toEntityType(type), name });
  }

  @Mutation(() => CurationResult, {
    nullable: true,
    description: 'Undoes hideEntity: the papers that mentioned the entity are extracted again, which brings it back.',
  })
  async unhideEntity(
    @Ctx() ctx: ApiContext,
    @Arg('type', () => EntityKind, { description: 'The kind of entity.' }) type: EntityKind,
    @Arg('name', () => String, { description: 'Its name or an alias when it was hidden.' }) name: string,
  ): Promise<CurationResult> {
    requireWriteAccess(ctx.auth);
    const { unhide } = await curation();
    const { override } = await unhide(ctx.store, toEntityType(type), name);
    const entity = await ctx.store.findEntity(override.entity.type, override.entity.name);
    return result(ctx, override, entity?.id);
  }

  @Mutation(() => CurationResult, {
    nullable: true,
    description:
      'Forgets one hand fix (by its id, from `overrides`) and rebuilds what it touched as if it had never been made: the papers linked to its entities are extracted again, the other fixes re-applied. Refused while a later fix is about the same entity.',
  })
  async removeOverride(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'The id of the fix, as `overrides` lists it.' }) id: string,
  ): Promise<CurationResult> {
    requireWriteAccess(ctx.auth);
    const { removeFix } = await curation();
    const { override } = await removeFix(ctx.store, id);
    const subject = override.op === 'merge' ? override.from : override.entity;
    const entity = await ctx.store.findEntity(subject.type, subject.name);
    return result(ctx, override, entity?.id);
  }
}
