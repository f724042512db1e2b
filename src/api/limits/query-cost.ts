import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, getVariableValues, isListType, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/cursor.js';
import type { ApiLimits } from './api-limits.js';
import { SIZE_LIMITS } from './size-limits.js';
import { QueryLimitError } from './query-limit-error.js';

/** Extra cost of the fields that walk the graph or the full-text index, on top of what they return. */
const EXPENSIVE: Readonly<Record<string, number>> = {
  neighborhood: 100,
  path: 100,
  subgraph: 100,
  relatedPapers: 20,
  papersSharing: 10,
  coOccurring: 10,
  leaderboard: 10,
  trend: 5,
  stats: 10,
};
const SEARCH_COST = 50;
/** How many items a list without a size argument is assumed to hold (a paper's methods, an entity's aliases). */
const LIST_GUESS = 10;
/** The traversals' size defaults and ranges, as their resolvers apply them; other lists page by `first`. */
const TRAVERSAL_SIZES: Readonly<Record<string, { readonly default: number; readonly max: number }>> = SIZE_LIMITS;

/** Types whose lists the field above them already paid for: a connection's edges, a subgraph's nodes. */
function alreadyCounted(typeName: string): boolean {
  return typeName.endsWith('Connection') || typeName === 'Subgraph';
}

function sizeOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | undefined {
  for (const name of ['first', 'limit', 'maxPaths']) {
    const value = args[name];
    // A size over its range costs as the range's top: its resolver refuses it naming the range, which
    // says more than a cost error advising --max-cost would.
    const sizes = TRAVERSAL_SIZES[field.name];
    if (typeof value === 'number') return Math.min(Math.max(value, 0), name === 'first' ? MAX_PAGE_SIZE : (sizes?.max ?? value));
    if (field.args.some((a) => a.name === name)) return sizes?.default ?? DEFAULT_PAGE_SIZE;
  }
  return undefined;
}

/**
 * A field costs 1, plus its own expense, plus what it selects times how many items it returns:
 * `first` / `limit` where the field takes one, a guess for other lists. So nesting multiplies.
 */
export const papergraphCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (`__schema`, `__type`) reads the schema, not the graph: free, so IDEs can load their docs.
  if (field.name.startsWith('__')) return 0;
  const size = sizeOf(field, args);
  const listed = isListType(getNullableType(field.type)) && !alreadyCounted(type.name);
  const multiplier = size ?? (listed ? LIST_GUESS : 1);
  const search = typeof args['search'] === 'string' && args['search'].trim() !== '' ? SEARCH_COST : 0;
  const own = type.name === 'Query' ? (EXPENSIVE[field.name] ?? 0) : 0;
  return 1 + own + search + multiplier * childComplexity;
};

/** Where the computed cost of a request is recorded, for the request log. */
export interface CostRecord {
  cost?: number;
}

// The estimator reads a string argument only for whether it is blank (search), so variables that
// differ only in their strings (names, ids) cost the same: the cost is kept per document and
// variable shape. Apollo hands every request with the same query text the same parsed document.
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const COSTS_PER_DOCUMENT = 64;

function costShape(operationName: string | undefined | null, variables: Record<string, unknown>): string {
  return JSON.stringify([operationName ?? null, variables], (_key, value: unknown) =>
    typeof value === 'string' ? (value.trim() === '' ? '\u0000blank' : '\u0000text') : value,
  );
}

function costOf(document: DocumentNode, schema: GraphQLSchema, variables: Record<string, unknown>, operationName?: string | null): number {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  const shape = costShape(operationName, variables);
  const cached = known.get(shape);
  if (cached !== undefined) return cached;
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [papergraphCost],
  });
  if (known.size >= COSTS_PER_DOCUMENT) known.clear();
  known.set(shape, cost);
  return cost;
}

/** Computes each operation's cost once its variables are known, and refuses it above the limit. */
export function queryCostPlugin<C extends { readonly trace: CostRecord }>(limits: ApiLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema, contextValue }) {
          let cost: number;
          try {
            cost = costOf(document, schema, request.variables ?? {}, request.operationName);
          } catch (error) {
            // Variables that do not fit their types are the client's input error, which execution reports as
            // BAD_USER_INPUT with the variable's name; there is no cost to estimate for them.
            if ('errors' in getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {})) return;
            // graphql-query-complexity refuses documents with too many nodes before estimating.
            throw new QueryLimitError('QUERY_TOO_COMPLEX', `query too large to estimate: ${(error as Error).message}`).toGraphQLError();
          }
          contextValue.trace.cost = cost;
          if (cost > limits.maxCost) {
            throw new QueryLimitError(
              'QUERY_TOO_COMPLEX',
              `query cost ${cost} is over the limit of ${limits.maxCost}: ask for fewer items (first, limit), less nesting or fewer aliases, or raise --max-cost on the server`,
              { cost, limit: limits.maxCost },
            ).toGraphQLError();
          }
        },
      };
    },
  };
}
