import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { PapergraphError } from '../../model/index.js';

/**
 * Last in line: a request no route took is NOT_FOUND, answered by the app's one error handler in
 * the JSON shape of every other error (Express's default is an HTML "Cannot GET" page).
 */
export function unknownRoute(graphqlPath: string): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    next(
      new PapergraphError(
        'NOT_FOUND',
        `no route ${req.method} ${req.path}: the API is at ${graphqlPath}, the explorer at /explore, exports at /export/<format>, health at /healthz and /readyz`,
      ),
    );
  };
}
