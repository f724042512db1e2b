import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { authOf, refusal, type ApiKeyOptions } from '../auth/api-key.js';
import type { ApiContext } from '../context.js';
import { httpErrorOf } from '../errors.js';
import { hostAllowed } from './host-check.js';
import { errorCodesOfBody, logRequest, type RequestTrace } from './request-log.js';

export interface GraphqlRouteOptions {
  readonly apollo: ApolloServer<ApiContext>;
  readonly path: string;
  readonly logger: Logger;
  readonly allowedHosts: ReadonlySet<string> | 'any';
  readonly auth: ApiKeyOptions;
  /** The middleware Express runs before Apollo on this path, in order: compression, CORS, the JSON body. */
  readonly middleware: readonly RequestHandler[];
  readonly context: (req: IncomingMessage, trace: RequestTrace) => Promise<ApiContext>;
}

/**
 * GraphQL POSTs answered on Node's own request, as Apollo's standalone server does, with the same
 * middleware functions Express runs for them (compression, CORS, the body parser take plain Node
 * requests): Express's router and request decoration cost a share of the API's CPU on every small
 * query. Returns false, leaving the request to the Express app, for anything else: other paths and
 * methods, and a Host or API key the app refuses (it writes those answers).
 */
export function graphqlRoute(options: GraphqlRouteOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'POST' || pathOf(req.url) !== options.path) return false;
    if (!hostAllowed(options.allowedHosts, req.headers.host)) return false;
    if (options.auth.requireKeyForReads && refusal(authOf(req.headers.authorization, options.auth), 'read')) return false;
    const started = performance.now();
    const trace: RequestTrace = { errorCodes: [] };
    let errorCode: string | undefined;
    res.once('finish', () => logRequest(options.logger, req.method, req.url, res.statusCode, started, trace, errorCode));
    const fail = (error: unknown) => {
      const { status, code, message } = httpErrorOf(error, options.logger, req.url);
      errorCode = code;
      if (res.headersSent) return void res.destroy();
      res.statusCode = status;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
    };
    runMiddleware(options.middleware, req, res, (error) => {
      if (error) return fail(error);
      void answer(options, req, res, trace).catch(fail);
    });
    return true;
  };
}

async function answer(options: GraphqlRouteOptions, req: IncomingMessage, res: ServerResponse, trace: RequestTrace): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers,
      search: query >= 0 ? url.slice(query) : '',
      body: (req as IncomingMessage & { body?: unknown }).body,
    },
    context: () => options.context(req, trace),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    if (res.statusCode >= 400 && trace.errorCodes.length === 0) trace.errorCodes.push(...errorCodesOfBody(response.body.string));
    // As Express's res.send: compression drops it when it compresses, and otherwise the body is not chunked.
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function pathOf(url: string | undefined): string {
  const query = url?.indexOf('?') ?? -1;
  return query >= 0 ? url!.slice(0, query) : (url ?? '');
}

/** Connect-style middleware in order on a plain Node request; `done` gets the first error. */
function runMiddleware(
  middleware: readonly RequestHandler[],
  req: IncomingMessage,
  res: ServerResponse,
  done: (error?: unknown) => void,
): void {
  const step = (index: number, error?: unknown): void => {
    if (error || index === middleware.length) return done(error);
    const next = (e?: unknown) => step(index + 1, e);
    try {
      (middleware[index] as unknown as (q: IncomingMessage, s: ServerResponse, n: (e?: unknown) => void) => void)(req, res, next);
    } catch (e) {
      done(e);
    }
  };
  step(0);
}
