import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/** What a request did, filled in while it runs and logged when it ends. */
export interface RequestTrace {
  cost?: number;
  operation?: string;
  readonly errorCodes: string[];
}

export function traceOf(res: Response): RequestTrace {
  const existing = res.locals['trace'] as RequestTrace | undefined;
  if (existing) return existing;
  const trace: RequestTrace = { errorCodes: [] };
  res.locals['trace'] = trace;
  return trace;
}

/** One structured line per request: method, path, status, duration, cost and error codes. */
export function requestLog(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    const trace = traceOf(res);
    res.on('finish', () => logRequest(logger, req.method, req.originalUrl, res.statusCode, started, trace, res.locals['errorCode']));
    next();
  };
}

/** The line requestLog writes, for a request answered outside Express (http/graphql-route.ts). */
export function logRequest(
  logger: Logger,
  method: string | undefined,
  url: string | undefined,
  status: number,
  started: number,
  trace: RequestTrace,
  errorCode: string | undefined,
): void {
  const codes = [...new Set([...(errorCode ? [errorCode] : []), ...trace.errorCodes])];
  logger.info(
    {
      method,
      path: url?.split('?')[0],
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(trace.operation ? { operation: trace.operation } : {}),
      ...(trace.cost !== undefined ? { cost: trace.cost } : {}),
      ...(codes.length ? { errorCodes: codes } : {}),
    },
    'request',
  );
}

/**
 * The codes of a GraphQL error answer written before any plugin saw the request (Apollo's own
 * refusals, such as its CSRF prevention), so that the log does not pass it for a clean one.
 */
export function errorCodesOfBody(body: string): string[] {
  try {
    const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? [];
    return errors.map((e) => e.extensions?.code).filter((code): code is string => typeof code === 'string');
  } catch {
    return [];
  }
}

/** Copies the operation name and the error codes of a GraphQL response into the request's trace. */
export function traceErrorsPlugin<C extends { readonly trace: RequestTrace }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operationName }) {
          if (operationName) contextValue.trace.operation = operationName;
          const body = response.body;
          if (body.kind !== 'single') return;
          for (const error of body.singleResult.errors ?? []) {
            const code = error.extensions?.['code'];
            if (typeof code === 'string') contextValue.trace.errorCodes.push(code);
          }
        },
      };
    },
  };
}
