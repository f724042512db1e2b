import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { logRequest } from '../../src/api/http/request-log.js';
import { isRequestLogLine } from '../../scripts/bench/support.js';

/** The lines a logger configured as `papergraph serve` configures it writes. */
function linesOf(write: (logger: pino.Logger) => void): string[] {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(...chunk.toString().trim().split('\n')), done()) });
  write(pino({ level: 'info', base: { service: 'papergraph' } }, sink));
  return lines;
}

describe("the bench's filter of the server's stderr", () => {
  it("drops the request log's lines, with or without cost and error codes", () => {
    const lines = linesOf((logger) => {
      logRequest(logger, 'POST', '/graphql?x=1', 200, performance.now(), { cost: 104, errorCodes: [] }, undefined);
      logRequest(logger, 'POST', '/graphql', 400, performance.now(), { errorCodes: ['BAD_USER_INPUT'] }, 'BAD_REQUEST');
    });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(isRequestLogLine(line)).toBe(true);
  });

  it('keeps warnings, errors and plain text', () => {
    const lines = linesOf((logger) => {
      logger.warn('store slow to answer');
      logger.error({ err: new Error('boom') }, 'internal error in a GraphQL request');
      logger.info('writes over HTTP off');
    });
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(isRequestLogLine(line)).toBe(false);
    expect(isRequestLogLine('papergraph: 121196 papers in the neo4j store')).toBe(false);
  });
});
