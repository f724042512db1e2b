/** What one request may ask of the server; every field has a CLI flag and an environment variable. */
export interface ApiLimits {
  /** Deepest field nesting a query may have. */
  readonly maxDepth: number;
  /** Most aliases in one operation (each alias is a separate store call). */
  readonly maxAliases: number;
  /** Most lexical tokens in one query document (checked while parsing). */
  readonly maxTokens: number;
  /** Highest estimated cost of one operation (see query-cost.ts). */
  readonly maxCost: number;
  /** Time one request may take; store queries past it are cancelled. */
  readonly requestTimeoutMs: number;
  /** Requests running one expensive operation (neighbourhood, path, search, export) at once. */
  readonly maxConcurrentExpensive: number;
  /** Requests waiting for such a slot; more are refused with SERVER_BUSY. */
  readonly maxQueuedExpensive: number;
  /** Most nodes a whole-graph export may have; 0 lifts the limit. */
  readonly exportMaxNodes: number;
}

export const DEFAULT_API_LIMITS: ApiLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 2000,
  maxCost: 10_000,
  requestTimeoutMs: 15_000,
  maxConcurrentExpensive: 4,
  maxQueuedExpensive: 16,
  exportMaxNodes: 50_000,
};

/** Longest full-text search accepted (Lucene turns every word into a clause). */
export const MAX_SEARCH_LENGTH = 500;
