import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/graph/index.js';
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
      expect(html).toContain('swe bench lite');
      // Offline: no script or stylesheet is fetched from another host.
      expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//);
      const json = await api.query('{ stats { papers } }');
      expect(json.data).toEqual({ stats: { papers: 0 } });
    } finally {
      await api.server.stop();
    }
  });
});
