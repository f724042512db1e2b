import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { NextFunction, Request, Response } from 'express';
import { PapergraphError, type ErrorCode } from '../model/index.js';

/** The one place where papergraph errors become GraphQL errors with a stable `extensions.code`. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof PapergraphError) {
    return { ...formatted, message: original.message, extensions: { ...formatted.extensions, code: original.code } };
  }
  const code = formatted.extensions?.['code'];
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    // Unknown failures are reported without internals; the server log has the details.
    return { message: 'internal error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL' } };
  }
  return formatted;
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_INPUT: 400,
  UNKNOWN_FORMAT: 400,
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
  STORE_UNAVAILABLE: 503,
  STORE_TIMEOUT: 504,
};

/** The same mapping for the plain HTTP routes (exports, viewer): `{ error: { code, message } }`. */
export function httpErrorHandler(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  if (error instanceof PapergraphError) {
    res.status(HTTP_STATUS[error.code] ?? 500).json({ error: { code: error.code, message: error.message } });
    return;
  }
  res.status(500).json({ error: { code: 'INTERNAL', message: 'internal error' } });
}
