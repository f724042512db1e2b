/**
 * The size arguments of the traversals, as their resolvers check them and the cost estimator counts them:
 * `neighborhood(limit)`, `subgraph(limit)` and `path(maxPaths)`.
 */
export const SIZE_LIMITS = {
  neighborhood: { default: 100, max: 500 },
  subgraph: { default: 50, max: 200 },
  path: { default: 10, max: 50 },
} as const;
