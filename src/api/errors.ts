import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { PapergraphError, type ErrorCode } from '../model/index.js';

/** The papergraph error behind a GraphQL error: thrown in a resolver, or attached by a validation rule. */
function papergraphCause(error: unknown): PapergraphError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof PapergraphError) return original;
  if (error instanceof GraphQLError && error.originalError instanceof PapergraphError) return error.originalError;
  return undefined;
}

const APOLLO_CODES: Readonly<Record<string, ErrorCode>> = {
  GRAPHQL_PARSE_FAILED: 'BAD_REQUEST',
  GRAPHQL_VALIDATION_FAILED: 'BAD_REQUEST',
  BAD_USER_INPUT: 'INVALID_ARGUMENT',
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
};

/**
 * Value literals. graphql-js's ValuesOfCorrectTypeRule reports an argument literal of the wrong type
 * (`first: 1.5`, `name: 42`) on these nodes and no other validation rule does (an unknown field or
 * argument is reported on a field, argument or name node): such an error is a bad argument value,
 * INVALID_ARGUMENT as the same value sent as a variable, not a document the schema does not accept.
 */
const VALUE_KINDS: ReadonlySet<string> = new Set([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

function isValueOfWrongType(error: unknown): boolean {
  const nodes = error instanceof GraphQLError ? error.nodes : undefined;
  return nodes !== undefined && nodes.length > 0 && nodes.every((node) => VALUE_KINDS.has(node.kind));
}

/**
 * The one place where errors become GraphQL errors with a stable `extensions.code`. Internal
 * failures reach the client as "internal error" only; their cause goes to the server log.
 */
export function createFormatError(logger: Logger, maxTokens: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = papergraphCause(error);
    if (cause && cause.code !== 'INTERNAL') {
      return { ...formatted, message: cause.message, extensions: { ...formatted.extensions, code: cause.code } };
    }
    const apollo = formatted.extensions?.['code'];
    const code =
      apollo === 'GRAPHQL_VALIDATION_FAILED' && isValueOfWrongType(error)
        ? 'INVALID_ARGUMENT'
        : typeof apollo === 'string'
          ? APOLLO_CODES[apollo]
          : undefined;
    if (!cause && code) {
      // graphql-js reports its token limit as a syntax error ("more that N tokens" in 16.x).
      if (/Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
        return {
          message: `query has more than ${maxTokens} tokens, the limit; send a smaller query, or raise --max-tokens on the server`,
          extensions: { code: 'QUERY_TOO_LARGE', limit: maxTokens },
        };
      }
      return { ...formatted, extensions: { ...formatted.extensions, code } };
    }
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'internal error in a GraphQL request');
    return { message: 'internal error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL' } };
  };
}

export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_INPUT: 400,
  UNKNOWN_FORMAT: 400,
  INVALID_ARGUMENT: 400,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
  SERVER_BUSY: 503,
  STORE_UNAVAILABLE: 503,
  STORE_TIMEOUT: 504,
};

/** body-parser's errors (http-errors): 413 for a body over the limit, 400 for malformed JSON. */
function bodyError(error: unknown): { status: number; code: ErrorCode; message: string } | undefined {
  const e = error as { status?: unknown; type?: unknown; limit?: unknown };
  if (typeof e?.status !== 'number' || typeof e.type !== 'string') return undefined;
  if (e.type === 'entity.too.large')
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `request body over the limit of ${String(e.limit)} bytes` };
  if (e.type === 'entity.parse.failed') return { status: 400, code: 'BAD_REQUEST', message: 'the request body is not valid JSON' };
  if (e.status >= 400 && e.status < 500) return { status: e.status, code: 'BAD_REQUEST', message: `bad request (${e.type})` };
  return undefined;
}

/**
 * The same mapping for the plain HTTP routes (exports, viewer): `{ error: { code, message } }`;
 * a failed /graphql request body gets the GraphQL shape `{ errors: [{ message, extensions: { code } }] }`.
 */
export function createHttpErrorHandler(logger: Logger, graphqlPath: string) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const { status, code, message } = httpErrorOf(error, logger, req.originalUrl);
    res.locals['errorCode'] = code;
    if (req.path === graphqlPath || req.baseUrl === graphqlPath) res.status(status).json({ errors: [{ message, extensions: { code } }] });
    else res.status(status).json({ error: { code, message } });
  };
}

/** An HTTP route's error as status, code and message; an internal one is logged with its cause. */
export function httpErrorOf(error: unknown, logger: Logger, url: string | undefined): { status: number; code: ErrorCode; message: string } {
  const known =
    bodyError(error) ??
    (error instanceof PapergraphError && error.code !== 'INTERNAL'
      ? { status: HTTP_STATUS[error.code] ?? 500, code: error.code, message: error.message }
      : undefined);
  if (!known) logger.error({ err: error, url }, 'internal error in an HTTP request');
  return known ?? { status: 500, code: 'INTERNAL', message: 'internal error' };
}
