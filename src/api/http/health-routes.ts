import type { Express } from 'express';
import type { GraphStore } from '../../graph/index.js';
import { PapergraphError, StoreError } from '../../model/index.js';

const READY_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StoreError('STORE_TIMEOUT', `the store did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface Readiness {
  /** Set when shutdown starts, so a load balancer stops sending requests while in-flight ones drain. */
  draining: boolean;
}

/** /healthz: the process answers. /readyz: the store answers now (checked on every call) and no shutdown is under way. */
export function addHealthRoutes(app: Express, store: GraphStore, readiness: Readiness): void {
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, store: store.kind });
  });
  app.get('/readyz', async (_req, res) => {
    if (readiness.draining) {
      res.status(503).json({ ok: false, store: store.kind, error: { code: 'STORE_UNAVAILABLE', message: 'shutting down' } });
      return;
    }
    try {
      await withTimeout(store.ping(), READY_TIMEOUT_MS);
      res.json({ ok: true, store: store.kind });
    } catch (error) {
      const code = error instanceof PapergraphError ? error.code : 'INTERNAL';
      const message = error instanceof PapergraphError && code !== 'INTERNAL' ? error.message : 'the store check failed';
      res.status(503).json({ ok: false, store: store.kind, error: { code, message } });
    }
  });
}
