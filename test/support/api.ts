import { startServer, type RunningServer, type ServerOptions } from '../../src/api/index.js';
import type { GraphStore } from '../../src/graph/index.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface ApiHarness {
  readonly server: RunningServer;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

/** A real server on an ephemeral port, queried over HTTP like any client would. */
export async function startApi(store: GraphStore, options: Partial<ServerOptions> = {}): Promise<ApiHarness> {
  // A shared, loaded test machine can take seconds for a first Neo4j query; deadlines have their own tests.
  const server = await startServer({ store, port: 0, ...options, limits: { requestTimeoutMs: 120_000, ...options.limits } });
  return {
    server,
    async query(query, variables, headers = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
  };
}

/** Wraps a store so that a test can count the calls each method gets. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const count = (counted: GraphStore): GraphStore => new Proxy(counted, handler);
  const handler: ProxyHandler<GraphStore> = {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      // A request's deadline view is the same store: its calls are counted, taking it is not a call.
      if (property === 'withDeadline') return (deadline: number) => count((value as (d: number) => GraphStore).call(target, deadline));
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  };
  return { store: count(store), calls };
}
