import { GraphQLError } from 'graphql';
import { PapergraphError, type ErrorCode } from '../../model/index.js';

/** A query refused before it runs: too deep, too costly, too many aliases or tokens. */
export class QueryLimitError extends PapergraphError {
  constructor(
    code: Extract<ErrorCode, 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX' | 'QUERY_TOO_LARGE' | 'BAD_REQUEST'>,
    message: string,
    readonly details: Readonly<Record<string, number>> = {},
  ) {
    super(code, message);
  }

  /** The GraphQL error Apollo sends (HTTP 400); formatError reads the code from the original. */
  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      originalError: this,
      extensions: { ...this.details, http: { status: 400 } },
    });
  }
}
