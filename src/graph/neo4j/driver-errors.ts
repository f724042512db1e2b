import { Neo4jError } from 'neo4j-driver';
import { PapergraphError, StoreError } from '../../model/index.js';

/** The one place Neo4j driver errors become papergraph errors, each naming the server. */
export function mapDriverError(error: unknown, uri: string): Error {
  if (error instanceof PapergraphError) return error;
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH/.test(error.message)) {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `cannot reach Neo4j at ${uri}: ${error.message} (is it running? see README "Running on Neo4j")`,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${error.message}`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new StoreError('STORE_CONSTRAINT', `Neo4j at ${uri} rejected a write that breaks a uniqueness constraint: ${error.message}`, {
      cause: error,
    });
  }
  if (code.includes('TransactionTimedOut') || code.includes('Timeout')) {
    return new StoreError('STORE_TIMEOUT', `Neo4j at ${uri} timed out: ${error.message}`, { cause: error });
  }
  return new StoreError('INTERNAL', `Neo4j at ${uri} failed (${code}): ${error.message}`, { cause: error });
}
