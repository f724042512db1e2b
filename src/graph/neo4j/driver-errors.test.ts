import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapDriverError } from './driver-errors.js';

const URI = 'bolt://db.example:7687';

describe('mapDriverError', () => {
  it.each([
    ['ServiceUnavailable', 'Could not perform discovery', 'STORE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'Database neo4j is unavailable', 'STORE_UNAVAILABLE'],
    ['N/A', 'Connection acquisition timed out in 20000 ms. Pool status: Active conn count = 100', 'STORE_TIMEOUT'],
    [
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'The allocation of an extra 2.0 MiB would use more than the limit',
      'STORE_UNAVAILABLE',
    ],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'Transaction memory limit reached', 'STORE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'terminated: timeout', 'STORE_TIMEOUT'],
    ['Neo.ClientError.Security.Unauthorized', 'The client is unauthorized', 'STORE_UNAVAILABLE'],
    ['Neo.ClientError.Procedure.ProcedureCallFailed', 'ParseException: Encountered "<EOF>"', 'INTERNAL'],
  ])('%s → %s', (code, message, expected) => {
    const mapped = mapDriverError(new Neo4jError(message, code, '50N42', 'general processing exception'), URI);
    expect(mapped).toMatchObject({ code: expected });
    expect(mapped.message).toContain(URI);
    expect((mapped as Error & { cause?: unknown }).cause).toBeInstanceOf(Neo4jError);
  });

  it('scrubs the password from the driver message', () => {
    const mapped = mapDriverError(
      new Neo4jError('could not connect as neo4j:hunter22@db', 'ServiceUnavailable', '08000', 'connection exception'),
      URI,
      ['hunter22'],
    );
    expect(mapped.message).not.toContain('hunter22');
    expect(mapped.message).toContain('neo4j:***@db');
  });
});
