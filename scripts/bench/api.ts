// npm run bench:api [-- --store memory|neo4j|both] [--corpus FILE] [--concurrency 16] [--requests 2000] [--only NAME-PART]
// Latency and throughput of the API's main queries over HTTP. The server runs as its own process
// (the built CLI); autocannon, in this process, is the load generator. Neo4j: set NEO4J_URI (npm run neo4j:start).
// The corpus is ingested first when the store holds a different number of papers.
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cpuSeconds, neo4jPid, startProcess } from './support.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: 'both' },
    corpus: { type: 'string', default: '../shared/data/abstracts-ml-venues.jsonl' },
    concurrency: { type: 'string', default: '16' },
    requests: { type: 'string', default: '2000' },
    'data-dir': { type: 'string', default: '.papergraph-bench' },
    only: { type: 'string' },
  },
});
const concurrency = Number(values.concurrency);
const requests = Number(values.requests);
const stores = values.store === 'both' ? ['memory', 'neo4j'] : [values.store!];

interface Case {
  readonly name: string;
  readonly build: (i: number) => { query: string; variables: Record<string, unknown> };
}

// Only the shapes this script reads.
type Listing = { data: Record<string, { edges: { node: { name: string; id: string } }[] }> };

async function post(url: string, body: unknown): Promise<Listing> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { errors?: { message: string }[] };
  if (json.errors) throw new Error(json.errors[0]!.message);
  return json as Listing;
}

/** Runs one case with autocannon (a load generator light enough to leave the cores to the server). */
async function load(url: string, c: Case, amount: number): Promise<{ result: autocannon.Result; seconds: number }> {
  let i = 0;
  let answered = 0;
  let last = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        connections: concurrency,
        amount,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(c.build(i++)) }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // autocannon ends a run on its one-second tick; throughput counts up to the last response.
    run.on('response', () => {
      if (++answered === amount) last = performance.now();
    });
  });
  if (result.errors || result.timeouts || result.non2xx) {
    throw new Error(`${c.name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`);
  }
  return { result, seconds: ((last || performance.now()) - started) / 1000 };
}

async function measure(url: string, c: Case, processes: Record<string, number | undefined>): Promise<string> {
  // Every request of the case must be a valid query: GraphQL errors come back with status 200.
  for (let i = 0; i < 50; i++) await post(url, c.build(i));
  await load(url, c, Math.ceil(requests / 4));
  const cpuBefore = Object.entries(processes).map(([name, pid]) => [name, pid, cpuSeconds(pid)] as const);
  const { result, seconds } = await load(url, c, requests);
  const cpu = cpuBefore
    .map(([name, pid, before]) => {
      const after = cpuSeconds(pid);
      return before === undefined || after === undefined ? '' : `   ${name} ${(((after - before) * 1000) / requests).toFixed(2)}`;
    })
    .join('');
  const { p50, p99 } = result.latency;
  return `${c.name.padEnd(34)} p50 ${String(p50).padStart(4)} ms   p99 ${String(p99).padStart(4)} ms   ${String(Math.round(requests / seconds)).padStart(5)} req/s${cpu ? `   CPU ms/req:${cpu}` : ''}`;
}

function startServer(store: string): ReturnType<typeof startProcess> {
  const env = { ...process.env, ...(store === 'memory' ? { NEO4J_URI: '' } : {}) };
  // The flags `npm start` and the papergraph command use (see src/cli/main.ts); port 0: a free one.
  const args = ['--max-semi-space-size=32', 'dist/cli/main.js', 'serve', '--port', '0', '--no-ide', '--data-dir', values['data-dir']!];
  return startProcess(args, env, 'papergraph API at');
}

spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
const corpusSize = readFileSync(values.corpus!, 'utf8').split('\n').filter(Boolean).length;
for (const store of stores) {
  if (store === 'neo4j' && !process.env['NEO4J_URI']) {
    console.log('neo4j: skipped (set NEO4J_URI; npm run neo4j:start starts one)');
    continue;
  }
  const env = { ...process.env, ...(store === 'memory' ? { NEO4J_URI: '' } : {}) };
  const stats = JSON.parse(
    spawnSync(process.execPath, ['dist/cli/main.js', 'stats', '--json', '--data-dir', values['data-dir']!], { env }).stdout.toString(),
  ) as { papers: number };
  if (stats.papers !== corpusSize) {
    console.log(`${store}: ingesting ${values.corpus} (${corpusSize} papers)...`);
    spawnSync(process.execPath, ['dist/cli/main.js', 'ingest', values.corpus!, '-q', '--data-dir', values['data-dir']!], {
      env,
      stdio: 'inherit',
    });
  }
  const { child: server, url } = await startServer(store);
  try {
    const benchmarks = (await post(url, { query: '{ benchmarks(first: 50) { edges { node { name } } } }' })).data['benchmarks']!.edges.map(
      (e) => e.node.name,
    );
    const methods = (await post(url, { query: '{ methods(first: 50) { edges { node { name } } } }' })).data['methods']!.edges.map(
      (e) => e.node.name,
    );
    const papers = (await post(url, { query: '{ papers(first: 100) { edges { node { id } } } }' })).data['papers']!.edges.map(
      (e) => e.node.id,
    );
    const cases: Case[] = [
      {
        name: 'entity page (benchmark, 20 papers)',
        build: (i) => ({
          query:
            'query($n: String!) { benchmark(name: $n) { name paperCount papers(first: 20) { totalCount edges { node { title published } evidence { sentence } } } } }',
          variables: { n: benchmarks[i % benchmarks.length] },
        }),
      },
      {
        name: 'entity page (method, 20 papers)',
        build: (i) => ({
          query:
            'query($n: String!) { method(name: $n) { name paperCount papers(first: 20) { edges { node { title } evidence { sentence } } } } }',
          variables: { n: methods[i % methods.length] },
        }),
      },
      {
        name: 'relatedPapers (10)',
        build: (i) => ({
          query: 'query($id: ID!) { relatedPapers(paperId: $id, first: 10) { edges { score node { title } shared { type name } } } }',
          variables: { id: papers[i % papers.length] },
        }),
      },
      {
        name: 'neighborhood depth 2, limit 200',
        build: (i) => ({
          query:
            'query($n: String!) { neighborhood(of: {type: BENCHMARK, name: $n}, depth: 2, limit: 200) { nodes { id label type size } edges { id source target } truncated } }',
          variables: { n: benchmarks[i % benchmarks.length] },
        }),
      },
      {
        name: 'papers list with nested entities',
        build: (i) => ({
          query:
            'query($after: String) { papers(first: 20, after: $after) { edges { node { title methods { name paperCount } benchmarks { name } } } } }',
          variables: { after: null, i },
        }),
      },
      {
        name: 'full-text search',
        build: (i) => ({
          query: 'query($s: String!) { papers(search: $s, first: 10) { totalCount edges { score node { title } } } }',
          variables: { s: ['graph neural network', 'diffusion', 'reinforcement learning', 'transformer', 'contrastive'][i % 5] },
        }),
      },
    ];
    const chosen = values.only ? cases.filter((c) => c.name.includes(values.only!)) : cases;
    const processes = { api: server.pid, loadgen: process.pid, ...(store === 'neo4j' ? { neo4j: neo4jPid() } : {}) };
    console.log(
      `\n${store} store, ${corpusSize} papers, ${concurrency} concurrent clients (autocannon connections), ${requests} requests per query after ${Math.ceil(requests / 4)} of warm-up; latency in whole milliseconds:`,
    );
    for (const c of chosen) console.log(await measure(url, c, processes));
  } finally {
    server.kill('SIGTERM');
  }
}
