import { getIntrospectionQuery } from 'graphql';
import { request } from 'node:http';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/index.js';
import { MemoryStore, type GraphStore } from '../../src/graph/index.js';
import { startApi } from '../support/api.js';

/** A pino logger whose JSON lines the test can read. */
function capturedLog(): { logger: pino.Logger; lines: () => Record<string, any>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    logger: pino({ level: 'info' }, stream),
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

/** A real in-process store with one method replaced, for failures and slowness the real one never shows. */
function withMethod(store: GraphStore, name: keyof GraphStore, body: (...args: any[]) => Promise<unknown>): GraphStore {
  return new Proxy(store, { get: (target, property, receiver) => (property === name ? body : Reflect.get(target, property, receiver)) });
}

/** GET with an explicit Host header (fetch does not let a caller set it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A GraphQL POST with explicit headers (Host included), answered with its status and headers. */
function postRaw(
  url: string,
  query: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

const postJson = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

/** Two requests on one keep-alive connection; the event loop is blocked `stallMs` right after the second is sent. */
function twoRequestsAcrossStall(url: string, stallMs: number): Promise<number[]> {
  const { hostname, port, pathname } = new URL(url);
  const body = JSON.stringify({ query: '{ __typename }' });
  const req = `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body}`;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const statuses: number[] = [];
    let received = '';
    socket.on('data', (chunk) => {
      received += String(chunk);
      for (let end = received.indexOf('}}'); end >= 0; end = received.indexOf('}}')) {
        statuses.push(Number(/HTTP\/1\.1 (\d+)/.exec(received)?.[1]));
        received = received.slice(end + 2);
        if (statuses.length === 2) {
          socket.end();
          resolve(statuses);
        } else {
          socket.write(req);
          const until = Date.now() + stallMs;
          while (Date.now() < until); // a stall such as a long garbage collection
        }
      }
    });
    socket.on('close', () => resolve(statuses));
    socket.on('error', reject);
    socket.write(req);
  });
}

