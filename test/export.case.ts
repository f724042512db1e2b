import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSubgraph, selectForExport, selectResultsForExport } from '../src/export/index.js';
import type { GraphStore } from '../src/graph/index.js';
import { ingestFiles } from '../src/pipeline.js';

/** Exports of the sample, read back with each format's library reader; run against each store. */
export function runExportContract(subject: { name: string; open: () => Promise<GraphStore>; skip?: string }): void {
  describe.skipIf(subject.skip !== undefined)(`exports: ${subject.name}${subject.skip ? ` (skipped: ${subject.skip})` : ''}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await subject.open();
      await ingestFiles(store, ['data/hf-daily-papers-sample.txt']);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('exports the whole graph with every paper, entity and link', async () => {
      const all = await selectForExport(store, {});
      const stats = await store.stats();
      expect(all.nodes).toHaveLength(stats.papers + stats.byType.reduce((n, t) => n + t.count, 0));
      expect(all.edges).toHaveLength(stats.edges);
      const gexf = parseGexf(MultiDirectedGraph, exportSubgraph(all, 'gexf'));
      expect([gexf.order, gexf.size]).toEqual([all.nodes.length, all.edges.length]);
    });

    it('writes GEXF, GraphML, Cytoscape JSON and CSV that their readers read back', async () => {
      const around = await selectForExport(store, { around: 'benchmark:swe bench lite', depth: 2 });
      const nodes = around.nodes.length;
      const edges = around.edges.length;
      expect(nodes).toBeGreaterThan(5);

      const gexf = parseGexf(MultiDirectedGraph, exportSubgraph(around, 'gexf'));
      expect([gexf.order, gexf.size]).toEqual([nodes, edges]);
      expect(gexf.getNodeAttributes('benchmark:swebenchlite')).toMatchObject({ label: 'SWE-bench Lite', type: 'benchmark', paperCount: 1 });

      const graphmlText = exportSubgraph(around, 'graphml');
      const keyTypes = Object.fromEntries(
        [...graphmlText.matchAll(/<key id="n_(\w+)" for="node" attr\.name="\w+" attr\.type="(\w+)"/g)].map((m) => [m[1], m[2]]),
      );
      // Whole numbers as int, as GEXF types them (networkx would read 2024.0 from a double).
      expect(keyTypes).toMatchObject({ paperCount: 'int' });
      const graphml = parseGraphml(MultiDirectedGraph, graphmlText);
      expect([graphml.order, graphml.size]).toEqual([nodes, edges]);
      expect(graphml.getNodeAttributes('benchmark:swebenchlite')).toMatchObject({ label: 'SWE-bench Lite', type: 'benchmark' });
      const firstEdge = graphml.edges()[0]!;
      expect(graphml.getEdgeAttributes(firstEdge)).toMatchObject({ type: expect.stringMatching(/^[A-Z_]+$/), weight: expect.any(Number) });

      const cytoscape = JSON.parse(exportSubgraph(around, 'cytoscape-json'));
      expect([cytoscape.elements.nodes.length, cytoscape.elements.edges.length]).toEqual([nodes, edges]);
      expect(cytoscape.elements.edges[0].data).toMatchObject({
        source: expect.any(String),
        target: expect.any(String),
        weight: expect.any(Number),
      });

      const csv = exportSubgraph(around, 'csv').trim().split('\n');
      expect(csv[0]).toBe('source,target,type,weight,source_label,source_type,target_label,target_type');
      expect(csv).toHaveLength(edges + 1);
      expect(exportSubgraph(around, 'csv-nodes').trim().split('\n')).toHaveLength(nodes + 1);
    });

    it('lists the nodes with their aliases in csv-nodes', async () => {
      const all = await selectForExport(store, {});
      const aliased = all.nodes.find((n) => Array.isArray(n.properties['aliases']) && n.properties['aliases'].length > 1);
      expect(aliased).toBeDefined();
      const rows = exportSubgraph(all, 'csv-nodes').trim().split('\n');
      expect(rows[0]).toBe('id,label,type,size,aliases,published,url,authors,venue,arxivId,categories');
      const row = rows.find((r) => r.startsWith(`${aliased!.id},`))!;
      expect(row).toContain((aliased!.properties['aliases'] as string[]).join('; '));
    });

    it('takes dataset: as another name for benchmark:', async () => {
      const asDataset = await selectForExport(store, { around: 'dataset:GSM8K', depth: 1 });
      expect(asDataset.nodes.length).toBeGreaterThan(1);
      expect(asDataset).toEqual(await selectForExport(store, { around: 'benchmark:GSM8K', depth: 1 }));
    });

    it("writes the papers' results as CSV and as attributes of their EVALUATES_ON edges", async () => {
      const around = await selectForExport(store, { around: 'benchmark:SWE-bench Lite', depth: 1 });
      const results = await selectResultsForExport(store, around, false);
      const csv = exportSubgraph(around, 'results-csv', results).trim().split('\n');
      expect(csv[0]).toBe(
        'paper_id,paper_title,benchmark,value,unit,metric,subject,condition,is_delta,change,bound,confidence,mention,sentence',
      );
      expect(csv).toHaveLength(results.length + 1);
      expect(csv.some((line) => /,SWE-bench Lite,56,%,,DeepSeek-V2-Coder-Instruct,with 250 samples,false,,/.test(line))).toBe(true);
      // Around a benchmark, its papers' results on it: not those on benchmarks outside the export.
      const gsm = await selectForExport(store, { around: 'benchmark:GSM8K', depth: 1 });
      const onGsm = await selectResultsForExport(store, gsm, false);
      expect(onGsm.length).toBeGreaterThan(0);
      expect(new Set(onGsm.map((r) => r.benchmarkId))).toEqual(new Set(['benchmark:gsm8k']));
      const all = await selectForExport(store, {});
      expect(
        exportSubgraph(all, 'results-csv', await selectResultsForExport(store, all, true))
          .trim()
          .split('\n').length,
      ).toBe((await store.allResults()).length + 1);

      const edge = 'Large Language Monkeys';
      const gexf = parseGexf(MultiDirectedGraph, exportSubgraph(around, 'gexf', results));
      const graphml = parseGraphml(MultiDirectedGraph, exportSubgraph(around, 'graphml', results));
      for (const graph of [gexf, graphml]) {
        const onBenchmark = graph.filterEdges(
          (_, a, source, target) =>
            target === 'benchmark:swebenchlite' && a.type === 'EVALUATES_ON' && graph.getNodeAttribute(source, 'label').startsWith(edge),
        );
        expect(onBenchmark).toHaveLength(1);
        const attrs = graph.getEdgeAttributes(onBenchmark[0]!);
        expect(attrs.results).toContain('56% DeepSeek-V2-Coder-Instruct (with 250 samples)');
        expect(Number(attrs.resultCount)).toBe(3);
      }
      const cytoscape = JSON.parse(exportSubgraph(around, 'cytoscape-json', results));
      expect(cytoscape.elements.edges.filter((e: any) => e.data.resultCount === 3)).toHaveLength(1);
    });

    it('explains a bad selection', async () => {
      await expect(selectForExport(store, { around: 'conference:ImageNet' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      await expect(selectForExport(store, { around: 'benchmark:No Such Thing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(selectForExport(store, { around: 'benchmark:GSM8K', depth: 5 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });
}
