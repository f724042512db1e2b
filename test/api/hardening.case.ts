import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';
import { countingStore, startApi, type ApiHarness } from '../support/api.js';

/** The issue's 615-byte query: a paper's methods' papers' methods' papers …, `levels` times. */
export function nestedPapersQuery(levels: number, paperId: string): string {
  let inner = 'title';
  for (let i = 0; i < levels; i++) inner = `methods{entity{papers(first:100){edges{node{${inner}}}}}}`;
  return `{paper(id:"${paperId}"){${inner}}}`;
}

function aliases(count: number, field: string): string {
  return `{${Array.from({ length: count }, (_, i) => `a${i}:${field}`).join(' ')}}`;
}

/** Hostile and malformed requests, on each store: refused with a stable code, before touching the store where possible. */
export function runHardeningContract(subject: { name: string; open: () => Promise<GraphStore>; skip?: string }): void {
  describe.skipIf(subject.skip !== undefined)(
    `API limits and error codes: ${subject.name}${subject.skip ? ` (skipped: ${subject.skip})` : ''}`,
    () => {
      let api: ApiHarness;
      let store: GraphStore;
      let calls: Map<string, number>;
      let base: string;
      let paperId: string;

      beforeAll(async () => {
        const opened = await subject.open();
        await ingestFiles(opened, ['data/hf-daily-papers-sample.txt']);
        ({ store, calls } = countingStore(opened));
        api = await startApi(store, { limits: { exportMaxNodes: 100 } });
        base = api.server.url.replace(/\/graphql$/, '');
        const list = await api.query(`{ papers(search: "HyperAttention", first: 1) { edges { node { id } } } }`);
        paperId = list.data!.papers.edges[0].node.id;
      });
      afterAll(async () => {
        await api?.server.stop();
        await store?.close();
      });

      const refused = async (query: string) => {
        calls.clear();
        const response = await api.query(query);
        expect(response.data).toBeUndefined();
        expect([...calls.keys()]).toEqual([]);
        return response.errors![0]!;
      };

      it('refuses the 615-byte nested query by depth, without a store call', async () => {
        const query = nestedPapersQuery(8, paperId);
        expect(query.split('{').length - 1).toBe(42);
        const error = await refused(query);
        expect(error.extensions!.code).toBe('QUERY_TOO_DEEP');
        expect(error.message).toBe('Query depth limit of 10 exceeded, found 42. Ask for less, or raise --max-depth on the server.');
      });

      it('refuses a shallow query whose lists multiply past the cost limit, stating cost and limit', async () => {
        const error = await refused(
          `{ papers(first: 100) { edges { node { methods { entity { papers(first: 100) { edges { node { title } } } } } } } } }`,
        );
        expect(error.extensions!.code).toBe('QUERY_TOO_COMPLEX');
        const cost = error.extensions!['cost'] as number;
        expect(cost).toBeGreaterThan(10_000);
        expect(error.extensions!['limit']).toBe(10_000);
        expect(error.message).toContain(`query cost ${cost} is over the limit of 10000`);
      });

      it('refuses a first over the page cap by its range, not by the cost it would have', async () => {
        const { data, errors } = await api.query(`{ methods(first: 100000) { edges { node { name } } } }`);
        expect(data).toEqual({ methods: null });
        expect(errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
          ['INVALID_ARGUMENT', '"first" must be between 0 and 100, got 100000'],
        ]);
      });

      it('refuses a neighbourhood limit or a path count over its range by the range, not by the cost it would have', async () => {
        const hood = await api.query(`{ neighborhood(of: { type: BENCHMARK, name: "GSM8K" }, limit: 5000) { nodes { id } } }`);
        expect(hood.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
          ['INVALID_ARGUMENT', '"limit" must be between 1 and 500, got 5000'],
        ]);
        const paths = await api.query(
          `{ path(from: { type: BENCHMARK, name: "GSM8K" }, to: { type: MODEL, name: "GPT-4o" }, maxPaths: 5000) { nodes { id } } }`,
        );
        expect(paths.errors?.map((e) => e.extensions?.['code'])).toEqual(['INVALID_ARGUMENT']);
      });

      it('counts the first argument from variables too', async () => {
        const query = `query($n: Int) { benchmark(name: "GSM8K") { papers(first: $n) { edges { node { methods { entity { papers(first: $n) { totalCount } } } } } } } }`;
        calls.clear();
        const small = await api.query(query, { n: 2 });
        expect(small.errors).toBeUndefined();
        const large = await api.query(query, { n: 100 });
        expect(large.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
      });

      it('refuses 1,000 aliased neighbourhoods and 20,000 aliased stats by their token count, without a store call', async () => {
        const hood = await refused(aliases(1000, 'neighborhood(of:{type:BENCHMARK,name:"GSM8K"},depth:3,limit:500){nodes{id}}'));
        expect(hood.extensions!.code).toBe('QUERY_TOO_LARGE');
        expect(hood.message).toBe('query has more than 2000 tokens, the limit; send a smaller query, or raise --max-tokens on the server');
        const stats = await refused(aliases(20_000, 'stats{papers}'));
        expect(stats.extensions!.code).toBe('QUERY_TOO_LARGE');
      });

      it('refuses more aliases than the alias limit', async () => {
        const error = await refused(aliases(31, 'stats{papers}'));
        expect(error.extensions!.code).toBe('QUERY_TOO_COMPLEX');
        expect(error.message).toBe('Aliases limit of 30 exceeded, found 31. Ask for less, or raise --max-aliases on the server.');
        const two = await api.query(
          aliases(
            2,
            'neighborhood(of:{type:BENCHMARK,name:"GSM8K"},depth:3,limit:500){nodes{id label type size properties} edges{id source target type weight}}',
          ),
        );
        expect(two.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
      });

      it('answers every README-sized query under the limits', async () => {
        const { errors } = await api.query(
          `{ path(from: { type: BENCHMARK, name: "SWE-bench Lite" }, to: { type: MODEL, name: "GPT-4o" }, maxLength: 4) { nodes { id label type } edges { source target type } }
             neighborhood(of: { type: BENCHMARK, name: "GSM8K" }, depth: 2, limit: 200, types: [METHOD, MODEL]) { nodes { id label type size properties } edges { id source target type weight } truncated }
             subgraph(where: { benchmarks: ["GSM8K"] }, limit: 50) { nodes { id label type } edges { source target } truncated }
             trend(entity: { type: BENCHMARK, name: "GSM8K" }, by: YEAR) { period count } }`,
        );
        expect(errors).toBeUndefined();
      });

      it('answers a mutation, when the schema has none, with BAD_REQUEST and no store call', async () => {
        const error = await refused(`mutation { deleteEverything }`);
        expect(error.extensions!.code).toBe('BAD_REQUEST');
      });

      it('refuses a cursor whose offset overflows as INVALID_ARGUMENT', async () => {
        const after = Buffer.from(`papers|AAAAAAAAAAAA:${'9'.repeat(40)}`).toString('base64url');
        const { errors } = await api.query(`query($after: String) { papers(after: $after) { totalCount } }`, { after });
        expect(errors![0]!.extensions!.code).toBe('INVALID_ARGUMENT');
        expect(errors![0]!.message).toContain('"after" is not a cursor this API issued');
      });

      it('searches words that are Lucene operators like any other words, and caps the length', async () => {
        const titles = async (search: string) => {
          const { data, errors } = await api.query(`query($s: String) { papers(search: $s, first: 5) { edges { node { title } } } }`, {
            s: search,
          });
          expect(errors).toBeUndefined();
          return data!.papers.edges.map((e: any) => e.node.title as string);
        };
        expect(await titles('speculative decoding AND')).toEqual(await titles('speculative decoding and'));
        for (const words of ['NOT', 'OR attention', 'AND OR NOT', 'a:b (c) "d" [e] ~f ^g \\ / *']) await titles(words);
        expect((await titles('HyperAttention OR'))[0]).toBe('HyperAttention: Long-context Attention in Near-Linear Time');
        await titles('attention '.repeat(45).trim());
        const tooLong = await api.query(`query($s: String) { papers(search: $s) { totalCount } }`, { s: 'attention '.repeat(120) });
        expect(tooLong.errors![0]!.extensions!.code).toBe('INVALID_ARGUMENT');
        expect(tooLong.errors![0]!.message).toBe('"search" may have at most 500 characters, got 1200');
      });

      it('answers an oversized body with 413 and malformed JSON with 400, in the GraphQL error shape', async () => {
        const post = (body: string) => fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const big = await post(JSON.stringify({ query: `{ stats { papers } }`, pad: 'x'.repeat(10 * 1024 * 1024) }));
        expect(big.status).toBe(413);
        expect(await big.json()).toEqual({
          errors: [{ message: 'request body over the limit of 1048576 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
        });
        const broken = await post('{"query": "{ stats { papers } }"');
        expect(broken.status).toBe(400);
        expect(await broken.json()).toEqual({
          errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
        });
      });

      it('validates export parameters and bounds whole-graph exports', async () => {
        const get = async (query: string) => {
          const response = await fetch(`${base}/export/csv?${query}`);
          return { status: response.status, body: response.status === 200 ? await response.text() : await response.json() };
        };
        for (const [query, message] of [
          ['around=', '"around" is empty: give <kind>:<name> (e.g. benchmark:GSM8K), or leave it out for the whole graph'],
          ['around[]=x', 'unknown export parameter "around[]"; the parameters are around=<kind>:<name>, depth and limit'],
          ['around=benchmark:GSM8K&around=model:GPT-4o', '"around" must be given once, as plain text (not around[]= or around[key]=)'],
          ['around=benchmark:GSM8K&depth=0', '"depth" must be between 1 and 3, got 0'],
          ['around=benchmark:GSM8K&limit=0', '"limit" must be between 1 and 50000, got 0'],
          ['around=benchmark:GSM8K&limit=999999999', '"limit" must be between 1 and 50000, got 999999999'],
          ['around=benchmark:GSM8K&depth=0x2', '"depth" must be a whole number, got "0x2"'],
          ['around=benchmark:GSM8K&depth=4', '"depth" must be between 1 and 3, got 4'],
          ['depth=2', '"depth" and "limit" apply to an export around a node: name one with around (e.g. benchmark:GSM8K)'],
        ] as const) {
          expect(await get(query), query).toEqual({ status: 400, body: { error: { code: 'INVALID_ARGUMENT', message } } });
        }
        const whole = await get('');
        expect(whole.status).toBe(400);
        expect(whole.body.error.message).toMatch(/^the whole graph has \d+ nodes, over the export limit of 100: export around a node/);
        const around = await get('around=benchmark:GSM8K&depth=1');
        expect(around.status).toBe(200);
        expect(around.body).toContain('GSM8K');
      });

      it('exports the whole graph when the node limit is lifted', async () => {
        const open = await startApi(store, { limits: { exportMaxNodes: 0 } });
        try {
          const response = await fetch(`${open.server.url.replace(/\/graphql$/, '')}/export/csv-nodes`);
          expect(response.status).toBe(200);
          expect((await response.text()).split('\n').length).toBeGreaterThan(100);
        } finally {
          await open.server.stop();
        }
      });

      it('reports liveness and live readiness of the store', async () => {
        const health = await fetch(`${base}/healthz`);
        expect(await health.json()).toEqual({ ok: true, store: store.kind });
        const ready = await fetch(`${base}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({ ok: true, store: store.kind });
      });
    },
  );
}
