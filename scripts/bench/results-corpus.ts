// Corpus-scale result counts: extracts every abstract of the given JSON Lines files on all cores and
// prints how many results they yield, how many benchmarks get a leaderboard of at least 5 ranked
// (absolute) rows, and the extraction speed with results on.
//   npx tsx scripts/bench/results-corpus.ts [FILES...]   (default: both corpora in ../shared/data)
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readCorpusText } from '../../src/ingest/index.js';
import { extractInParallel } from '../../src/parallel-extract.js';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['../shared/data/abstracts-arxiv-daily.jsonl', '../shared/data/abstracts-ml-venues.jsonl'];
const papers = files.flatMap((f) => readCorpusText(readFileSync(f, 'utf8'), f, 'jsonl').papers);
const unique = [...new Map(papers.map((p) => [p.id, p])).values()];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const c0 = cpu();
const t0 = performance.now();
const extracted = await extractInParallel(unique);
const seconds = (performance.now() - t0) / 1000;
const cores = availableParallelism();
let results = 0;
let deltas = 0;
let withSubject = 0;
let withMetric = 0;
let papersWithResults = 0;
const rows = new Map<string, number>();
for (const x of extracted) {
  if (x.results?.length) papersWithResults++;
  for (const r of x.results ?? []) {
    results++;
    if (r.isDelta) deltas++;
    if (r.subject) withSubject++;
    if (r.metric) withMetric++;
    if (!r.isDelta) rows.set(r.benchmark.key, (rows.get(r.benchmark.key) ?? 0) + 1);
  }
}
const boards = [...rows.entries()].sort((a, b) => b[1] - a[1]);
console.log(`abstracts: ${unique.length} (${files.join(', ')})`);
console.log(`results: ${results} (${results - deltas} absolute, ${deltas} deltas) from ${papersWithResults} papers`);
console.log(`with a subject: ${withSubject}, with a metric: ${withMetric}`);
console.log(`benchmarks with a leaderboard of >= 5 rows: ${boards.filter(([, n]) => n >= 5).length} (>= 1 row: ${boards.length})`);
console.log(
  `largest: ${boards
    .slice(0, 10)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
console.log(
  `extraction with results, ${cores} workers: ${seconds.toFixed(1)} s wall = ${(unique.length / seconds / cores).toFixed(0)} abstracts per second per core (main thread CPU ${(cpu() - c0).toFixed(1)} s)`,
);
