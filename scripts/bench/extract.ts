// npm run bench:extract [-- FILE [LIMIT]]: extraction speed on a JSON Lines corpus, one thread and
// all cores (the worker pool's start-up and cold first pass apart from a warm pass). Prints abstracts per second and per second per core, and on one thread entities alone
// against entities with results, by wall clock and by CPU time (the CPU figure holds up better on a
// machine other processes share).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { decodeModelBase64, defaultExtractorConfig, extractEntities, extractPaper } from '../../src/extract/index.js';
import { TAGGER_MODEL } from '../../src/extract/tagger/model-data.js';
import { readCorpusText } from '../../src/ingest/index.js';
import { ExtractorPool } from '../../src/parallel-extract.js';

const USAGE = `usage: npm run bench:extract [-- FILE [LIMIT]]

Extraction speed on a JSON Lines corpus (default ../shared/data/abstracts-ml-venues.jsonl, every line;
LIMIT takes the first LIMIT abstracts): one thread (entities alone, and with results; wall clock and CPU
time), then the worker pool on every core (start-up, the cold first pass and a warm pass). Prints abstracts
per second and per second per core. On a machine other processes share, the CPU figures hold up better.`;
const [file = '../shared/data/abstracts-ml-venues.jsonl', given] = process.argv.slice(2);
if (file === '--help' || file === '-h' || file.startsWith('-') || (given !== undefined && !(Number(given) > 0))) {
  const help = file === '--help' || file === '-h';
  (help ? process.stdout : process.stderr).write(`${USAGE}\n`);
  process.exit(help ? 0 : 2);
}
const limit = Number(given ?? Infinity);
const { papers: all } = readCorpusText(readFileSync(file, 'utf8'), file, 'jsonl');
const papers = all.slice(0, limit);
const cores = availableParallelism();
const decodeStarted = performance.now();
decodeModelBase64(TAGGER_MODEL);
const decode = performance.now() - decodeStarted;
const config = defaultExtractorConfig();
const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);

// One warm-up pass over everything, with the tagger and with the rules alone: compromise caches each
// word's tags, so whichever timed run came first would otherwise pay for the cache.
const rulesOnly = defaultExtractorConfig({ combination: 'rules' });
for (const p of papers) extractPaper(p, config);
for (const p of papers) extractEntities(p, rulesOnly);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let c = cpuMs();
let t = performance.now();
for (const p of papers) extractEntities(p, rulesOnly);
const rules = performance.now() - t;
const rulesCpu = cpuMs() - c;
c = cpuMs();
t = performance.now();
papers.forEach((p) => extractEntities(p, config));
const entitiesOnly = performance.now() - t;
const entitiesOnlyCpu = cpuMs() - c;
c = cpuMs();
t = performance.now();
const singleExtracted = papers.map((p) => extractPaper(p, config));
const single = performance.now() - t;
const singleCpu = cpuMs() - c;
const singleResults = singleExtracted.map((x) => x.entities);
// The timed passes above read abstracts the warm-up read, so the per-word caches (the tagger's word tables,
// compromise's tags, topic stems) hold all their words; an ingest keeps meeting new words. When the file has
// more, the same count of abstracts the process has not seen is timed too.
const unseenPapers = all.slice(papers.length, 2 * papers.length);
c = cpuMs();
t = performance.now();
for (const p of unseenPapers) extractPaper(p, config);
const unseen = performance.now() - t;
const unseenCpu = cpuMs() - c;
const entities = singleResults.reduce((n, e) => n + e.length, 0);
const results = singleExtracted.reduce((n, x) => n + x.results.length, 0);

