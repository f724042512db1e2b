// relatedPapers on the in-process store (or, with NEO4J_URI, on that Neo4j after deleting its
// papergraph data): what HyperAttention finds on the bundled sample, and the time per call for up to
// 500 papers of a corpus (default the sample; pass a file for a larger one).
//   npx tsx scripts/bench/related.ts [corpus-file]
import { MemoryStore, Neo4jStore, type GraphStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';

const VIA = ['method', 'benchmark', 'model', 'task', 'topic'] as const;
const file = process.argv[2] ?? 'data/hf-daily-papers-sample.txt';
const uri = process.env['NEO4J_URI'];
let store: GraphStore = await MemoryStore.open();
if (uri) {
  const neo4j = await Neo4jStore.open({ uri });
  await neo4j.deleteEverything();
  await neo4j.migrate();
  store = neo4j;
}
await ingestFiles(store, [file]);
const ids = (await store.listPapers({ first: 1_000_000, offset: 0 })).items.map((i) => i.paper.id);

const hyper = (await store.listPapers({ search: 'HyperAttention', first: 1, offset: 0 })).items[0]?.paper;
if (hyper && file.endsWith('hf-daily-papers-sample.txt')) {
  const related = (await store.relatedPapers(hyper.id, { via: VIA, text: true, first: 10, offset: 0 }))!;
  process.stdout.write(`relatedPapers of "${hyper.title}" (${related.totalCount} related):\n`);
  for (const r of related.items) {
    const why = [...r.shared.map((e) => `${e.type}:${e.name}`), ...(r.textSimilarity ? [`text ${r.textSimilarity.toFixed(2)}`] : [])];
    process.stdout.write(`  ${r.score.toFixed(2)}  ${r.paper.title.slice(0, 72)}  [${why.join(', ')}]\n`);
  }
}

for (const text of [false, true]) {
  const sample = ids.slice(0, 500);
  await store.relatedPapers(sample[0]!, { via: VIA, text, first: 10, offset: 0 }); // builds the search index
  const started = process.hrtime.bigint();
  for (const id of sample) await store.relatedPapers(id, { via: VIA, text, first: 10, offset: 0 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6 / sample.length;
  process.stdout.write(
    `${text ? 'entities + topics + text' : 'entities + topics       '}: ${ms.toFixed(2)} ms per call (${sample.length} papers of ${ids.length})\n`,
  );
}
await store.close();
