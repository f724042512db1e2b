import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

// graphql-js hands every item of a list the same fieldNodes array, so a page of papers parses its
// selection once, not once per paper.
const parsed = new WeakMap<object, ReadonlySet<string>>();

/** The names of the fields selected on the result of the field being resolved (through fragments and aliases). */
export function selectedFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  let names = parsed.get(info.fieldNodes);
  if (!names) {
    const tree = parseResolveInfo(info) as ResolveTree | null;
    names = new Set(Object.values(tree?.fieldsByTypeName ?? {}).flatMap((fields) => Object.values(fields).map((f) => f.name)));
    parsed.set(info.fieldNodes, names);
  }
  return names;
}

/** Whether the selection of the field being resolved reaches `path`, a chain of field names (through fragments and aliases). */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let level = [parseResolveInfo(info) as ResolveTree | null].filter((t): t is ResolveTree => t !== null);
  for (const name of path) {
    level = level
      .flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)))
      .filter((f) => f.name === name);
    if (level.length === 0) return false;
  }
  return true;
}

/** The names of the fields selected at the end of `path` below the field being resolved (through fragments and aliases). */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  let level = [parseResolveInfo(info) as ResolveTree | null].filter((t): t is ResolveTree => t !== null);
  const fieldsOf = (trees: ResolveTree[]) =>
    trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)));
  for (const name of path) level = fieldsOf(level).filter((f) => f.name === name);
  return new Set(fieldsOf(level).map((f) => f.name));
}