describe('HTTP surface', () => {
  it('answers a request sent on a kept-alive connection just before a stall past Node’s 5 s keep-alive limit (and its 1 s slack)', async () => {
    const api = await startApi(await MemoryStore.open());
    try {
      await expect(twoRequestsAcrossStall(api.server.url, 6_500)).resolves.toEqual([200, 200]);
    } finally {
      await api.server.stop();
    }
  });

  it('answers a query in a GET URL by saying GraphQL takes a POST, and still serves the IDE to a browser', async () => {
    const api = await startApi(await MemoryStore.open());
    try {
      const answer = await fetch(`${api.server.url}?query=${encodeURIComponent('{ stats { papers } }')}`);
      expect([answer.status, answer.headers.get('allow')]).toEqual([405, 'POST']);
      expect(await answer.json()).toEqual({
        errors: [
          {
            message:
              'papergraph takes GraphQL as a POST with a JSON body {"query": "…", "variables": {…}}; open this address in a browser for the IDE',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      const ide = await fetch(api.server.url, { headers: { accept: 'text/html' } });
      expect([ide.status, ide.headers.get('content-type')]).toEqual([200, expect.stringContaining('text/html')]);
    } finally {
      await api.server.stop();
    }
  });

  it('sends no X-Powered-By and answers only to allowed Host names', async () => {
    const api = await startApi(await MemoryStore.open());
    const healthz = api.server.url.replace(/\/graphql$/, '/healthz');
    try {
      expect((await fetch(healthz)).headers.get('x-powered-by')).toBeNull();
      // GraphQL answers carry no ETag either: nothing revalidates a POST, and hashing every body cost CPU.
      const answer = await postJson(api.server.url, '{ __typename }');
      expect([answer.status, answer.headers.get('x-powered-by'), answer.headers.get('etag')]).toEqual([200, null, null]);
      expect(await getWithHost(healthz, `localhost:${api.server.port}`)).toBe(200);
      expect(await getWithHost(healthz, `127.0.0.1:${api.server.port}`)).toBe(200);
      expect(await getWithHost(healthz, 'evil.example')).toBe(421);
    } finally {
      await api.server.stop();
    }
    const listed = await startApi(await MemoryStore.open(), { allowedHosts: ['papers.lab.example'] });
    try {
      const url = listed.server.url.replace(/\/graphql$/, '/healthz');
      expect(await getWithHost(url, 'papers.lab.example')).toBe(200);
      expect(await getWithHost(url, 'evil.example')).toBe(421);
    } finally {
      await listed.server.stop();
    }
  });

  it('answers an unknown route with the JSON error of its other routes, not an HTML page', async () => {
    const log = capturedLog();
    const api = await startApi(await MemoryStore.open(), { logger: log.logger });
    const base = api.server.url.replace(/\/graphql$/, '');
    try {
      for (const [method, path] of [
        ['GET', '/nonexistent'],
        ['POST', '/export/nonexistent'],
      ] as const) {
        const answer = await fetch(`${base}${path}`, { method });
        expect([answer.status, answer.headers.get('content-type')]).toEqual([404, 'application/json; charset=utf-8']);
        const body = (await answer.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('NOT_FOUND');
        expect(body.error.message).toContain(`${method} ${path}`);
        expect(body.error.message).toContain('/graphql');
      }
      const requests = log.lines().filter((l) => l.msg === 'request');
      expect(requests.map((r) => [r.status, r.errorCodes])).toEqual([
        [404, ['NOT_FOUND']],
        [404, ['NOT_FOUND']],
      ]);
    } finally {
      await api.server.stop();
    }
  });

  it('logs the refusals of a wrong Host and of a CSRF-prone POST with their error codes, like other refusals', async () => {
    const log = capturedLog();
    const api = await startApi(await MemoryStore.open(), { logger: log.logger });
    try {
      expect(await getWithHost(api.server.url.replace(/\/graphql$/, '/healthz'), 'evil.example')).toBe(421);
      expect((await postRaw(api.server.url, '{ __typename }', { host: 'evil.example' })).status).toBe(421);
      // A "simple" request a browser sends cross-origin without a preflight.
      const csrf = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' });
      expect(csrf.status).toBe(400);
      expect(((await csrf.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
      const requests = log.lines().filter((l) => l.msg === 'request');
      expect(requests.map((r) => [r.method, r.path, r.status, r.errorCodes])).toEqual([
        ['GET', '/healthz', 421, ['HOST_NOT_ALLOWED']],
        ['POST', '/graphql', 421, ['HOST_NOT_ALLOWED']],
        ['POST', '/graphql', 400, ['BAD_REQUEST']],
      ]);
    } finally {
      await api.server.stop();
    }
  });

  it('logs the refusals of a missing or wrong API key and of a wrong method with their error codes, like other errors', async () => {
    const log = capturedLog();
    const key = 'k'.repeat(32);
    const api = await startApi(await MemoryStore.open(), { logger: log.logger, auth: { apiKey: key, requireKeyForReads: true } });
    const base = api.server.url.replace(/\/graphql$/, '');
    const json = { 'content-type': 'application/json' };
    const query = JSON.stringify({ query: '{ __typename }' });
    try {
      const statuses = [
        (await fetch(api.server.url, { method: 'POST', headers: json, body: query })).status,
        (await fetch(api.server.url, { method: 'POST', headers: { ...json, authorization: 'Bearer wrong' }, body: query })).status,
        (await fetch(`${base}/export/gexf`)).status,
        (await fetch(`${api.server.url}?query=%7B__typename%7D`, { headers: { authorization: `Bearer ${key}` } })).status,
      ];
      const put = await fetch(api.server.url, { method: 'PUT', headers: { ...json, authorization: `Bearer ${key}` }, body: query });
      expect([...statuses, put.status]).toEqual([401, 401, 401, 405, 405]);
      expect(put.headers.get('allow')).toBe('GET, POST');
      expect(((await put.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]).toEqual({
        message:
          'papergraph takes GraphQL as a POST with a JSON body {"query": "…", "variables": {…}}; open this address in a browser for the IDE',
        extensions: { code: 'BAD_REQUEST' },
      });
      const requests = log.lines().filter((l) => l.msg === 'request');
      expect(requests.map((r) => [r.method, r.path, r.status, r.errorCodes])).toEqual([
        ['POST', '/graphql', 401, ['UNAUTHENTICATED']],
        ['POST', '/graphql', 401, ['UNAUTHENTICATED']],
        ['GET', '/export/gexf', 401, ['UNAUTHENTICATED']],
        ['GET', '/graphql', 405, ['BAD_REQUEST']],
        ['PUT', '/graphql', 405, ['BAD_REQUEST']],
      ]);
    } finally {
      await api.server.stop();
    }
  });

  it('answers GraphQL POSTs with the same Host check, compression and lengths as its other routes', async () => {
    const api = await startApi(await MemoryStore.open());
    const host = `127.0.0.1:${api.server.port}`;
    const big = `{ ${Array.from({ length: 25 }, (_, i) => `a_rather_long_alias_name_for_a_bigger_answer_${i}: __typename`).join(' ')} }`;
    try {
      expect((await postRaw(api.server.url, '{ __typename }', { host: 'evil.example' })).status).toBe(421);
      const gzipped = await postRaw(api.server.url, big, { host, 'accept-encoding': 'gzip' });
      expect([gzipped.status, gzipped.headers['content-encoding']]).toEqual([200, 'gzip']);
      const plain = await postRaw(api.server.url, big, { host });
      expect([plain.status, plain.headers['content-encoding'], plain.headers['transfer-encoding']]).toEqual([200, undefined, undefined]);
      expect(Number(plain.headers['content-length'])).toBeGreaterThan(1024);
      // Answered without running the compression middleware, yet telling caches it depends on the encoding.
      expect([gzipped.headers['vary'], plain.headers['vary']]).toEqual(['Accept-Encoding', 'Accept-Encoding']);
    } finally {
      await api.server.stop();
    }
  });

  it('allows cross-origin reads from any origin by default, without credentials, and answers preflights', async () => {
    const api = await startApi(await MemoryStore.open());
    try {
      const preflight = await fetch(api.server.url, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://observablehq.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const read = await postJson(api.server.url, '{ stats { papers } }', { origin: 'https://observablehq.com' });
      expect(read.headers.get('access-control-allow-origin')).toBe('*');
      expect(await read.json()).toEqual({ data: { stats: { papers: 0 } } });
    } finally {
      await api.server.stop();
    }
  });

  it('allows only configured origins, with credentials, when origins are listed', async () => {
    const api = await startApi(await MemoryStore.open(), { corsOrigins: ['https://lab.example'] });
    try {
      const allowed = await postJson(api.server.url, '{ stats { papers } }', { origin: 'https://lab.example' });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://lab.example');
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
      const other = await postJson(api.server.url, '{ stats { papers } }', { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await api.server.stop();
    }
  });

  it('gives an argument literal of the wrong type INVALID_ARGUMENT, as the same value sent as a variable gets', async () => {
    const api = await startApi(await MemoryStore.open());
    const codes = async (query: string, variables?: Record<string, unknown>) =>
      (await api.query(query, variables)).errors?.map((e) => e.extensions!.code);
    try {
      expect(await codes('{ methods(first: 1.5) { totalCount } }')).toEqual(['INVALID_ARGUMENT']);
      expect(await codes('query($n: Int) { methods(first: $n) { totalCount } }', { n: 1.5 })).toEqual(['INVALID_ARGUMENT']);
      expect(await codes('{ benchmark(name: 42) { name } }')).toEqual(['INVALID_ARGUMENT']);
      expect(await codes('query($s: String!) { benchmark(name: $s) { name } }', { s: 42 })).toEqual(['INVALID_ARGUMENT']);
      expect(await codes('{ neighborhood(of: { type: WIDGET, name: "x" }) { truncated } }')).toEqual(['INVALID_ARGUMENT']);
      // A document the schema does not accept stays BAD_REQUEST: an unknown field or argument, a missing argument.
      expect(await codes('{ methods(frist: 5) { totalCount } }')).toEqual(['BAD_REQUEST']);
      expect(await codes('{ methods { totalCount nope } }')).toEqual(['BAD_REQUEST']);
      expect(await codes('{ benchmark { name } }')).toEqual(['BAD_REQUEST']);
    } finally {
      await api.server.stop();
    }
  });

  it('turns introspection off with the IDE, unless asked for', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    const off = await startApi(await MemoryStore.open(), { ide: false });
    const on = await startApi(await MemoryStore.open(), { ide: false, introspection: true });
    try {
      const refused = await off.query(introspect);
      expect(refused.errors![0]!.extensions!.code).toBe('BAD_REQUEST');
      expect(refused.errors![0]!.message).toContain('introspection');
      expect((await on.query(introspect)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      // What GraphiQL sends on load: the full introspection query passes the cost and depth limits.
      const full = await on.query(getIntrospectionQuery());
      expect(full.errors).toBeUndefined();
      expect(full.data!.__schema.types.map((t: { name: string }) => t.name)).toContain('Paper');
    } finally {
      await off.server.stop();
      await on.server.stop();
    }
  });

  it('logs one line per request with status, duration, cost and error codes, and internal causes only server-side', async () => {
    const log = capturedLog();
    const store = withMethod(await MemoryStore.open(), 'stats', async () => {
      throw new Error('disk on fire at /var/secret/path');
    });
    const api = await startApi(store, { logger: log.logger });
    try {
      await api.query('query Entities { methods(first: 5) { totalCount } }');
      const failed = await api.query('{ stats { papers } }');
      expect(failed.errors).toEqual([{ message: 'internal error', path: ['stats'], extensions: { code: 'INTERNAL' } }]);
      await api.query('{ papers(first: 1000) { totalCount } }');
      const lines = log.lines();
      const requests = lines.filter((l) => l.msg === 'request');
      expect(requests).toHaveLength(3);
      const [ok, internal, invalid] = requests as [Record<string, any>, Record<string, any>, Record<string, any>];
      expect(ok).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'Entities', cost: expect.any(Number) });
      expect(ok.durationMs).toBeGreaterThan(0);
      expect(ok.errorCodes).toBeUndefined();
      expect(internal.errorCodes).toEqual(['INTERNAL']);
      expect(invalid.errorCodes).toEqual(['INVALID_ARGUMENT']);
      const cause = lines.find((l) => l.msg === 'internal error in a GraphQL request');
      expect(cause!.err.message).toBe('disk on fire at /var/secret/path');
      expect(cause!.err.stack).toContain('Error: disk on fire');
    } finally {
      await api.server.stop();
    }
  });

  it('drains in-flight requests on stop, then refuses new connections', async () => {
    let release = () => {};
    let entered = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const real = await MemoryStore.open();
    const store = withMethod(real, 'stats', async () => {
      entered();
      await new Promise<void>((resolve) => (release = resolve));
      return real.stats();
    });
    const server = await startServer({ store, port: 0 });
    const inFlight = postJson(server.url, '{ stats { papers } }');
    await inside;
    const stopping = server.stop();
    setTimeout(() => release(), 200);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { stats: { papers: 0 } } });
    await stopping;
    await expect(fetch(server.url.replace(/\/graphql$/, '/healthz'))).rejects.toThrow();
  });
});
