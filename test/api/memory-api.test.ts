import { get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/index.js';
import { MemoryStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';
import { startApi } from '../support/api.js';
import { runApiContract } from './api.case.js';

runApiContract({ name: 'in-process store', open: () => MemoryStore.open() });

describe('GraphiQL IDE', () => {
  it('serves a self-contained GraphiQL page to browsers and JSON to clients', async () => {
    const api = await startApi(await MemoryStore.open());
    try {
      const page = await fetch(api.server.url, { headers: { accept: 'text/html' } });
      const html = await page.text();
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(html).toContain('<title>papergraph</title>');
      expect(html).toContain('gsm8k');
      // Offline: no script or stylesheet is fetched from another host.
      expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//);
      const json = await api.query('{ stats { papers } }');
      expect(json.data).toEqual({ stats: { papers: 0 } });

      // Compressed, cached for ten minutes, then revalidated by ETag without a body.
      const zipped = await fetch(api.server.url, { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('cache-control')).toBe('public, max-age=600');
      const etag = zipped.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(await zipped.text()).toBe(html);
      // node:http, as fetch adds `cache-control: no-cache` to conditional requests (which forbids a 304).
      const again = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
        get(api.server.url, { headers: { accept: 'text/html', 'if-none-match': etag! } }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        }).on('error', reject);
      });
      expect(again).toEqual({ status: 304, body: '' });
    } finally {
      await api.server.stop();
    }
  });
});

describe('IDE switched off for production', () => {
  it('serves no GraphiQL page, and JSON clients as before', async () => {
    const server = await startServer({ store: await MemoryStore.open(), port: 0, ide: false });
    try {
      const page = await fetch(server.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('graphiql');
      const json = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { papers } }' }),
      });
      expect(await json.json()).toEqual({ data: { stats: { papers: 0 } } });
    } finally {
      await server.stop();
    }
  });
});

describe('starting the server', () => {
  it('explains a port that is already in use', async () => {
    const first = await startServer({ store: await MemoryStore.open(), port: 0 });
    try {
      await expect(startServer({ store: await MemoryStore.open(), port: first.port })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: `port ${first.port} on 127.0.0.1 is in use; stop the other server or choose another with --port`,
      });
    } finally {
      await first.stop();
    }
  });
});

describe('viewer and export routes', () => {
  it('serves the viewer page and its bundle from this server', async () => {
    const store = await MemoryStore.open();
    await ingestFiles(store, ['data/hf-daily-papers-sample.txt']);
    const api = await startApi(store);
    const base = api.server.url.replace(/\/graphql$/, '');
    try {
      const page = await fetch(`${base}/explore`);
      const html = await page.text();
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(html).toContain('<script src="/explore/viewer.js"></script>');
      expect(html).not.toMatch(/(src|href)="https?:\/\//);
      const bundle = await fetch(`${base}/explore/viewer.js`);
      expect(bundle.headers.get('content-type')).toMatch(/javascript/);
      expect((await bundle.text()).length).toBeGreaterThan(50_000);

      const gexf = await fetch(`${base}/export/gexf?around=${encodeURIComponent('benchmark:SWE-bench Lite')}&depth=1`);
      expect(gexf.status).toBe(200);
      expect(gexf.headers.get('content-disposition')).toBe('attachment; filename="papergraph.gexf"');
      expect(await gexf.text()).toContain('<node id="benchmark:swebenchlite" label="SWE-bench Lite">');
      const results = await fetch(`${base}/export/results-csv?around=${encodeURIComponent('benchmark:SWE-bench Lite')}&depth=1`);
      expect(results.headers.get('content-disposition')).toBe('attachment; filename="papergraph.results.csv"');
      const rows = (await results.text()).trim().split('\n');
      expect(rows[0]).toMatch(/^paper_id,paper_title,benchmark,value,/);
      expect(rows.filter((r) => r.includes(',SWE-bench Lite,'))).toHaveLength(3);
      const unknown = await fetch(`${base}/export/pdf`);
      expect(unknown.status).toBe(400);
      expect(await unknown.json()).toEqual({
        error: {
          code: 'INVALID_ARGUMENT',
          message: 'unknown export format "pdf"; formats: graphml, gexf, cytoscape-json, csv, csv-nodes, results-csv',
        },
      });
      const missing = await fetch(`${base}/export/csv?around=${encodeURIComponent('model:No Such Model')}`);
      expect(missing.status).toBe(404);
      const icon = await fetch(`${base}/favicon.ico`);
      expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/svg+xml; charset=utf-8']);
      expect(await icon.text()).toContain('<svg');
    } finally {
      await api.server.stop();
    }
  });
});
