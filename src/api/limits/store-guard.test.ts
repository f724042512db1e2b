import { describe, expect, it } from 'vitest';
import { MemoryStore, remainingQueryTime, type GraphStore } from '../../graph/index.js';
import { DEFAULT_API_LIMITS } from './api-limits.js';
import { StoreGuard } from './store-guard.js';

/** A real in-process store whose neighbourhood calls wait until the test lets them go. */
function holdingNeighborhoods(store: GraphStore): { store: GraphStore; release(): void; started: () => number } {
  let started = 0;
  const waiting: (() => void)[] = [];
  const held = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'neighborhood') return value;
      return async (...args: unknown[]) => {
        started++;
        await new Promise<void>((resolve) => waiting.push(resolve));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: held, release: () => waiting.splice(0).forEach((go) => go()), started: () => started };
}

describe('StoreGuard', () => {
  it('fails store calls past the request deadline with STORE_TIMEOUT', async () => {
    let now = 0;
    const guard = new StoreGuard(await MemoryStore.open(), { ...DEFAULT_API_LIMITS, requestTimeoutMs: 100 }, () => now);
    const store = guard.forRequest();
    await expect(store.stats()).resolves.toMatchObject({ papers: 0 });
    now = 101;
    await expect(store.stats()).rejects.toMatchObject({
      code: 'STORE_TIMEOUT',
      message: 'the request took longer than its 100 ms limit; ask for less, or raise --request-timeout on the server',
    });
    // A new request gets a new deadline.
    await expect(guard.forRequest().stats()).resolves.toMatchObject({ papers: 0 });
  });

  it("hands a store's deadline view the request's deadline, without AsyncLocalStorage", async () => {
    const memory = await MemoryStore.open();
    const views: number[] = [];
    const seen: (number | undefined)[] = [];
    const store = new Proxy(memory, {
      get(target, property, receiver) {
        if (property !== 'withDeadline') return Reflect.get(target, property, receiver);
        return (deadline: number) => {
          views.push(deadline);
          return new Proxy(memory, {
            get: (t, p, r) => (p === 'stats' ? () => (seen.push(remainingQueryTime()), t.stats()) : Reflect.get(t, p, r)),
          });
        };
      },
    });
    const guard = new StoreGuard(store, { ...DEFAULT_API_LIMITS, requestTimeoutMs: 100 }, () => 1000);
    await expect(guard.forRequest().stats()).resolves.toMatchObject({ papers: 0 });
    expect([views, seen]).toEqual([[1100], [undefined]]);
  });

  it('fails a request whose store call hangs at its deadline', async () => {
    const held = holdingNeighborhoods(await MemoryStore.open());
    const guard = new StoreGuard(held.store, { ...DEFAULT_API_LIMITS, requestTimeoutMs: 50 });
    await expect(guard.forRequest().neighborhood('paper:none', { depth: 1, limit: 10 })).rejects.toMatchObject({ code: 'STORE_TIMEOUT' });
    held.release();
  });

  it('runs a few expensive calls at once, queues some, and refuses the rest with SERVER_BUSY', async () => {
    const held = holdingNeighborhoods(await MemoryStore.open());
    const guard = new StoreGuard(held.store, { ...DEFAULT_API_LIMITS, maxConcurrentExpensive: 1, maxQueuedExpensive: 1 });
    const store = guard.shared();
    const query = { depth: 1, limit: 10 };
    const first = store.neighborhood('paper:none', query);
    const second = store.neighborhood('paper:none', query);
    await expect(store.neighborhood('paper:none', query)).rejects.toMatchObject({
      code: 'SERVER_BUSY',
      message: 'too many neighborhood requests at once (1 running, 1 waiting); retry shortly',
    });
    // Other calls are not held up by the cap.
    await expect(store.stats()).resolves.toMatchObject({ papers: 0 });
    await new Promise((r) => setTimeout(r, 10));
    expect(held.started()).toBe(1);
    held.release();
    await expect(first).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 10));
    held.release();
    await expect(second).resolves.toBeUndefined();
    expect(held.started()).toBe(2);
  });

  it('refuses an overlong search before the store sees it', async () => {
    const store = new StoreGuard(await MemoryStore.open(), DEFAULT_API_LIMITS).forRequest();
    await expect(store.listPapers({ search: 'x'.repeat(501), first: 1, offset: 0 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(store.listPapers({ search: 'x'.repeat(500), first: 1, offset: 0 })).resolves.toMatchObject({ totalCount: 0 });
  });
});
