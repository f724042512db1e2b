import type { EntityType } from './entity.js';

/** The entity a hand fix is about, as it was when the fix was made. */
export interface OverrideTarget {
  readonly type: EntityType;
  /** The entity's node id (`type:key`). */
  readonly id: string;
  readonly name: string;
  /** The keys of its name and aliases: an extracted entity with one of these keys is this entity. */
  readonly keys: readonly string[];
}

interface OverrideBase {
  /** Unique and stable; `unhide` and `overrides list` name fixes by it. */
  readonly id: string;
  /** When the fix was made (ISO 8601). */
  readonly at: string;
}

/** `from` becomes part of `into`: its papers, names and aliases; `from` answers as `into`. */
export interface MergeOverride extends OverrideBase {
  readonly op: 'merge';
  readonly from: OverrideTarget;
  readonly into: OverrideTarget;
}

/** The entity's canonical name becomes `to`; the old name stays as an alias. */
export interface RenameOverride extends OverrideBase {
  readonly op: 'rename';
  readonly entity: OverrideTarget;
  readonly to: string;
}

export interface AliasOverride extends OverrideBase {
  readonly op: 'alias';
  readonly entity: OverrideTarget;
  readonly alias: string;
}

/** A wrong entity, gone from every query; `papers` are the ones that mentioned it, to re-extract on unhide. */
export interface HideOverride extends OverrideBase {
  readonly op: 'hide';
  readonly entity: OverrideTarget;
  readonly papers: readonly string[];
}

/** A hand fix of the extracted graph, kept by the store and re-applied to every later ingest. */
export type Override = MergeOverride | RenameOverride | AliasOverride | HideOverride;
export type OverrideOp = Override['op'];
