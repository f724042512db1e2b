import type { Response } from 'express';
import type { ErrorCode } from '../../model/index.js';

/**
 * Answers a request with an error written outside the error handler (a refused host, API key or
 * method), in papergraph's shape: GraphQL's `{ errors: [{ message, extensions: { code } }] }` on the
 * GraphQL path, `{ error: { code, message } }` elsewhere. The code goes to the request log as the
 * error handler's does, so a refusal is never logged as a clean answer.
 */
export function refuse(
  res: Response,
  answer: { status: number; code: ErrorCode; message: string; graphql: boolean; headers?: Record<string, string> },
): void {
  res.locals['errorCode'] = answer.code;
  if (answer.headers) res.set(answer.headers);
  const { code, message } = answer;
  res.status(answer.status).json(answer.graphql ? { errors: [{ message, extensions: { code } }] } : { error: { code, message } });
}
