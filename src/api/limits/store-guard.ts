import pLimit, { type LimitFunction } from 'p-limit';
import { withQueryDeadline, type GraphStore } from '../../graph/index.js';
import { InvalidArgumentError, PapergraphError, StoreError } from '../../model/index.js';
import { MAX_SEARCH_LENGTH, type ApiLimits } from './api-limits.js';

/** The store calls behind the expensive fields, each with its own concurrency cap. */
type Gate = 'neighborhood' | 'path' | 'search' | 'export';

function gateOf(method: string | symbol, args: unknown[]): Gate | undefined {
  if (method === 'neighborhood') return 'neighborhood';
  if (method === 'shortestPaths') return 'path';
  if (method === 'exportGraph') return 'export';
  if (method === 'listPapers' && (args[0] as { search?: string } | undefined)?.search) return 'search';
  return undefined;
}

function checkSearch(query: { search?: string }): void {
  if (query.search !== undefined && query.search.length > MAX_SEARCH_LENGTH)
    throw new InvalidArgumentError(`"search" may have at most ${MAX_SEARCH_LENGTH} characters, got ${query.search.length}`);
}

export class ServerBusyError extends PapergraphError {
  constructor(gate: Gate, limits: ApiLimits) {
    super(
      'SERVER_BUSY',
      `too many ${gate} requests at once (${limits.maxConcurrentExpensive} running, ${limits.maxQueuedExpensive} waiting); retry shortly`,
    );
  }
}

/**
 * Wraps the store for the API: expensive calls share a few slots (a short queue, then SERVER_BUSY),
 * and each request gets a deadline checked before and after every store call. Neo4j also cancels
 * a query past the same time itself (its transaction timeout); the in-process store has only these checks.
 */
export class StoreGuard {
  private readonly gates = new Map<Gate, LimitFunction>();

  constructor(
    readonly store: GraphStore,
    private readonly limits: ApiLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** The store as one request sees it, with a deadline `requestTimeoutMs` from now. */
  forRequest(): GraphStore {
    return this.wrap(this.now() + this.limits.requestTimeoutMs);
  }

  /** The store with concurrency caps but no deadline (routes that stream their own response). */
  shared(): GraphStore {
    return this.wrap(Number.POSITIVE_INFINITY);
  }

  private wrap(deadline: number): GraphStore {
    const check = () => {
      if (this.now() > deadline) throw this.expired();
    };
    const timed = Number.isFinite(deadline);
    const store = timed && this.store.withDeadline ? this.store.withDeadline(deadline) : this.store;
    const viaContext = timed && store === this.store;
    return new Proxy(store, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (property === 'listPapers') checkSearch(args[0] as { search?: string });
          // Checked again when a queued call gets its slot.
          const call = () => {
            check();
            const run = () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
            return viaContext ? withQueryDeadline(deadline, run) : run();
          };
          const gate = gateOf(property, args);
          const result = await this.beforeDeadline(gate ? this.gated(gate, call) : call(), deadline);
          check();
          return result;
        };
      },
    });
  }

  private expired(): StoreError {
    return new StoreError(
      'STORE_TIMEOUT',
      `the request took longer than its ${this.limits.requestTimeoutMs} ms limit; ask for less, or raise --request-timeout on the server`,
    );
  }

  /** A store call that hangs (Neo4j going away mid-connect) fails the request at its deadline; the call itself ends on its own. */
  private beforeDeadline<T>(call: Promise<T>, deadline: number): Promise<T> {
    if (!Number.isFinite(deadline)) return call;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(this.expired()), Math.max(deadline - this.now(), 0) + 1);
    });
    return Promise.race([call, late]).finally(() => clearTimeout(timer));
  }

  private gated<T>(gate: Gate, call: () => Promise<T>): Promise<T> {
    let limit = this.gates.get(gate);
    if (!limit) {
      limit = pLimit(this.limits.maxConcurrentExpensive);
      this.gates.set(gate, limit);
    }
    if (limit.activeCount >= this.limits.maxConcurrentExpensive && limit.pendingCount >= this.limits.maxQueuedExpensive) {
      return Promise.reject(new ServerBusyError(gate, this.limits));
    }
    return limit(call);
  }
}
