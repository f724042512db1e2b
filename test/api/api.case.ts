import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';
import { countingStore, startApi, type ApiHarness } from '../support/api.js';

const MONKEYS = 'Large Language Monkeys: Scaling Inference Compute with Repeated Sampling';

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
        await ingestFiles(opened, ['data/hf-daily-papers-sample.txt']);
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

      it('returns null for an unknown entity', async () => {
        const { data, errors } = await api.query(`{ benchmark(name: "no such benchmark anywhere") { name } }`);
        expect(errors).toBeUndefined();
        expect(data!.benchmark).toBeNull();
      });

      it('pages through all papers with cursors', async () => {
        const seen: string[] = [];
        let after: string | null = null;
        let total = 0;
        for (let page = 0; page < 10; page++) {
          const { data }: { data?: Record<string, any> } = await api.query(
            `query($after: String) { papers(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
            { after },
          );
          total = data!.papers.totalCount;
          seen.push(...data!.papers.edges.map((e: any) => e.node.id));
          if (!data!.papers.pageInfo.hasNextPage) break;
          after = data!.papers.pageInfo.endCursor;
        }
        expect(total).toBe(68);
        expect(seen).toHaveLength(68);
        expect(new Set(seen).size).toBe(68);
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
          `query($id: ID!) { relatedPapers(paperId: $id, first: 5) { score paper { id title } shared { name type } } }`,
          { id },
        );
        expect(errors).toBeUndefined();
        const related = data!.relatedPapers;
        expect(related.length).toBeGreaterThan(0);
        expect(related.map((r: any) => r.paper.id)).not.toContain(id);
        for (const r of related) expect(r.shared.length).toBeGreaterThan(0);
        const scores = related.map((r: any) => r.score);
        expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
      });

      it('maps bad arguments and unknown ids to stable error codes', async () => {
        const tooMany = await api.query(`{ papers(first: 1000) { totalCount } }`);
        expect(tooMany.errors![0]!.extensions!.code).toBe('INVALID_ARGUMENT');
        expect(tooMany.errors![0]!.message).toBe('"first" must be between 0 and 100, got 1000');
        const badCursor = await api.query(`{ papers(after: "nonsense") { totalCount } }`);
        expect(badCursor.errors![0]!.extensions!.code).toBe('INVALID_ARGUMENT');
        const unknown = await api.query(`{ relatedPapers(paperId: "no-such-paper") { score } }`);
        expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
      });

      it('batches nested lookups: store calls do not grow with the number of papers', async () => {
        const nested = (first: number) =>
          `{ papers(first: ${first}) { edges { node { title methods { name paperCount } benchmarks { name paperCount } models { name } } } } }`;
        const roundTrips = async (first: number) => {
          calls.clear();
          const { errors } = await api.query(nested(first));
          expect(errors).toBeUndefined();
          return [...calls.values()].reduce((a, b) => a + b, 0);
        };
        const small = await roundTrips(2);
        const large = await roundTrips(40);
        expect(large).toBe(small);
        expect(calls.get('linksOfPapers')).toBe(1);
      });

      it('reports graph statistics', async () => {
        const { data } = await api.query(`{ stats { papers links byType { type count } } }`);
        expect(data!.stats.papers).toBe(68);
        expect(data!.stats.byType.find((t: any) => t.type === 'REPO').count).toBeGreaterThan(0);
      });
    },
  );
}
