import { execFile } from 'node:child_process';
import { createServer, Socket, type Server } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../src/graph/index.js';
import { freshNeo4jStore, neo4jSkipReason, neo4jUri } from '../support/neo4j.js';
import { startApi, type ApiHarness } from '../support/api.js';
import { CLI } from '../support/cli.js';
import { runHardeningContract } from './hardening.case.js';

runHardeningContract({ name: 'Neo4j store', open: freshNeo4jStore, ...(neo4jSkipReason ? { skip: neo4jSkipReason } : {}) });

/** A TCP relay to the real Neo4j that a test can cut and restore, as if the database went away. */
async function relayTo(target: URL): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        upstream.connect(Number(target.port), target.hostname);
        client.pipe(upstream).pipe(client);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => s.destroy());
          s.on('close', () => sockets.delete(s));
        }
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const cut = async () => {
    const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
    for (const s of sockets) s.destroy();
    await closed;
  };
  await listen();
  return { port, cut, restore: listen, close: cut };
}

describe.skipIf(neo4jSkipReason !== undefined)('Neo4j readiness and secrets', () => {
  let relay: Awaited<ReturnType<typeof relayTo>>;
  let store: Neo4jStore;
  let api: ApiHarness;
  beforeAll(async () => {
    relay = await relayTo(new URL(neo4jUri!));
    // The embedded test server has auth off, so any password is accepted: the point is where it shows up.
    store = await Neo4jStore.open({ uri: `bolt://neo4j:s3cret-pass@127.0.0.1:${relay.port}` });
    api = await startApi(store);
  });
  afterAll(async () => {
    await api?.server.stop();
    await store?.close();
    await relay?.close();
  });

  it('reports not ready while Neo4j is unreachable, and ready again once it is back, without a restart', async () => {
    const readyz = api.server.url.replace(/\/graphql$/, '/readyz');
    expect((await fetch(readyz)).status).toBe(200);
    await relay.cut();
    const down = await fetch(readyz);
    expect(down.status).toBe(503);
    const body = await down.json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('STORE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toContain('s3cret-pass');
    const healthz = await fetch(api.server.url.replace(/\/graphql$/, '/healthz'));
    expect(healthz.status).toBe(200);
    const query = await api.query('{ stats { papers } }');
    expect(query.errors![0]!.extensions!.code).toBe('STORE_UNAVAILABLE');
    expect(JSON.stringify(query)).not.toContain('s3cret-pass');
    await relay.restore();
    expect((await fetch(readyz)).status).toBe(200);
  });

  it('keeps the password out of the location and out of connection errors', async () => {
    expect(store.location).toBe(`bolt://127.0.0.1:${relay.port}`);
    const closed = relay.port; // nothing listens there once cut
    await relay.cut();
    const error = await Neo4jStore.open({ uri: `bolt://neo4j:s3cret-pass@127.0.0.1:${closed}` }).catch((e: Error) => e);
    await relay.restore();
    expect((error as { code?: string }).code).toBe('STORE_UNAVAILABLE');
    expect((error as Error).message).toContain(`cannot reach Neo4j at bolt://127.0.0.1:${closed}`);
    expect((error as Error).message).not.toContain('s3cret-pass');
  });
});

describe.skipIf(neo4jSkipReason !== undefined)('papergraph stats with credentials in NEO4J_URI', () => {
  const stats = async (uri: string) => {
    const run = promisify(execFile)(process.execPath, [...CLI, 'stats', '--json'], {
      env: { ...process.env, NEO4J_URI: uri },
    });
    return run.then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
  };

  it('prints the location without the password, on success and on failure', async () => {
    const target = new URL(neo4jUri!);
    const ok = await stats(`bolt://neo4j:s3cret-pass@${target.host}`);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).location).toBe(`bolt://${target.host}`);
    const down = await stats('bolt://neo4j:s3cret-pass@127.0.0.1:1');
    expect(down.code).toBe(69);
    expect(down.out).toContain('cannot reach Neo4j at bolt://127.0.0.1:1');
    expect(down.out).not.toContain('s3cret-pass');
  });
});
