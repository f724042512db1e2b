import { AsyncLocalStorage } from 'node:async_hooks';
import { StoreError } from '../model/index.js';

const deadlines = new AsyncLocalStorage<number>();

/**
 * Runs a store call with a deadline (epoch ms) that the queries it starts respect: Neo4j gets the
 * remaining time as its transaction timeout, so the server itself stops a query nobody waits for.
 */
export function withQueryDeadline<T>(deadline: number, call: () => Promise<T>): Promise<T> {
  return deadlines.run(deadline, call);
}

/** Milliseconds left for the current store call, or undefined outside withQueryDeadline. */
export function remainingQueryTime(now: number = Date.now()): number | undefined {
  const deadline = deadlines.getStore();
  return deadline === undefined ? undefined : deadline - now;
}

/** The in-process store's cooperative check between the steps of a long walk. */
export function checkQueryDeadline(): void {
  const remaining = remainingQueryTime();
  if (remaining !== undefined && remaining <= 0) throw new StoreError('STORE_TIMEOUT', 'the request ran past its time limit; ask for less');
}
