// npm run bench:extract [-- FILE [LIMIT]]: extraction speed on a JSON Lines corpus, one thread and
// all cores. Prints abstracts per second and per second per core.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defaultExtractorConfig, extractEntities } from '../../src/extract/index.js';
import { readCorpusText } from '../../src/ingest/index.js';
import { extractInParallel } from '../../src/parallel-extract.js';

const file = process.argv[2] ?? '../shared/data/abstracts-ml-venues.jsonl';
const limit = Number(process.argv[3] ?? Infinity);
const { papers: all } = readCorpusText(readFileSync(file, 'utf8'), file, 'jsonl');
const papers = all.slice(0, limit);
const cores = availableParallelism();
const config = defaultExtractorConfig();
const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);

// The rules alone first, which also warms the JIT and compromise's word cache for the whole corpus, then
// the rules alone again and the default (rules + tagger) timed in the same conditions.
const rulesOnly = defaultExtractorConfig({ combination: 'rules' });
for (const p of papers) extractEntities(p, rulesOnly);
let t = performance.now();
for (const p of papers) extractEntities(p, rulesOnly);
const rules = performance.now() - t;
for (const p of papers.slice(0, 500)) extractEntities(p, config);
t = performance.now();
const singleResults = papers.map((p) => extractEntities(p, config));
const single = performance.now() - t;
const entities = singleResults.reduce((n, e) => n + e.length, 0);

t = performance.now();
const parallel = await extractInParallel(papers);
const multi = performance.now() - t;
const same = JSON.stringify(parallel.map((p) => p.entities)) === JSON.stringify(singleResults);

console.log(`corpus: ${file} (${papers.length} abstracts, ${cores} cores)`);
console.log(`rules alone:  ${(rules / 1000).toFixed(1)} s, ${rate(papers.length, rules)} abstracts/s (one thread, without the tagger)`);
console.log(
  `one thread:   ${(single / 1000).toFixed(1)} s, ${rate(papers.length, single)} abstracts/s, ${(entities / papers.length).toFixed(1)} entities per abstract`,
);
console.log(
  `${cores} workers:    ${(multi / 1000).toFixed(1)} s, ${rate(papers.length, multi)} abstracts/s = ${(papers.length / (multi / 1000) / cores).toFixed(0)} per second per core`,
);
console.log(`parallel output equals single-threaded output: ${same}`);
