import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

// graphql-js hands every item of a list the same fieldNodes array, so a page of papers parses its
// selection once, not once per paper. A compiled document's fieldNodes outlive the request, and
// `@include(if: $x)` makes the tree depend on the variables: the cache is per fieldNodes and variables.
const trees = new WeakMap<object, WeakMap<object, ResolveTree | null>>();
const NO_VARIABLES = {};

/** The parsed selection of the field being resolved (null when it has none). */
export function resolveTree(info: GraphQLResolveInfo): ResolveTree | null {
  let byVariables = trees.get(info.fieldNodes);
  if (!byVariables) trees.set(info.fieldNodes, (byVariables = new WeakMap()));
  const variables = (info.variableValues as object | undefined) ?? NO_VARIABLES;
  let tree = byVariables.get(variables);
  if (tree === undefined) byVariables.set(variables, (tree = (parseResolveInfo(info) as ResolveTree | null) ?? null));
  return tree;
}

/** The fields selected directly below the given trees, whatever the type they are selected on. */
export function fieldsBelow(trees: readonly ResolveTree[]): ResolveTree[] {
  return trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)));
}

/**
 * What `read` makes of the selection of the field being resolved, made once per selection: kept per
 * fieldNodes when no directive makes it depend on the variables (a compiled document's fieldNodes serve
 * every request, and every item of a list), else per parsed tree.
 */
export function perSelection<T>(info: GraphQLResolveInfo, kept: WeakMap<object, T>, read: () => T): T {
  const key = selectionIgnoresVariables(info) ? info.fieldNodes : resolveTree(info);
  if (!key) return read();
  let value = kept.get(key);
  if (value === undefined) kept.set(key, (value = read()));
  return value;
}

const namesAt = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/** The names of the fields selected at the end of `path` below the field being resolved (through fragments and aliases). */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  const byPath = perSelection(info, namesAt, () => new Map<string, ReadonlySet<string>>());
  const key = path.join('.');
  let names = byPath.get(key);
  if (!names) byPath.set(key, (names = namesBelow(info, path)));
  return names;
}

function namesBelow(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  const root = resolveTree(info);
  let level = root ? [root] : [];
  for (const name of path) level = fieldsBelow(level).filter((f) => f.name === name);
  return new Set(fieldsBelow(level).map((f) => f.name));
}

/** The names of the fields selected on the result of the field being resolved (through fragments and aliases). */
export function selectedFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  return fieldsAt(info, []);
}

/** Whether the selection of the field being resolved reaches `path`, a chain of field names (through fragments and aliases). */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return path.length === 0 || fieldsAt(info, path.slice(0, -1)).has(path.at(-1)!);
}

const directiveFree = new WeakMap<object, boolean>();

/**
 * Whether the selection below the field being resolved uses no directive (`@include`, `@skip`), so
 * that the names of its fields are the same whatever the variables: what depends only on those
 * names may then be kept per fieldNodes, which a compiled document keeps from request to request.
 */
export function selectionIgnoresVariables(info: GraphQLResolveInfo): boolean {
  let free = directiveFree.get(info.fieldNodes);
  if (free === undefined) {
    const seen = new Set<string>();
    const freeOf = (set: SelectionSetNode | undefined): boolean =>
      !set ||
      set.selections.every((s) => {
        if (s.directives?.length) return false;
        if (s.kind === Kind.FIELD || s.kind === Kind.INLINE_FRAGMENT) return freeOf(s.selectionSet);
        if (seen.has(s.name.value)) return true;
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        return !fragment?.directives?.length && freeOf(fragment?.selectionSet);
      });
    free = info.fieldNodes.every((node) => !node.directives?.length && freeOf(node.selectionSet));
    directiveFree.set(info.fieldNodes, free);
  }
  return free;
}
