import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';
import { startApi, type ApiHarness } from '../support/api.js';

const FILES = ['test/fixtures/arxiv-entry-with-authors.atom', 'test/fixtures/paper-with-record-id.jsonl'];

/** Paper metadata (authors, venue, arXiv id, record id) over GraphQL; run against each store. */
export function runPaperMetadataContract(subject: { name: string; open: () => Promise<GraphStore>; skip?: string | undefined }): void {
  describe.skipIf(subject.skip !== undefined)(
    `Paper metadata over GraphQL: ${subject.name}${subject.skip ? ` (skipped: ${subject.skip})` : ''}`,
    () => {
      let api: ApiHarness;
      let store: GraphStore;
      beforeAll(async () => {
        store = await subject.open();
        await ingestFiles(store, FILES);
        api = await startApi(store);
      });
      afterAll(async () => {
        await api?.server.stop();
        await store?.close();
      });

      it('serves authors, venue, arXiv id, categories, year and the abstract and PDF links', async () => {
        const { data, errors } = await api.query(`{
        paper(id: "arxiv:2310.05869") { id title authors venue arxivId categories year published abstractUrl pdfUrl recordId }
      }`);
        expect(errors).toBeUndefined();
        expect(data?.['paper']).toEqual({
          id: 'arxiv:2310.05869',
          title: 'HyperAttention: Long-context Attention in Near-Linear Time',
          authors: ['Insu Han', 'Rajesh Jayaram'],
          venue: 'ICLR 2024',
          arxivId: '2310.05869',
          categories: ['cs.LG', 'cs.DS'],
          year: 2023,
          published: '2023-10-09',
          abstractUrl: 'https://arxiv.org/abs/2310.05869',
          pdfUrl: 'https://arxiv.org/pdf/2310.05869',
          recordId: null,
        });
      });

      it('serves the metadata on list and entity pages that ask for it, also through a fragment, and leaves it out of those that do not', async () => {
        const { data, errors } = await api.query(`{
        papers(first: 5) { edges { node { id ...meta } } }
        plain: papers(first: 5) { edges { node { id title } } }
        paper(id: "arxiv:2310.05869") { methods { name } }
      }
      fragment meta on Paper { authors arxivId }`);
        expect(errors).toBeUndefined();
        const method = data?.['paper'].methods[0].name as string;
        const entityPage = await api.query(`query($n: String!) { method(name: $n) { papers { edges { node { id pdfUrl } } } } }`, {
          n: method,
        });
        expect(entityPage.errors).toBeUndefined();
        const hyper = (edges: { node: { id: string } }[]) => edges.find((e) => e.node.id === 'arxiv:2310.05869')?.node;
        expect(hyper(data?.['papers'].edges)).toEqual({
          id: 'arxiv:2310.05869',
          authors: ['Insu Han', 'Rajesh Jayaram'],
          arxivId: '2310.05869',
        });
        expect(hyper(data?.['plain'].edges)).toEqual({
          id: 'arxiv:2310.05869',
          title: 'HyperAttention: Long-context Attention in Near-Linear Time',
        });
        expect(hyper(entityPage.data?.['method'].papers.edges)).toEqual({
          id: 'arxiv:2310.05869',
          pdfUrl: 'https://arxiv.org/pdf/2310.05869',
        });
      });

      it('reads what a selection shows under the variables of each request, when one document is sent with others', async () => {
        const document = `query($meta: Boolean!) { papers(first: 5) { edges { node { id authors @include(if: $meta) } } } }`;
        const hyper = (result: { data?: Record<string, any> | null }) =>
          result.data?.['papers'].edges.find((e: { node: { id: string } }) => e.node.id === 'arxiv:2310.05869')?.node;
        const without = await api.query(document, { meta: false });
        const withMeta = await api.query(document, { meta: true });
        expect([without.errors, withMeta.errors]).toEqual([undefined, undefined]);
        expect(hyper(without)).toEqual({ id: 'arxiv:2310.05869' });
        expect(hyper(withMeta)).toEqual({ id: 'arxiv:2310.05869', authors: ['Insu Han', 'Rajesh Jayaram'] });
      });

      it('finds a paper by the id its record had, though its id is the arXiv id', async () => {
        const { data, errors } = await api.query(`{
        paper(id: "p1") { id recordId }
        relatedPapers(paperId: "p1", first: 1) { totalCount }
        byEntities: relatedPapers(paperId: "p1", via: [BENCHMARK, METHOD], first: 1) { edges { node { id } } }
        neighborhood(of: { id: "p1" }, depth: 1) { nodes { id } }
      }`);
        expect(errors).toBeUndefined();
        expect(data?.['paper']).toEqual({ id: 'arxiv:2407.21787', recordId: 'p1' });
        expect(data?.['neighborhood'].nodes[0]).toEqual({ id: 'arxiv:2407.21787' });
      });

      it('finds a paper by its bare arXiv id or URL, and says what paper ids look like when none matches', async () => {
        const { data, errors } = await api.query(`{
        bare: paper(id: "2407.21787") { id }
        url: paper(id: "https://arxiv.org/abs/2407.21787v2") { id }
        relatedPapers(paperId: "2407.21787", first: 1) { totalCount }
        neighborhood(of: { id: "2407.21787" }, depth: 1) { nodes { id } }
      }`);
        expect(errors).toBeUndefined();
        expect([data?.['bare'], data?.['url']]).toEqual([{ id: 'arxiv:2407.21787' }, { id: 'arxiv:2407.21787' }]);
        expect(data?.['neighborhood'].nodes[0]).toEqual({ id: 'arxiv:2407.21787' });
        const missing = await api.query(`{ paper(id: "2407.99999") { id } }`);
        expect(missing.errors?.[0]?.message).toContain('paper ids are "arxiv:<arXiv id>"');
        expect(missing.errors?.[0]?.message).toContain('or for a paper with neither its title as a slug, cut short, and a hash');
      });

      it('filters papers by venue and by author', async () => {
        const { data, errors } = await api.query(`{
        venue: papers(where: { venue: "iclr 2024" }) { totalCount edges { node { id } } }
        author: papers(where: { author: "bradley brown" }) { totalCount edges { node { id } } }
        none: papers(where: { author: "Nobody" }) { totalCount }
      }`);
        expect(errors).toBeUndefined();
        expect(data).toEqual({
          venue: { totalCount: 1, edges: [{ node: { id: 'arxiv:2310.05869' } }] },
          author: { totalCount: 1, edges: [{ node: { id: 'arxiv:2407.21787' } }] },
          none: { totalCount: 0 },
        });
      });
    },
  );
}
