import { Neo4jError } from 'neo4j-driver';
import { PapergraphError, StoreError } from '../../model/index.js';
import { scrubSecrets } from './connection-uri.js';

const UNREACHABLE = /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET/;
const MEMORY = /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemory/;

/**
 * The one place Neo4j driver errors become papergraph errors, each naming the server (a URI without
 * credentials) and with the password scrubbed from the driver's own message.
 */
export function mapDriverError(error: unknown, uri: string, secrets: readonly (string | undefined)[] = []): Error {
  if (error instanceof PapergraphError) return error;
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code ?? '';
  const text = scrubSecrets(error.message, secrets);
  const store = (kind: 'STORE_UNAVAILABLE' | 'STORE_TIMEOUT' | 'STORE_CONSTRAINT' | 'INTERNAL', message: string) =>
    new StoreError(kind, message, { cause: error });
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || UNREACHABLE.test(error.message)) {
    return store('STORE_UNAVAILABLE', `cannot reach Neo4j at ${uri}: ${text} (is it running? see README "Running on Neo4j")`);
  }
  if (/acquisition timed out/i.test(error.message)) {
    return store('STORE_TIMEOUT', `Neo4j at ${uri} is busy: no connection was free in time; retry shortly`);
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return store('STORE_UNAVAILABLE', `Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${text}`);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return store('STORE_CONSTRAINT', `Neo4j at ${uri} rejected a write that breaks a uniqueness constraint: ${text}`);
  }
  if (MEMORY.test(code)) {
    return store('STORE_UNAVAILABLE', `Neo4j at ${uri} ran out of query memory; ask for less (a smaller limit, an export around one node)`);
  }
  if (code.includes('TransactionTimedOut') || code.includes('Timeout') || code === 'Neo.ClientError.Transaction.Terminated') {
    return store('STORE_TIMEOUT', `Neo4j at ${uri} stopped a query that ran past its time limit; ask for less`);
  }
  if (code === 'Neo.TransientError.General.DatabaseUnavailable' || code.startsWith('Neo.TransientError.')) {
    return store('STORE_UNAVAILABLE', `Neo4j at ${uri} cannot serve the request now (${code}); retry shortly`);
  }
  return store('INTERNAL', `Neo4j at ${uri} failed (${code}): ${text}`);
}
