import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';
import { countingStore, startApi, type ApiHarness } from '../support/api.js';
import { runWritesContract } from './writes.case.js';

const MONKEYS = 'Large Language Monkeys: Scaling Inference Compute with Repeated Sampling';
// The sample page (68 papers, undated) plus three dated papers for date filters and trends.
const CORPUS = ['data/hf-daily-papers-sample.txt', 'test/fixtures/dated-gsm8k-papers.jsonl'];
const TOTAL = 71;

/** GraphQL end to end over HTTP on the sample corpus; run against each store. */
export function runApiContract(subject: { name: string; open: () => Promise<GraphStore>; skip?: string }): void {
  describe.skipIf(subject.skip !== undefined)(
    `GraphQL API over HTTP: ${subject.name}${subject.skip ? ` (skipped: ${subject.skip})` : ''}`,
    () => {
      let api: ApiHarness;
      let store: GraphStore;
      let calls: Map<string, number>;

      beforeAll(async () => {
        const opened = await subject.open();
        await ingestFiles(opened, CORPUS);
        ({ store, calls } = countingStore(opened));
        api = await startApi(store);
      });
      afterAll(async () => {
        await api?.server.stop();
        await store?.close();
      });

      it('finds the papers of a benchmark by a loosely written name', async () => {
        const { data, errors } = await api.query(
          `{ benchmark(name: "swe bench lite") { name paperCount papers { totalCount edges { node { title } evidence { mention sentence } } } } }`,
        );
        expect(errors).toBeUndefined();
        expect(data!.benchmark.name).toBe('SWE-bench Lite');
        const edges = data!.benchmark.papers.edges;
        expect(edges.map((e: any) => e.node.title)).toContain(MONKEYS);
        expect(edges[0].evidence.mention).toBe('SWE-bench Lite');
        expect(edges[0].evidence.sentence).toContain('SWE-bench Lite');
        expect(data!.benchmark.papers.totalCount).toBe(data!.benchmark.paperCount);
      });

      it('answers an unknown entity with null and a located NOT_FOUND error', async () => {
        const { data, errors } = await api.query(`{ benchmark(name: "GSM8") { name } }`);
        expect(data).toEqual({ benchmark: null });
        expect(errors).toEqual([
          expect.objectContaining({
            message: 'no benchmark named "GSM8". Did you mean "GSM8K"?',
            path: ['benchmark'],
            extensions: { code: 'NOT_FOUND' },
          }),
        ]);
      });

      it('keeps the rest of the response when one of several lookups misses', async () => {
        const { data, errors } = await api.query(`{
          lite: coOccurring(entity: { type: BENCHMARK, name: "SWE-bench Lite" }, type: MODEL) { totalCount }
          swe: coOccurring(entity: { type: BENCHMARK, name: "SWE-bench Verified" }, type: MODEL) { totalCount }
          gsm: benchmark(name: "GSM8K") { name }
        }`);
        expect(data!.lite.totalCount).toBeGreaterThan(0);
        expect(data!.gsm).toEqual({ name: 'GSM8K' });
        expect(data!.swe).toBeNull();
        expect(errors).toHaveLength(1);
        expect(errors![0]).toMatchObject({ path: ['swe'], extensions: { code: 'NOT_FOUND' } });
        expect(errors![0]!.message).toMatch(/^no benchmark named "SWE-bench Verified"\. Did you mean "SWE-bench Lite"/);
      });

      it('suggests the closest spelling first', async () => {
        const { errors } = await api.query('{ benchmark(name: "SWE-bnech Lite") { name } }');
        expect(errors![0]!.message).toMatch(/^no benchmark named "SWE-bnech Lite"\. Did you mean "SWE-bench Lite"[,?]/);
      });

      it('reports a variable of the wrong type as the input error it is, not as a query too complex to estimate', async () => {
        const { errors } = await api.query('query($n: Int) { methods(first: $n) { totalCount } }', { n: 'ten' });
        expect(errors!.map((e) => [e.extensions!.code, e.message])).toEqual([
          ['INVALID_ARGUMENT', 'Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"'],
        ]);
      });

      it('gives every entity-taking field the same partial answer on a miss', async () => {
        const fields = [
          'papers(where: { methods: ["no such method"] }) { totalCount }',
          'papersSharing(entities: [{ type: MODEL, name: "no such model" }]) { totalCount }',
          'relatedPapers(paperId: "no-such-paper") { totalCount }',
          'trend(entity: { type: TASK, name: "no such task" }) { count }',
          'neighborhood(of: { type: METRIC, name: "no such metric" }) { truncated }',
          'path(from: { id: "no-such-id" }, to: { type: BENCHMARK, name: "GSM8K" }) { truncated }',
          'subgraph(where: { topics: ["no such topic"] }) { truncated }',
          'paper(id: "no-such-paper") { title }',
          'entity(id: "benchmark:nosuch") { name }',
          'node(id: "no-such-node") { id }',
          'leaderboard(benchmark: "no such benchmark") { totalCount }',
        ];
        for (const field of fields) {
          const { data, errors } = await api.query(`{ ok: stats { papers } miss: ${field} }`);
          expect({ field, data, codes: errors?.map((e: any) => [e.extensions.code, e.path]) }).toEqual({
            field,
            data: { ok: { papers: TOTAL }, miss: null },
            codes: [['NOT_FOUND', ['miss']]],
          });
        }
      });

      it("puts a bad page size of an entity's papers on the papers field, not on the entity", async () => {
        const { data, errors } = await api.query('{ gsm: benchmark(name: "GSM8K") { name papers(first: 500) { totalCount } } }');
        expect(errors?.map((e: any) => [e.extensions.code, e.path])).toEqual([['INVALID_ARGUMENT', ['gsm', 'papers']]]);
        expect(data).toEqual({ gsm: null });
      });

      it('answers the rest of a query when a top-level list or stats fails (every top-level field is nullable)', async () => {
        const { data, errors } = await api.query(
          '{ a: methods(first: 1000) { totalCount } b: stats { papers } c: benchmarks(after: "bogus") { totalCount } d: stats { topMethods(first: -5) { name } } }',
        );
        expect(data).toEqual({ a: null, b: { papers: TOTAL }, c: null, d: null });
        expect(errors?.map((e: any) => [e.extensions.code, e.path])).toEqual([
          ['INVALID_ARGUMENT', ['a']],
          ['INVALID_ARGUMENT', ['c']],
          ['INVALID_ARGUMENT', ['d', 'topMethods']],
        ]);
      });

      it("lists a benchmark's results best first, found by a loosely written name, ranking only a metric of known direction (issue #12's examples)", async () => {
        const { data, errors } = await api.query(
          `{ swe: leaderboard(benchmark: "swe bench lite") { totalCount metrics edges { rank metric node { value unit subject condition isDelta evidence { mention sentence } paper { title } benchmark { name } } } }
             lra: leaderboard(benchmark: "long-range arena") { edges { node { value subject paper { title } } } }
             alpaca: leaderboard(benchmark: "alpacaeval", metric: "Win-Rate") { metrics edges { rank metric node { value condition } } } }`,
        );
        expect(errors).toBeUndefined();
        // No sentence names SWE-bench Lite's metric: listed highest first, unranked.
        const swe = data!.swe.edges.map((e: any) => [e.rank, e.metric, e.node.value, e.node.subject, e.node.condition]);
        expect(swe).toEqual([
          [null, null, 56, 'DeepSeek-V2-Coder-Instruct', 'with 250 samples'],
          [null, null, 43, null, null],
          [null, null, 15.9, 'DeepSeek-V2-Coder-Instruct', 'with one sample'],
        ]);
        expect(data!.swe.edges[0].node).toMatchObject({
          unit: '%',
          isDelta: false,
          benchmark: { name: 'SWE-bench Lite' },
          paper: { title: MONKEYS },
        });
        expect(data!.swe.edges[0].node.evidence.sentence).toContain('from 15.9% with one sample to 56% with 250 samples');
        expect(data!.lra.edges.map((e: any) => [e.node.value, e.node.subject])).toContainEqual([86, 'S4']);
        // A higher win rate is better: ranked.
        expect(data!.alpaca.metrics).toEqual(['win rate']);
        expect(data!.alpaca.edges.map((e: any) => [e.rank, e.metric, e.node.value, e.node.condition])).toEqual([
          [1, 'win rate', 34, 'with 16 samples'],
          [2, 'win rate', 21, 'before'],
        ]);
      });

      it("lists a paper's results and a benchmark's, deltas included, and pages a leaderboard", async () => {
        const top = await api.query(`{ leaderboard(benchmark: "SWE-bench Lite", first: 1) { pageInfo { endCursor } } }`);
        const { data, errors } = await api.query(
          `query($after: String) { papers(search: "Large Language Monkeys", first: 1) { edges { node { results { value unit isDelta benchmark { name } } } } }
             benchmark(name: "GSM8K") { results { value condition paper { title } } }
             page: leaderboard(benchmark: "SWE-bench Lite", first: 1, after: $after) { totalCount pageInfo { hasNextPage } edges { rank node { value } } }
             model(name: "GPT-4o") { results { value } } }`,
          { after: top.data!.leaderboard.pageInfo.endCursor },
        );
        expect(errors).toBeUndefined();
        const results = data!.papers.edges[0].node.results.map((r: any) => [r.benchmark.name, r.value]);
        expect(results).toEqual(
          expect.arrayContaining([
            ['SWE-bench Lite', 15.9],
            ['SWE-bench Lite', 56],
          ]),
        );
        expect(data!.benchmark.results.map((r: any) => [r.value, r.condition])).toEqual(
          expect.arrayContaining([
            [84, 'before'],
            [91, 'after'],
          ]),
        );
        expect(data!.page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, edges: [{ rank: null, node: { value: 43 } }] });
        expect(data!.model.results).toEqual([]);
      });

      it('says NOT_FOUND, with a suggestion, for the leaderboard of an unknown benchmark', async () => {
        const { data, errors } = await api.query(`{ leaderboard(benchmark: "SWE-bench Lit") { totalCount } }`);
        expect(data).toEqual({ leaderboard: null });
        expect(errors?.[0]?.path).toEqual(['leaderboard']);
        expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(errors?.[0]?.message).toContain('SWE-bench');
      });

      it('says NOT_FOUND for a leaderboard metric nothing on the benchmark is measured by, suggesting its metrics', async () => {
        const typo = await api.query(`{ leaderboard(benchmark: "AlpacaEval", metric: "win rat") { totalCount } }`);
        expect(typo.data).toEqual({ leaderboard: null });
        expect(typo.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(typo.errors?.[0]?.message).toBe('no metric named "win rat" on the leaderboard of AlpacaEval. Did you mean "win rate"?');
        const nonsense = await api.query(`{ leaderboard(benchmark: "AlpacaEval", metric: "qwertyuiop") { totalCount } }`);
        expect(nonsense.errors?.[0]?.message).toBe('no metric named "qwertyuiop" on the leaderboard of AlpacaEval.');
      });

      it('refetches papers and entities by global id through node(id:)', async () => {
        const list = await api.query(`{ papers(search: "HyperAttention", first: 1) { edges { node { id } } } }`);
        const id = list.data!.papers.edges[0].node.id;
        const { data, errors } = await api.query(
          `query($paper: ID!) { p: node(id: $paper) { __typename id ... on Paper { title } } e: node(id: "benchmark:gsm8k") { __typename id ... on Entity { name type } } }`,
          { paper: id },
        );
        expect(errors).toBeUndefined();
        expect(data!.p).toEqual({ __typename: 'Paper', id, title: 'HyperAttention: Long-context Attention in Near-Linear Time' });
        expect(data!.e).toEqual({ __typename: 'Entity', id: 'benchmark:gsm8k', name: 'GSM8K', type: 'BENCHMARK' });
      });

      it('pages through all papers with cursors', async () => {
        const seen: string[] = [];
        let after: string | null = null;
        let total = 0;
        for (let page = 0; page < 10; page++) {
          const { data }: { data?: Record<string, any> } = await api.query(
            `query($after: String) { papers(first: 25, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
            { after },
          );
          total = data!.papers.totalCount;
          const { pageInfo, edges } = data!.papers;
          expect(pageInfo.hasPreviousPage).toBe(after !== null);
          expect([pageInfo.startCursor, pageInfo.endCursor]).toEqual([edges[0].cursor, edges.at(-1).cursor]);
          seen.push(...data!.papers.edges.map((e: any) => e.node.id));
          if (!data!.papers.pageInfo.hasNextPage) break;
          after = data!.papers.pageInfo.endCursor;
        }
        expect(total).toBe(TOTAL);
        expect(seen).toHaveLength(TOTAL);
        expect(new Set(seen).size).toBe(TOTAL);
      });

      it('refuses a cursor from another list, or from the same list with other arguments, naming the problem', async () => {
        const first = await api.query(
          `{ benchmarks(first: 1) { pageInfo { endCursor } } s: papers(search: "attention", first: 1) { pageInfo { endCursor } }
             b: benchmark(name: "GSM8K") { papers(first: 1) { pageInfo { endCursor } } }
             ms: methods(first: 1, nameContains: "attention") { pageInfo { endCursor } } }`,
        );
        expect(first.errors).toBeUndefined();
        const refused = async (query: string, after: string) => {
          const { errors } = await api.query(query, { after });
          expect(errors?.map((e) => e.extensions!.code)).toEqual(['INVALID_ARGUMENT']);
          return { path: errors![0]!.path, message: errors![0]!.message };
        };
        const bench = first.data!.benchmarks.pageInfo.endCursor;
        const methods = await refused(`query($after: String) { methods(first: 1, after: $after) { totalCount } }`, bench);
        expect(methods.message).toBe('"after" is a cursor of `benchmarks`, not of `methods`: pass a cursor this list returned');
        const search = first.data!.s.pageInfo.endCursor;
        const plain = await refused(`query($after: String) { papers(first: 1, after: $after) { totalCount } }`, search);
        expect(plain.message).toContain('"after" is a cursor of `papers` with other arguments (`search`)');
        const other = await refused(`query($after: String) { papers(search: "sampling", first: 1, after: $after) { totalCount } }`, search);
        expect(other.message).toContain('with other arguments');
        const filtered = await refused(
          `query($after: String) { methods(first: 1, nameContains: "diffusion", after: $after) { totalCount } }`,
          first.data!.ms.pageInfo.endCursor,
        );
        expect(filtered.message).toContain('`methods` with other arguments');
        // An entity page fetched ahead with its entity still checks the cursor: GSM8K's cursor is not MATH's.
        const gsm = first.data!.b.papers.pageInfo.endCursor;
        const math = await refused(
          `query($after: String) { benchmark(name: "MATH") { name papers(first: 1, after: $after) { totalCount } } }`,
          gsm,
        );
        expect(math.message).toContain('`Entity.papers` with other arguments (`entity`)');
        expect(math.path).toEqual(['benchmark', 'papers']);
        await refused(`query($after: String) { leaderboard(benchmark: "GSM8K", after: $after) { totalCount } }`, gsm);
        // The same arguments, spelled with an explicit default or a null, are the same list.
        const next = await api.query(
          `query($after: String) { benchmarks(first: 1, orderBy: PAPER_COUNT, nameContains: null, after: $after) { pageInfo { hasPreviousPage } } }`,
          { after: bench },
        );
        expect(next.errors).toBeUndefined();
        expect(next.data!.benchmarks.pageInfo.hasPreviousPage).toBe(true);
      });

      it('gives the abstract wherever a list selects it, and the same papers where it does not', async () => {
        const gsm = await api.query(`{ benchmark(name: "GSM8K") { papers(first: 1) { edges { node { id } } } } }`);
        const paperId = JSON.stringify(gsm.data!.benchmark.papers.edges[0].node.id);
        const asked: [string, string][] = [
          [`relatedPapers(paperId: ${paperId}, via: [BENCHMARK, METHOD], first: 3)`, 'edges { node { id ...Text } }'],
          ['papers(first: 5)', 'edges { node { id ...Text } }'],
          ['papers(search: "speculative decoding", first: 5)', 'edges { node { id ...Text } }'],
          ['papers(where: { benchmarks: ["GSM8K"] }, first: 5)', 'edges { node { id ...Text } }'],
          ['benchmark(name: "GSM8K")', 'papers(first: 5) { edges { node { id ...Text } } }'],
        ];
        for (const [field, selection] of asked) {
          const withText = await api.query(`{ f: ${field} { ${selection} } } fragment Text on Paper { abstract }`);
          const without = await api.query(`{ f: ${field} { ${selection.replace('...Text', 'title')} } }`);
          expect(withText.errors).toBeUndefined();
          const edges = (withText.data!.f.edges ?? withText.data!.f.papers.edges) as { node: { id: string; abstract: string } }[];
          const plain = (without.data!.f.edges ?? without.data!.f.papers.edges) as { node: { id: string } }[];
          expect(edges.length).toBeGreaterThan(0);
          expect(edges.every((e) => e.node.abstract.length > 0)).toBe(true);
          expect(plain.map((e) => e.node.id)).toEqual(edges.map((e) => e.node.id));
        }
      });

      it('searches titles and abstracts', async () => {
        const { data } = await api.query(`{ papers(search: "speculative decoding", first: 5) { edges { score node { title } } } }`);
        const titles = data!.papers.edges.map((e: any) => e.node.title);
        expect(titles).toContain('SpecTr: Fast Speculative Decoding via Optimal Transport');
        expect(data!.papers.edges[0].score).toBeGreaterThan(0);
      });

      it("exposes a paper's entities with evidence and method roles", async () => {
        const list = await api.query(`{ papers(search: "HyperAttention", first: 1) { edges { node { id } } } }`);
        const id = list.data!.papers.edges[0].node.id;
        const { data } = await api.query(
          `query($id: ID!) { paper(id: $id) { title methods { name role confidence evidence { mention start end } } models { name } metrics { name } topics { name } } }`,
          { id },
        );
        const paper = data!.paper;
        expect(paper.title).toBe('HyperAttention: Long-context Attention in Near-Linear Time');
        const hyper = paper.methods.find((m: any) => m.name === 'HyperAttention');
        expect(hyper.role).toBe('proposed');
        expect(hyper.evidence.start).toBe(0);
        expect(paper.models.map((m: any) => m.name)).toContain('ChatGLM2');
        expect(paper.metrics.map((m: any) => m.name)).toContain('perplexity');
        expect(paper.topics.length).toBeGreaterThan(0);
      });

      it('answers the same whether or not a selection asks for evidence or the total', async () => {
        const fields = 'name paperCount role confidence';
        const lists = async (extra: string, benchmarkExtra = extra) => {
          const { data } = await api.query(
            `{ papers(first: 30) { edges { node { ...M benchmarks { ${fields}${benchmarkExtra} } } } } } fragment M on Paper { methods { ${fields}${extra} } }`,
          );
          return data!.papers.edges.map((e: any) =>
            [e.node.methods, e.node.benchmarks].map((l: any[]) => l.map((x) => [x.name, x.paperCount, x.role, x.confidence])),
          );
        };
        const brief = await lists('');
        expect(brief).toEqual(await lists(' evidence { sentence }'));
        expect(brief).toEqual(await lists('', ' evidence { sentence }'));
        const hyper = await api.query(`{ papers(search: "HyperAttention", first: 1) { edges { node { id } } } }`);
        const hyperId = hyper.data!.papers.edges[0].node.id;
        const paperPage = async (extra: string) => {
          const { data } = await api.query(
            `query($id: ID!) { paper(id: $id) { title methods { ${fields}${extra} } tasks { ${fields} } } }`,
            { id: hyperId },
          );
          return data!.paper;
        };
        expect(await paperPage('')).toEqual(
          await paperPage(' evidence { sentence }').then(({ methods, ...rest }: any) => ({
            ...rest,
            methods: methods.map(({ evidence: _, ...m }: any) => m),
          })),
        );
        expect((await paperPage('')).methods.length).toBeGreaterThan(0);
        expect(brief.flat(2).length).toBeGreaterThan(0);
        const page = async (search: string, total: string) =>
          (await api.query(`{ papers(search: "${search}", first: 3) { ${total} pageInfo { hasNextPage } edges { node { id } } } }`)).data!
            .papers;
        for (const search of ['model', MONKEYS]) {
          const counted = await page(search, 'totalCount');
          const uncounted = await page(search, '');
          expect([uncounted.edges, uncounted.pageInfo]).toEqual([counted.edges, counted.pageInfo]);
          expect(counted.pageInfo.hasNextPage).toBe(counted.totalCount > 3);
        }
        // Below the search count limit (1,000) the total is exact, as is every plain list's.
        const all = await api.query(`{ papers(search: "model", first: 100) { totalCount totalCountIsExact edges { node { id } } } }`);
        expect(all.data!.papers.totalCountIsExact).toBe(true);
        expect(all.data!.papers.totalCount).toBe(all.data!.papers.edges.length);
        expect(all.data!.papers.totalCount).toBeGreaterThan(3);
        const list = await api.query(`{ papers(first: 1) { totalCount totalCountIsExact } }`);
        expect(list.data!.papers).toEqual({ totalCount: TOTAL, totalCountIsExact: true });
      });

      it("gives linked and shared entities' aliases wherever a selection asks for them, and the same lists where it does not", async () => {
        type Linked = { id: string; name?: string; entity?: { aliases: string[] } };
        type Node = { id: string; methods: Linked[]; benchmarks: Linked[]; m2?: Linked[] };
        const nodesOf = async (query: string, variables?: Record<string, unknown>) => {
          const { data, errors } = await api.query(query, variables);
          expect(errors).toBeUndefined();
          return data!;
        };
        // Lists with evidence come through another store call, which always reads the entity whole.
        const reference = new Map<string, string[]>();
        const withEvidence = await nodesOf(
          `{ papers(first: 75) { edges { node { methods { id evidence { mention } entity { aliases } } benchmarks { id evidence { mention } entity { aliases } } } } } }`,
        );
        for (const { node } of withEvidence.papers.edges as { node: Node }[])
          for (const l of [...node.methods, ...node.benchmarks]) reference.set(l.id, l.entity!.aliases);
        expect([...reference.values()].some((a) => a.length > 0)).toBe(true);
        const expectReal = (lists: Linked[][]) => {
          const linked = lists.flat();
          expect(linked.length).toBeGreaterThan(0);
          for (const l of linked) expect([l.id, l.entity!.aliases]).toEqual([l.id, reference.get(l.id)]);
        };

        const lean = await nodesOf(`{ papers(first: 75) { edges { node { id methods { id name } benchmarks { id name } } } } }`);
        const shown = await nodesOf(
          `{ papers(first: 75) { edges { node { id methods { id name entity { aliases } } benchmarks { id name ...A } } } } } fragment A on LinkedEntity { entity { aliases } }`,
        );
        const names = (d: typeof lean) =>
          (d.papers.edges as { node: Node }[]).map((e) => [e.node.id, e.node.methods, e.node.benchmarks].flat());
        expect(names(shown).map((row) => row.map((x: any) => (typeof x === 'string' ? x : { id: x.id, name: x.name })))).toEqual(
          names(lean),
        );
        expectReal((shown.papers.edges as { node: Node }[]).flatMap((e) => [e.node.methods, e.node.benchmarks]));

        // One list asks for aliases and the other does not; the same paper again below an entity asks for them.
        const mixed = await nodesOf(`{ papers(first: 75) { edges { node { id methods { id } m2: methods { id entity { aliases } } } } } }`);
        expectReal((mixed.papers.edges as { node: Node }[]).map((e) => e.node.m2!));
        const hyperId = (await nodesOf(`{ papers(search: "HyperAttention", first: 1) { edges { node { id } } } }`)).papers.edges[0].node.id;
        const deeper = await nodesOf(
          `query($id: ID!) { paper(id: $id) { id methods { entity { papers(first: 5) { edges { node { id methods { id entity { aliases } } } } } } } } }`,
          { id: hyperId },
        );
        const again = (deeper.paper.methods as { entity: { papers: { edges: { node: Node }[] } } }[]).flatMap((b) =>
          b.entity.papers.edges.map((p) => p.node),
        );
        expect(again.map((p) => p.id)).toContain(hyperId);
        const below = again.map((p) => p.methods);
        expectReal(below);

        const gsm = (await nodesOf(`{ benchmark(name: "GSM8K") { papers(first: 1) { edges { node { id } } } } }`)).benchmark.papers.edges[0]
          .node.id;
        const page = await nodesOf(
          `query($id: ID!) { paper(id: $id) { methods { id entity { aliases } } benchmarks { id entity { aliases } } } }`,
          {
            id: hyperId,
          },
        );
        expectReal([page.paper.methods, page.paper.benchmarks]);

        const related = async (shared: string) =>
          (
            await nodesOf(
              `query($id: ID!) { relatedPapers(paperId: $id, via: [BENCHMARK, METHOD], first: 10) { edges { node { id } ${shared} } } }`,
              { id: gsm },
            )
          ).relatedPapers.edges as { node: { id: string }; shared: Linked[] }[];
        const sharedShown = await related('shared { name entity { id aliases } }');
        const sharedLean = await related('shared { name }');
        expect(sharedShown.map((e) => [e.node.id, e.shared.map((x) => x.name)])).toEqual(
          sharedLean.map((e) => [e.node.id, e.shared.map((x) => x.name)]),
        );
        expectReal(
          sharedShown.map((e) => e.shared.map((x) => ({ id: (x.entity as { id: string } & Linked['entity'])!.id, entity: x.entity! }))),
        );
      });

      it('lists entities ordered by paper count', async () => {
        const { data } = await api.query(`{ methods(first: 10) { totalCount edges { node { name paperCount } } } }`);
        const counts = data!.methods.edges.map((e: any) => e.node.paperCount);
        expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
        expect(data!.methods.totalCount).toBeGreaterThan(10);
      });

      it('ranks related papers with the entities they share', async () => {
        const list = await api.query(`{ papers(search: "Large Language Monkeys", first: 1) { edges { node { id } } } }`);
        const id = list.data!.papers.edges[0].node.id;
        const { data, errors } = await api.query(
          `query($id: ID!) { relatedPapers(paperId: $id, first: 5, via: [BENCHMARK, METHOD, MODEL]) { totalCount edges { score node { id title } shared { name type weight entity { id } } } } }`,
          { id },
        );
        expect(errors).toBeUndefined();
        const related = data!.relatedPapers.edges;
        expect(related.length).toBeGreaterThan(0);
        expect(data!.relatedPapers.totalCount).toBeGreaterThanOrEqual(related.length);
        expect(related.map((r: any) => r.node.id)).not.toContain(id);
        for (const r of related) {
          expect(r.shared.length).toBeGreaterThan(0);
          expect(r.shared.every((s: any) => ['BENCHMARK', 'METHOD', 'MODEL'].includes(s.type) && s.entity)).toBe(true);
          const sum = r.shared.reduce((a: number, s: any) => a + s.weight, 0);
          expect(r.score).toBeCloseTo(sum, 6);
        }
        const scores = related.map((r: any) => r.score);
        expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
      });

      it('finds more like HyperAttention through shared topics and similar text, saying why', async () => {
        const list = await api.query(`{ papers(search: "HyperAttention", first: 1) { edges { node { id } } } }`);
        const id = list.data!.papers.edges[0].node.id;
        const { data, errors } = await api.query(
          `query($id: ID!) { relatedPapers(paperId: $id, first: 10) { totalCount edges { score node { title } shared { type name weight } } } }`,
          { id },
        );
        expect(errors).toBeUndefined();
        const edges = data!.relatedPapers.edges;
        const titles = edges.map((e: any) => e.node.title);
        expect(titles).toHaveLength(10);
        // The exact order depends on what the extractor finds and on each store's text scoring.
        expect(titles.slice(0, 3).some((t: string) => /^Lightning Attention-2/.test(t))).toBe(true);
        expect(titles).toContain('Are Transformers Effective for Time Series Forecasting?');
        expect(titles.filter((t: string) => /attention|sequence|linear|state space|rnn/i.test(t)).length).toBeGreaterThanOrEqual(8);
        expect(edges.filter((e: any) => e.shared.some((s: any) => s.type === 'TOPIC')).length).toBeGreaterThanOrEqual(8);
        const text = edges[0].shared.find((s: any) => s.type === 'TEXT');
        expect(text.name).toContain('attention');
        expect(text.weight).toBeGreaterThan(0);
        expect(edges[0].score).toBeCloseTo(
          edges[0].shared.reduce((a: number, s: any) => a + s.weight, 0),
          6,
        );
      });

      it('maps bad arguments and unknown ids to stable error codes', async () => {
        const tooMany = await api.query(`{ papers(first: 1000) { totalCount } }`);
        expect(tooMany.errors![0]!.extensions!.code).toBe('INVALID_ARGUMENT');
        expect(tooMany.errors![0]!.message).toBe('"first" must be between 0 and 100, got 1000');
        const badCursor = await api.query(`{ papers(after: "nonsense") { totalCount } }`);
        expect(badCursor.errors![0]!.extensions!.code).toBe('INVALID_ARGUMENT');
        const unknown = await api.query(`{ relatedPapers(paperId: "no-such-paper") { totalCount } }`);
        expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
        // An empty via would count nothing shared: every paper related to none, which no one means.
        const nothingShared = await api.query(`{ relatedPapers(paperId: "no-such-paper", via: []) { totalCount } }`);
        expect(nothingShared.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
          ['INVALID_ARGUMENT', 'via is empty: name at least one kind (METHOD, BENCHMARK, …, TEXT), or leave it out for all'],
        ]);
      });

      it('batches nested lookups: store calls do not grow with the number of papers', async () => {
        const nested = (first: number, extra = '') =>
          `{ papers(first: ${first}) { edges { node { title methods { name paperCount${extra} } benchmarks { name paperCount } models { name } } } } }`;
        const roundTrips = async (query: string) => {
          calls.clear();
          const { errors } = await api.query(query);
          expect(errors).toBeUndefined();
          return [...calls.values()].reduce((a, b) => a + b, 0);
        };
        // Lists without evidence come with the page: one store call in all.
        expect([await roundTrips(nested(2)), await roundTrips(nested(40))]).toEqual([1, 1]);
        expect(calls.get('listPapers')).toBe(1);
        const small = await roundTrips(nested(2, ' evidence { mention }'));
        const large = await roundTrips(nested(40, ' evidence { mention }'));
        expect(large).toBe(small);
        expect(calls.get('linksOfPapers')).toBe(1);
      });

      it('filters papers by entities, dates and code links', async () => {
        const q = (where: string) => api.query(`{ papers(where: ${where}, first: 50) { totalCount edges { node { title published } } } }`);
        const both = await q('{ benchmarks: ["gsm8k", "MATH"] }');
        expect(both.errors).toBeUndefined();
        expect(both.data!.papers.edges.map((e: any) => e.node.title)).toEqual(['Dated Paper Two', MONKEYS]);
        const dated = await q('{ benchmarks: ["GSM8K"], publishedFrom: "2024-01-01", publishedTo: "2024-02-01" }');
        expect(dated.data!.papers.edges.map((e: any) => e.node.title)).toEqual(['Dated Paper Two']);
        // A year or a month as the upper bound takes in all of it: "2024-01" includes 15 January.
        const month = await q('{ benchmarks: ["GSM8K"], publishedFrom: "2024-01", publishedTo: "2024-01" }');
        expect(month.data!.papers.edges.map((e: any) => e.node.title)).toEqual(['Dated Paper Two']);
        const year = await q('{ benchmarks: ["GSM8K"], publishedTo: "2023" }');
        expect(year.data!.papers.edges.map((e: any) => e.node.title)).toEqual(['Dated Paper One']);
        const withCode = await q('{ benchmarks: ["GSM8K"], hasCode: true }');
        expect(withCode.data!.papers.edges.map((e: any) => e.node.title)).toEqual(['Dated Paper Two']);
        const typo = await q('{ benchmarks: ["GSM8"] }');
        expect(typo.errors![0]!.extensions!.code).toBe('NOT_FOUND');
        expect(typo.errors![0]!.message).toBe('no benchmark named "GSM8". Did you mean "GSM8K"?');
        // The right name asked as the wrong kind says which kind has it; an empty name is a bad argument.
        const kind = await api.query('{ method(name: "gsm8k") { name } }');
        expect(kind.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
          ['NOT_FOUND', 'no method named "gsm8k"; it names a benchmark ("GSM8K")'],
        ]);
        const empty = await api.query('{ benchmark(name: " ") { name } }');
        expect(empty.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
          ['INVALID_ARGUMENT', 'the benchmark name is empty: give a name or an alias'],
        ]);
        const badDate = await q('{ publishedFrom: "last year" }');
        expect(badDate.errors![0]!.extensions!.code).toBe('INVALID_ARGUMENT');
        // The right shape is not enough: there is no 13th month and no 30 February.
        for (const impossible of ['2025-13', '2024-02-30']) {
          const { errors } = await q(`{ publishedTo: "${impossible}" }`);
          expect(errors![0]!.message).toBe(`where.publishedTo must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got "${impossible}"`);
        }
        const swapped = await q('{ publishedFrom: "2026", publishedTo: "2025" }');
        expect(swapped.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
          ['INVALID_ARGUMENT', 'where.publishedTo ("2025") is before where.publishedFrom ("2026"): swap them'],
        ]);
      });

      it('names a repository owner/repo, keeps its URL in url, and finds it by either', async () => {
        const url = 'https://github.com/example/dated-two';
        const { data, errors } = await api.query(`{
          papers(where: { benchmarks: ["GSM8K"], hasCode: true }) { edges { node { repositories { name url } } } }
          byName: repository(name: "example/dated-two") { id name url }
          byUrl: repository(name: "HTTPS://github.com/Example/dated-two/") { id name url }
          repositories(nameContains: "dated-two") { edges { node { name url } } }
          gsm: benchmark(name: "GSM8K") { name url }
          neighborhood(of: { type: REPO, name: "example/dated-two" }, depth: 1) { nodes { id label type properties } }
        }`);
        expect(errors).toBeUndefined();
        expect(data!.papers.edges[0].node.repositories).toEqual([{ name: 'example/dated-two', url }]);
        expect(data!.byName).toEqual({ id: 'repo:github.com/example/dated-two', name: 'example/dated-two', url });
        expect(data!.byUrl).toEqual(data!.byName);
        expect(data!.repositories.edges).toEqual([{ node: { name: 'example/dated-two', url } }]);
        expect(data!.gsm).toEqual({ name: 'GSM8K', url: null });
        const repoNode = data!.neighborhood.nodes.find((n: any) => n.id === 'repo:github.com/example/dated-two');
        expect(repoNode).toMatchObject({ label: 'example/dated-two', properties: { name: 'example/dated-two', url } });
        const missing = await api.query('{ repository(name: "example/nothing-here") { name } }');
        expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
      });

      it("orders an entity's papers by date or title", async () => {
        const { data } = await api.query(
          `{ benchmark(name: "GSM8K") { byDate: papers { edges { node { title } } } byTitle: papers(orderBy: TITLE) { edges { node { title } } } } }`,
        );
        const titles = (c: any) => c.edges.map((e: any) => e.node.title);
        expect(titles(data!.benchmark.byDate).slice(0, 3)).toEqual(['Dated Paper Three', 'Dated Paper Two', 'Dated Paper One']);
        expect(titles(data!.benchmark.byTitle)).toEqual([...titles(data!.benchmark.byTitle)].sort());
      });

      it('finds papers sharing all or any of some entities', async () => {
        const all = await api.query(
          `{ papersSharing(entities: [{type: BENCHMARK, name: "GSM8K"}, {type: BENCHMARK, name: "SWE-bench Lite"}]) { totalCount edges { score node { title } } } }`,
        );
        // As documented: ALL gives no score.
        expect(all.data!.papersSharing.edges).toEqual([{ score: null, node: { title: MONKEYS } }]);
        const any = await api.query(
          `{ papersSharing(entities: [{type: BENCHMARK, name: "GSM8K"}, {type: BENCHMARK, name: "SWE-bench Lite"}], mode: ANY) { edges { score node { title } } } }`,
        );
        const edges = any.data!.papersSharing.edges;
        expect(edges[0]).toEqual({ score: 2, node: { title: MONKEYS } });
        expect(edges.length).toBeGreaterThanOrEqual(4);
        expect(edges.slice(1).every((e: any) => e.score === 1)).toBe(true);
      });

      it('counts entities co-occurring with an entity', async () => {
        const { data, errors } = await api.query(
          `{ coOccurring(entity: {type: BENCHMARK, name: "swe bench lite"}, type: MODEL) { totalCount edges { count node { name } } } }`,
        );
        expect(errors).toBeUndefined();
        const names = data!.coOccurring.edges.map((c: any) => c.node.name);
        expect(names).toContain('DeepSeek-V2-Coder-Instruct');
        expect(names).toContain('GPT-4o');
        expect(data!.coOccurring.edges.every((c: any) => c.count === 1)).toBe(true);
        expect(data!.coOccurring.totalCount).toBe(names.length);
        const paged = await api.query(
          `{ coOccurring(entity: {type: BENCHMARK, name: "swe bench lite"}, type: MODEL, first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`,
        );
        const next = await api.query(
          `query($after: String) { coOccurring(entity: {type: BENCHMARK, name: "swe bench lite"}, type: MODEL, first: 1, after: $after) { pageInfo { hasPreviousPage } edges { node { name } } } }`,
          { after: paged.data!.coOccurring.pageInfo.endCursor },
        );
        expect(paged.data!.coOccurring.pageInfo.hasNextPage).toBe(true);
        expect(next.data!.coOccurring.pageInfo.hasPreviousPage).toBe(true);
        expect(next.data!.coOccurring.edges[0].node.name).toBe(names[1]);
      });

      it('connects two entities through their shortest paths', async () => {
        const { data, errors } = await api.query(
          `{ path(from: {type: BENCHMARK, name: "SWE-bench Lite"}, to: {type: MODEL, name: "GPT-4o"}) { nodes { id label type } edges { source target type } truncated } }`,
        );
        expect(errors).toBeUndefined();
        const labels = data!.path.nodes.map((n: any) => n.label);
        expect(labels).toContain(MONKEYS);
        expect(labels).toContain('SWE-bench Lite');
        expect(labels).toContain('GPT-4o');
        expect(data!.path.edges.map((e: any) => e.type).sort()).toEqual(['EVALUATES_ON', 'USES_MODEL']);
        const none = await api.query(
          `{ path(from: {type: BENCHMARK, name: "SWE-bench Lite"}, to: {type: MODEL, name: "GPT-4o"}, maxLength: 1) { nodes { id } } }`,
        );
        expect(none.data!.path.nodes).toEqual([]);
      });

      it('returns a neighbourhood for graph views, with limits applied and reported', async () => {
        const one = await api.query(
          `{ neighborhood(of: {type: BENCHMARK, name: "SWE-bench Lite"}) { nodes { id label type size properties } edges { id source target type weight } truncated } }`,
        );
        expect(one.errors).toBeUndefined();
        const hood = one.data!.neighborhood;
        expect(hood.nodes[0]).toMatchObject({ label: 'SWE-bench Lite', type: 'BENCHMARK', properties: { name: 'SWE-bench Lite' } });
        expect(hood.nodes.map((n: any) => n.label)).toEqual(['SWE-bench Lite', MONKEYS]);
        expect(hood.edges).toHaveLength(1);
        expect(hood.edges[0].type).toBe('EVALUATES_ON');
        const two = await api.query(
          `{ neighborhood(of: {type: BENCHMARK, name: "SWE-bench Lite"}, depth: 2, types: [MODEL]) { nodes { label type } truncated } }`,
        );
        const kinds = new Set(two.data!.neighborhood.nodes.map((n: any) => n.type));
        expect([...kinds].sort()).toEqual(['BENCHMARK', 'MODEL', 'PAPER']);
        expect(two.data!.neighborhood.nodes.map((n: any) => n.label)).toContain('DeepSeek-V2-Coder-Instruct');
        const capped = await api.query(
          `{ neighborhood(of: {type: BENCHMARK, name: "SWE-bench Lite"}, depth: 2, limit: 3) { nodes { id } truncated } }`,
        );
        expect(capped.data!.neighborhood.nodes).toHaveLength(3);
        expect(capped.data!.neighborhood.truncated).toBe(true);
        const tooDeep = await api.query(`{ neighborhood(of: {type: BENCHMARK, name: "SWE-bench Lite"}, depth: 4) { truncated } }`);
        expect(tooDeep.errors![0]!.extensions!.code).toBe('INVALID_ARGUMENT');
        // The same words as the HTTP export and the CLI (test/api/hardening.case.ts, test/cli/cli-messages.test.ts).
        expect(tooDeep.errors![0]!.message).toBe('"depth" must be between 1 and 3, got 4');
        const noRef = await api.query(`{ neighborhood(of: {name: "SWE-bench Lite"}) { truncated } }`);
        expect(noRef.errors![0]!.message).toBe('"of" needs either "id", or "type" and "name"');
        const both = await api.query(`{ neighborhood(of: {id: "no-such-paper-p1", type: BENCHMARK, name: "GSM8K"}) { truncated } }`);
        expect(both.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
          ['INVALID_ARGUMENT', '"of" takes either "id", or "type" and "name", not both: one could name another node than the other'],
        ]);
        const noId = await api.query(`{ neighborhood(of: {id: "no-such-paper-p1"}) { truncated } }`);
        expect(noId.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
          ['NOT_FOUND', 'no paper or entity with id "no-such-paper-p1"'],
        ]);
      });

      it('returns the subgraph of papers matching a filter', async () => {
        const { data, errors } = await api.query(
          `{ subgraph(where: { benchmarks: ["GSM8K"] }, limit: 2) { nodes { id type } edges { source target } truncated } }`,
        );
        expect(errors).toBeUndefined();
        const papers = data!.subgraph.nodes.filter((n: any) => n.type === 'PAPER');
        expect(papers).toHaveLength(2);
        expect(data!.subgraph.truncated).toBe(true);
        const ids = new Set(data!.subgraph.nodes.map((n: any) => n.id));
        for (const e of data!.subgraph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      });

      it('counts papers over time, every month of the range with 0 where none was published', async () => {
        const { data } = await api.query(
          `{ byYear: trend(entity: {type: BENCHMARK, name: "GSM8K"}) { period count } byMonth: trend(entity: {type: BENCHMARK, name: "GSM8K"}, by: MONTH) { period count } }`,
        );
        expect(data!.byYear).toEqual([
          { period: '2023', count: 1 },
          { period: '2024', count: 2 },
        ]);
        const byMonth = data!.byMonth as { period: string; count: number }[];
        expect(byMonth.map((m) => m.period)).toEqual([
          '2023-05',
          '2023-06',
          '2023-07',
          '2023-08',
          '2023-09',
          '2023-10',
          '2023-11',
          '2023-12',
          '2024-01',
          '2024-02',
          '2024-03',
        ]);
        expect(byMonth.filter((m) => m.count > 0)).toEqual([
          { period: '2023-05', count: 1 },
          { period: '2024-01', count: 1 },
          { period: '2024-03', count: 1 },
        ]);
        expect(byMonth.find((m) => m.period === '2024-02')).toEqual({ period: '2024-02', count: 0 });
      });

      it('answers an entity page with one store call, and aliased selections with separate ones', async () => {
        calls.clear();
        const one = await api.query(`{ benchmark(name: "GSM8K") { name papers(first: 3) { totalCount edges { node { title } } } } }`);
        expect([...calls.entries()]).toEqual([['findEntityWithPapers', 1]]);
        calls.clear();
        const split = await api.query(
          `{ benchmark(name: "GSM8K") { name a: papers(first: 3) { totalCount edges { node { title } } } b: papers(first: 1) { totalCount } } }`,
        );
        expect(calls.get('findEntityWithPapers')).toBeUndefined();
        expect(calls.get('papersOfEntity')).toBe(2);
        expect(split.data!.benchmark.a).toEqual(one.data!.benchmark.papers);
      });

      it('refuses mutations while no API key is configured (writes over HTTP are off)', async () => {
        const { data, errors } = await api.query(
          `mutation { hideEntity(type: BENCHMARK, name: "GSM8K") { override { id } } }`,
          {},
          {
            authorization: 'Bearer anything-at-all-0123',
          },
        );
        expect(data).toEqual({ hideEntity: null });
        expect(errors![0]!.extensions!.code).toBe('FORBIDDEN');
        expect(errors![0]!.message).toMatch(/^writes over HTTP are off on this server: start it with an API key/);
        expect((await api.query(`{ benchmark(name: "GSM8K") { name } }`)).data!.benchmark).toEqual({ name: 'GSM8K' });
      });

      it('reports graph statistics', async () => {
        const { data } = await api.query(
          `{ stats { papers links byType { type count } topBenchmarks(first: 3) { name paperCount } topMethods { name } } }`,
        );
        expect(data!.stats.topBenchmarks[0]).toEqual({ name: 'GSM8K', paperCount: 5 });
        expect(data!.stats.topMethods.length).toBe(10);
        expect(data!.stats.papers).toBe(TOTAL);
        expect(data!.stats.byType.find((t: any) => t.type === 'REPO').count).toBeGreaterThan(0);
        const tooMany = await api.query('{ stats { topBenchmarks(first: 1000) { name } } }');
        expect(tooMany.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
        expect(tooMany.errors?.[0]?.message).toBe('"first" must be between 0 and 100, got 1000');
      });
    },
  );
  runWritesContract(subject);
}
