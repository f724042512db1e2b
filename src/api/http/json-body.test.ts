import type { Request, RequestHandler, Response } from 'express';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonBody } from './json-body.js';

const FALLBACK = Symbol('fallback');

/** Runs the middleware on a body with these headers: the parsed body, the error's type, or FALLBACK. */
async function parse(body: string, headers: Record<string, string>, limit = 100): Promise<unknown> {
  const req = Object.assign(Readable.from([Buffer.from(body)]), { headers }) as unknown as Request;
  const fallback: RequestHandler = (_req, _res, next) => next(FALLBACK);
  return new Promise((resolve) => {
    jsonBody(fallback, limit)(req, {} as Response, (error?: unknown) => {
      if (error === FALLBACK) resolve(FALLBACK);
      else resolve(error ? (error as { type: string }).type : req.body);
    });
  });
}

const json = (body: string, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  'content-length': String(Buffer.byteLength(body)),
  ...extra,
});

describe('jsonBody', () => {
  it.each([
    ['an object', '{"query":"{ stats { papers } }"}', {}, { query: '{ stats { papers } }' }],
    ['an array (a batch)', '[{"query":"{ a }"}]', {}, [{ query: '{ a }' }]],
    ['UTF-8 after a byte order mark', '\uFEFF{"q":"é"}', {}, { q: 'é' }],
    ['with charset=utf-8', '{"a":1}', { 'content-type': 'application/json; charset=utf-8' }, { a: 1 }],
    ['malformed JSON', '{"a":', {}, 'entity.parse.failed'],
    ['a bare string (strict, as body-parser)', '"text"', {}, 'entity.parse.failed'],
    ['a body over the limit', `{"a":"${'x'.repeat(200)}"}`, {}, 'entity.too.large'],
  ])('reads %s', async (_name, body, extra, expected) => {
    expect(await parse(body, json(body, extra))).toEqual(expected);
  });

  it.each([
    ['a compressed body', { 'content-encoding': 'gzip' }],
    ['another charset', { 'content-type': 'application/json; charset=latin1' }],
    ['another content type', { 'content-type': 'text/plain' }],
    ['no declared length (chunked)', { 'content-length': '' }],
  ])('leaves %s to express.json()', async (_name, extra) => {
    expect(await parse('{"a":1}', json('{"a":1}', extra))).toBe(FALLBACK);
  });
});
