import type { NextFunction, Request, Response } from 'express';
import { refuse } from '../http/refuse.js';
import { authOf, refusal, type ApiKeyOptions } from './api-key.js';

// Pages and probes carry no graph data; everything else (GraphQL operations, exports, any route
// added later) is guarded, so a new data route cannot be open by mistake.
const PUBLIC_PATHS = new Set(['/', '/healthz', '/readyz', '/explore', '/explore/viewer.js', '/favicon.ico', '/favicon.svg']);

function isPublic(req: Request, graphqlPath: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (PUBLIC_PATHS.has(req.path)) return true;
  // The GraphiQL page itself (its Headers tab can then send the key with each operation).
  return req.path === graphqlPath && req.query['query'] === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';
}

/** With `requireKeyForReads`, refuses requests without the API key: 401 and a GraphQL-shaped error on /graphql. */
export function readGuard(options: ApiKeyOptions, graphqlPath: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!options.requireKeyForReads || isPublic(req, graphqlPath)) return next();
    const error = refusal(authOf(req.headers.authorization, options), 'read');
    if (!error) return next();
    refuse(res, {
      status: 401,
      code: 'UNAUTHENTICATED',
      message: error.message,
      graphql: req.path === graphqlPath,
      headers: { 'www-authenticate': 'Bearer realm="papergraph"' },
    });
  };
}
