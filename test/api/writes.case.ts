import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';
import { startApi, type ApiHarness } from '../support/api.js';

const CORPUS = ['data/hf-daily-papers-sample.txt', 'test/fixtures/dated-gsm8k-papers.jsonl'];
const KEY = 'test-key-0123456789abcdef';
const WITH_KEY = { authorization: `Bearer ${KEY}` };
const INGEST = `mutation($records: [PaperInput!]!, $skip: Boolean) {
  ingestPapers(records: $records, skipInvalid: $skip) { written papers links issues { index field message } }
}`;
const VALID = {
  title: 'Sparse Probing on GSM8K',
  abstract: 'We evaluate GPT-4o on the GSM8K benchmark with repeated sampling.',
  id: 'writes-test-1',
  published: '2025-02',
};
const paperIds = (entity: any): string[] => entity.papers.edges.map((e: any) => e.node.id);

/** Writes over HTTP (API key, ingestPapers, curation) end to end; run against each store. */
export function runWritesContract(subject: { name: string; open: () => Promise<GraphStore>; skip?: string }): void {
  describe.skipIf(subject.skip !== undefined)(`writes over HTTP: ${subject.name}`, () => {
    let api: ApiHarness;
    let store: GraphStore;

    beforeAll(async () => {
      store = await subject.open();
      await ingestFiles(store, CORPUS);
      api = await startApi(store, { auth: { apiKey: KEY } });
    });
    afterAll(async () => {
      await api?.server.stop();
      await store?.close();
    });

    it('refuses writes without the key or with a wrong one, and keeps reads open', async () => {
      const cases: [string, Record<string, string>, string][] = [
        ['no header', {}, 'this operation needs the API key: send "Authorization: Bearer <key>"'],
        ['wrong key', { authorization: `Bearer ${KEY}x` }, 'the API key sent in the Authorization header is not valid'],
        ['another scheme', { authorization: `Basic ${KEY}` }, 'the API key sent in the Authorization header is not valid'],
      ];
      for (const [label, headers, message] of cases) {
        const refused = await api.query(INGEST, { records: [VALID] }, headers);
        expect(refused.errors?.[0]?.extensions?.code, label).toBe('UNAUTHENTICATED');
        expect(refused.errors?.[0]?.message, label).toContain(message);
        const hide = await api.query(`mutation { hideEntity(type: BENCHMARK, name: "GSM8K") { override { id } } }`, {}, headers);
        expect(hide.errors?.[0]?.extensions?.code, label).toBe('UNAUTHENTICATED');
      }
      const { data } = await api.query(`{ paper(id: "writes-test-1") { id } benchmark(name: "GSM8K") { name } }`);
      expect(data).toEqual({ paper: null, benchmark: { name: 'GSM8K' } });
    });

    it('ingestPapers writes nothing when a record is invalid, and says where', async () => {
      const before = (await api.query(`{ stats { papers links } }`)).data!.stats;
      const records = [VALID, { ...VALID, id: 'writes-test-2', title: ' ' }, { ...VALID, id: 'writes-test-3', published: 'yesterday' }];
      const { data, errors } = await api.query(INGEST, { records }, WITH_KEY);
      expect(errors).toBeUndefined();
      expect(data!.ingestPapers).toEqual({
        written: false,
        papers: 0,
        links: 0,
        issues: [
          { index: 1, field: 'title', message: 'field "title" is empty' },
          { index: 2, field: 'published', message: 'field "published" is not a date (YYYY, YYYY-MM or YYYY-MM-DD): "yesterday"' },
        ],
      });
      expect((await api.query(`{ stats { papers links } }`)).data!.stats).toEqual(before);
      expect((await api.query(`{ paper(id: "writes-test-1") { id } }`)).data!.paper).toBeNull();
    });

    it('ingestPapers with skipInvalid writes the valid records through the pipeline', async () => {
      const records = [VALID, { ...VALID, id: 'writes-test-2', abstract: '' }];
      const { data } = await api.query(INGEST, { records, skip: true }, WITH_KEY);
      expect(data!.ingestPapers).toMatchObject({ written: true, papers: 1, issues: [{ index: 1, field: 'abstract' }] });
      expect(data!.ingestPapers.links).toBeGreaterThanOrEqual(2);
      const paper = (await api.query(`{ paper(id: "writes-test-1") { title published benchmarks { name } models { name } } }`)).data!.paper;
      expect(paper).toMatchObject({ title: VALID.title, published: '2025-02' });
      expect(paper.benchmarks.map((b: any) => b.name)).toContain('GSM8K');
      expect(paper.models.map((m: any) => m.name)).toContain('GPT-4o');
    });

    it('ingestPapers keeps the metadata fields a JSON Lines record carries', async () => {
      const record = {
        ...VALID,
        id: 'writes-test-meta',
        authors: ['Ada Lovelace', 'Alan Turing'],
        venue: 'ICML 2025',
        categories: ['cs.LG', 'cs.CL'],
      };
      const { data, errors } = await api.query(INGEST, { records: [record] }, WITH_KEY);
      expect(errors).toBeUndefined();
      expect(data!.ingestPapers).toMatchObject({ written: true, papers: 1, issues: [] });
      const paper = (await api.query(`{ paper(id: "writes-test-meta") { authors venue categories } }`)).data!.paper;
      expect(paper).toEqual({ authors: ['Ada Lovelace', 'Alan Turing'], venue: 'ICML 2025', categories: ['cs.LG', 'cs.CL'] });
    });

    it('curation mutations take effect at once and survive a re-ingest of the same input', async () => {
      const models = `{ a: model(name: "GPT-4") { papers(first: 50) { edges { node { id } } } } b: model(name: "GPT-4o") { papers(first: 50) { edges { node { id } } } } }`;
      const before = (await api.query(models)).data!;
      const union = new Set([...paperIds(before.a), ...paperIds(before.b)]);
      const fixes = [
        `mergeEntities(type: MODEL, from: "gpt 4", into: "GPT-4o") { override { op name into } entity { name } }`,
        `renameEntity(type: BENCHMARK, name: "MATH", to: "MATH (Hendrycks)") { override { op to } entity { name aliases } }`,
        `addAlias(type: BENCHMARK, name: "HumanEval", alias: "OpenAI HumanEval") { entity { aliases } }`,
        `hideEntity(type: BENCHMARK, name: "cifar10") { override { op name } entity { name } }`,
      ];
      for (const fix of fixes) {
        const { errors } = await api.query(`mutation { ${fix} }`, {}, WITH_KEY);
        expect(errors, fix).toBeUndefined();
      }
      const check = async () => {
        const { data, errors } = await api.query(`{
          gpt4: model(name: "GPT-4") { name paperCount papers(first: 50) { edges { node { id } } } }
          math: benchmark(name: "math") { name aliases }
          renamed: benchmark(name: "math (hendrycks)") { name }
          humaneval: benchmark(name: "openai humaneval") { name }
          cifar: benchmark(name: "CIFAR-10") { name }
          benchmarks(first: 100) { edges { node { name } } }
          overrides { op type name }
        }`);
        // A hidden entity is gone: its lookup is null with a NOT_FOUND error (partial responses), the rest answers.
        expect(errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([[['cifar'], 'NOT_FOUND']]);
        expect(data!.gpt4.name).toBe('GPT-4o');
        expect(new Set(paperIds(data!.gpt4))).toEqual(union);
        expect(data!.gpt4.paperCount).toBe(union.size);
        expect(data!.math).toEqual({ name: 'MATH (Hendrycks)', aliases: expect.arrayContaining(['MATH']) });
        expect(data!.renamed).toEqual({ name: 'MATH (Hendrycks)' });
        expect(data!.humaneval).toEqual({ name: 'HumanEval' });
        expect(data!.cifar).toBeNull();
        expect(data!.benchmarks.edges.map((e: any) => e.node.name)).not.toContain('CIFAR-10');
        expect(data!.overrides).toEqual([
          { op: 'MERGE', type: 'MODEL', name: 'GPT-4' },
          { op: 'RENAME', type: 'BENCHMARK', name: 'MATH' },
          { op: 'ALIAS', type: 'BENCHMARK', name: 'HumanEval' },
          { op: 'HIDE', type: 'BENCHMARK', name: 'CIFAR-10' },
        ]);
      };
      await check();
      await ingestFiles(store, CORPUS);
      await check();

      const unhidden = await api.query(
        `mutation { unhideEntity(type: BENCHMARK, name: "CIFAR-10") { entity { name paperCount } } }`,
        {},
        WITH_KEY,
      );
      expect(unhidden.data!.unhideEntity.entity).toEqual({ name: 'CIFAR-10', paperCount: 3 });

      const merge = (await api.query(`{ overrides { id op } }`)).data!.overrides.find((o: any) => o.op === 'MERGE').id;
      const remove = `mutation($id: ID!) { removeOverride(id: $id) { override { op name } entity { name aliases } } }`;
      const refused = await api.query(remove, { id: merge });
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const removed = await api.query(remove, { id: merge }, WITH_KEY);
      expect(removed.errors).toBeUndefined();
      expect(removed.data!.removeOverride).toEqual({ override: { op: 'MERGE', name: 'GPT-4' }, entity: { name: 'GPT-4', aliases: [] } });
      expect((await api.query(models)).data).toEqual(before);
      const again = await api.query(remove, { id: merge }, WITH_KEY);
      expect(again.errors?.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
    });

    it('answers each mutation of a request on its own: one that fails does not hide one that was made', async () => {
      const { data, errors } = await api.query(
        `mutation {
          made: addAlias(type: BENCHMARK, name: "GSM8K", alias: "grade school math 8k") { entity { name } }
          failed: renameEntity(type: MODEL, name: "no such model anywhere", to: "X") { entity { name } }
        }`,
        {},
        WITH_KEY,
      );
      expect(data).toEqual({ made: { entity: { name: 'GSM8K' } }, failed: null });
      expect(errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([[['failed'], 'NOT_FOUND']]);
      expect((await api.query(`{ benchmark(name: "grade school math 8k") { name } }`)).data!.benchmark).toEqual({ name: 'GSM8K' });
    });
  });

  describe.skipIf(subject.skip !== undefined)(`reads behind the API key: ${subject.name}`, () => {
    let api: ApiHarness;
    let store: GraphStore;
    beforeAll(async () => {
      store = await subject.open();
      api = await startApi(store, { auth: { apiKey: KEY, requireKeyForReads: true } });
    });
    afterAll(async () => {
      await api?.server.stop();
      await store?.close();
    });

    it('answers queries and exports only with the key; health stays open', async () => {
      const base = api.server.url.replace(/\/graphql$/, '');
      const refused = await fetch(api.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-key-0123456789' },
        body: JSON.stringify({ query: '{ stats { papers } }' }),
      });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="papergraph"');
      expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await api.query('{ stats { papers } }', {}, WITH_KEY)).data).toEqual({ stats: { papers: 0 } });
      expect((await fetch(`${base}/export/csv`)).status).toBe(401);
      expect((await fetch(`${base}/export/csv`, { headers: WITH_KEY })).status).toBe(200);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/explore`)).status).toBe(200);
    });
  });
}