// Workers: the pool's start-up (threads, loading the sources, decoding the model) and its first, cold pass
// are timed apart from a warm pass, the one comparable with the warm one-thread figures above. Each worker
// extracts only its share of a pass, and V8 optimises each worker's code and fills its caches anew: after one
// pass a worker had extracted 1/cores of the corpus, where the one thread had extracted it four times before
// its pass with results (twice with the tagger), and it still ran partly unoptimised code. So the pass timed
// as warm is the one after each worker's shares add up to the corpus once (`cores` passes).
// process.cpuUsage counts every thread of the process, so its figure is the workers' CPU per abstract.
c = cpuMs();
t = performance.now();
const pool = new ExtractorPool();
await pool.extract(papers.slice(0, 1));
const poolStart = performance.now() - t;
const poolStartCpu = cpuMs() - c;
c = cpuMs();
t = performance.now();
const parallel = await pool.extract(papers);
const multiCold = performance.now() - t;
const multiColdCpu = cpuMs() - c;
const outputs = [parallel];
const warmPasses: { wall: number; cpu: number }[] = [];
for (let pass = 1; pass <= cores; pass++) {
  c = cpuMs();
  t = performance.now();
  outputs.push(await pool.extract(papers));
  warmPasses.push({ wall: performance.now() - t, cpu: cpuMs() - c });
}
await pool.close();
const { wall: multi, cpu: multiCpu } = warmPasses[warmPasses.length - 1]!;
const singleText = JSON.stringify(singleExtracted.map((x) => [x.entities, x.results]));
const same = outputs.every((out) => JSON.stringify(out.map((p) => [p.entities, p.results])) === singleText);

console.log(`corpus: ${file} (${papers.length} abstracts, ${cores} cores)`);
console.log(
  `rules alone:  ${(rules / 1000).toFixed(1)} s, ${rate(papers.length, rules)} abstracts/s (one thread, without the tagger; CPU time: ${rate(papers.length, rulesCpu)} abstracts per CPU-second)`,
);
console.log(
  `one thread, entities only:  ${(entitiesOnly / 1000).toFixed(1)} s, ${rate(papers.length, entitiesOnly)} abstracts/s (CPU time: ${rate(papers.length, entitiesOnlyCpu)} abstracts per CPU-second)`,
);
console.log(
  `the tagger's share: ${((entitiesOnlyCpu - rulesCpu) / papers.length).toFixed(2)} ms CPU per abstract (entities only minus rules alone); ` +
    `decoding the model: ${decode.toFixed(0)} ms (once per process or worker)`,
);
console.log(
  `one thread, with results:   ${(single / 1000).toFixed(1)} s, ${rate(papers.length, single)} abstracts/s (CPU time: ${rate(papers.length, singleCpu)} abstracts per CPU-second), ` +
    `${(entities / papers.length).toFixed(1)} entities and ${(results / papers.length).toFixed(2)} results per abstract`,
);
if (unseenPapers.length > 0)
  console.log(
    `one thread, with results, ${unseenPapers.length} abstracts not seen before: ${(unseen / 1000).toFixed(1)} s, ${rate(unseenPapers.length, unseen)} abstracts/s (CPU time: ${rate(unseenPapers.length, unseenCpu)} abstracts per CPU-second)`,
  );
const cpuPer = (ms: number): string => (ms / papers.length).toFixed(2);
console.log(
  `${cores} workers, start-up: ${poolStart.toFixed(0)} ms (${poolStartCpu.toFixed(0)} ms CPU: threads, sources, model)`,
);
console.log(
  `${cores} workers, first pass (cold caches): ${(multiCold / 1000).toFixed(1)} s, ${rate(papers.length, multiCold)} abstracts/s = ${(papers.length / (multiCold / 1000) / cores).toFixed(0)} per second per core (${cpuPer(multiColdCpu)} ms CPU per abstract)`,
);
console.log(
  `${cores} workers, passes 2–${cores + 1}: ${warmPasses.map((p) => cpuPer(p.cpu)).join(', ')} ms CPU per abstract`,
);
console.log(
  `${cores} workers, pass ${cores + 1} (warm):    ${(multi / 1000).toFixed(1)} s, ${rate(papers.length, multi)} abstracts/s = ${(papers.length / (multi / 1000) / cores).toFixed(0)} per second per core (${cpuPer(multiCpu)} ms CPU per abstract; one thread: ${cpuPer(singleCpu)})`,
);
console.log(`parallel output equals single-threaded output: ${same}`);
