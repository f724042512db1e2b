// npm run bench [-- --papers N | --corpus FILE] [--quick] [--source] [--store both|neo4j|memory] [--skip extract,ingest,api]
//               [--concurrency 16] [--requests 1200] [--rounds 3] [--only NAME-PART] [--out bench/results.json]
//               [--port N] [--library-port N] (default: free ports)
// One benchmark for papergraph at corpus scale, on the real corpora of ../shared/data: extraction
// throughput, ingest and re-ingest, API latency on both stores, and on Neo4j the same questions
// through the Neo4j GraphQL Library (alternating rounds, same database) and the driver-only floor.
// Prints a table and writes bench/results.json. Neo4j: set NEO4J_URI (npm run neo4j:start).
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { defaultExtractorConfig, extractEntities } from '../../src/extract/index.js';
import { Neo4jStore } from '../../src/graph/index.js';
import { readCorpusText } from '../../src/ingest/index.js';
import { extractInParallel } from '../../src/parallel-extract.js';
import { sideBySideCases, type Fixtures } from './side-by-side-cases.js';
import {
  callLoad,
  cpuSeconds,
  httpLoad,
  neo4jPid,
  peakRssMb,
  postGraphql,
  startProcess,
  stopProcess,
  summarize,
  type GraphqlRequest,
  type Latency,
} from './support.js';

const USAGE = `npm run bench [-- options]
  One benchmark for papergraph at corpus scale on ../shared/data: extraction, ingest and re-ingest, API latency
  on both stores, and on Neo4j the same questions through the Neo4j GraphQL Library and the driver-only floor.
  Prints a table and writes bench/results.json. Neo4j: set NEO4J_URI (npm run neo4j:start starts one).

  --papers N            subsample N papers of both corpora (default: all, 121k)
  --corpus FILE         one corpus file instead
  --quick               a few thousand papers, fewer requests (the CI smoke test)
  --store S             both | neo4j | memory (default both)
  --skip LIST           extract,ingest,api: steps to leave out (ingest skipped: the store's current graph)
  --concurrency N       HTTP connections (default 16)
  --requests N          measured requests per query and side, split over the rounds (default 1200, quick 200)
  --rounds N            alternating rounds (default 3, quick 2)
  --warmup N            on Neo4j, requests per query and side sent under load before the measured rounds,
                        unmeasured (default: as many as --requests, at most 1000; quick 0). A server still
                        compiling its request path (JIT) spends 2-4x its settled CPU per request; papergraph's
                        reaches its settled rate after a few thousand requests of a query. 0: measured from
                        the 20 requests that check each query for errors on
  --only TEXT           only the queries whose name contains TEXT
  --out FILE            the JSON report (default bench/results.json)
  --port N, --library-port N   HTTP ports of papergraph's API and of the library's server (default: free ports)
  --work-dir DIR        the in-process store's directory (default .papergraph-bench)
  --source              run the CLI from its TypeScript sources (no build)
  --help                this text`;

const parsed = (() => {
  try {
    return parseArgs({
      options: {
        help: { type: 'boolean', default: false },
    papers: { type: 'string', default: '0' },
    corpus: { type: 'string' },
    // The CLI from its TypeScript sources through tsx instead of the build (no build step).
    source: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    store: { type: 'string', default: 'both' },
    skip: { type: 'string', default: '' },
    concurrency: { type: 'string', default: '16' },
    requests: { type: 'string' },
    rounds: { type: 'string' },
    warmup: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench/results.json' },
    // The HTTP ports of papergraph's API and of the Neo4j GraphQL Library's server.
    port: { type: 'string', default: '0' },
    'library-port': { type: 'string', default: '0' },
        'work-dir': { type: 'string', default: '.papergraph-bench' },
      },
    });
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
})();
if (parsed.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const { values } = parsed;
const CORPORA = ['../shared/data/abstracts-ml-venues.jsonl', '../shared/data/abstracts-arxiv-daily.jsonl'];
const quick = values.quick!;
const wanted = Number(values.papers) || (quick ? 3000 : 0);
const concurrency = Number(values.concurrency);
const requests = Number(values.requests ?? (quick ? 200 : 1200));
const rounds = Number(values.rounds ?? (quick ? 2 : 3));
const warmup = Number(values.warmup ?? (quick ? 0 : Math.min(1000, requests)));
const skip = new Set(values.skip!.split(',').filter(Boolean));
const stores = (values.store === 'both' ? ['memory', 'neo4j'] : [values.store!]).filter(
  (s) =>
    s !== 'neo4j' || process.env['NEO4J_URI'] || (console.log('neo4j: skipped (set NEO4J_URI; npm run neo4j:start starts one)'), false),
);
const workDir = values['work-dir']!;
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const report: Record<string, unknown> = {};
const cli = (...args: string[]) => [
  '--max-semi-space-size=32',
  ...(values.source ? ['--import', 'tsx', 'src/cli/main.ts'] : ['dist/cli/main.js']),
  ...args,
];
const envFor = (store: string) => ({ ...process.env, ...(store === 'memory' ? { NEO4J_URI: '' } : {}) });
const log = (line: string) => process.stdout.write(`${line}\n`);

/** Every k-th record of both corpora (all when N is 0), as one JSON Lines file. */
async function subsample(n: number): Promise<{ file: string; papers: number }> {
  const total = (await Promise.all(CORPORA.map(countLines))).reduce((a, b) => a + b, 0);
  const step = n > 0 && n < total ? total / n : 1;
  const file = join(workDir, `corpus-${n || 'all'}.jsonl`);
  const out = createWriteStream(file);
  let index = 0;
  let kept = 0;
  for (const corpus of CORPORA) {
    for await (const line of createInterface({ input: createReadStream(corpus) })) {
      if (!line.trim()) continue;
      if (Math.floor(index / step) !== Math.floor((index + 1) / step) || step === 1) {
        out.write(`${line}\n`);
        kept++;
      }
      index++;
    }
  }
  await new Promise((resolve) => out.end(resolve));
  return { file, papers: kept };
}

async function countPapers(file: string): Promise<number> {
  return readCorpusText(readFileSync(file, 'utf8'), file).papers.length;
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) if (line.trim()) n++;
  return n;
}

/**
 * Runs a CLI command to its end, sampling its peak memory and CPU time (the last sample, up to
 * 200 ms short), Neo4j's CPU time over the run and the load average: on a shared machine the wall
 * time alone says little.
 */
async function timedCli(store: string, args: string[]): Promise<Timed> {
  const started = performance.now();
  const neo4j = store === 'neo4j' ? neo4jPid() : undefined;
  const neo4jBefore = cpuSeconds(neo4j);
  const child = spawn(process.execPath, cli(...args), { env: envFor(store), stdio: ['ignore', 'ignore', 'pipe'] });
  let peak = 0;
  let cpu = 0;
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const timer = setInterval(() => {
    peak = Math.max(peak, peakRssMb(child.pid) ?? 0);
    cpu = cpuSeconds(child.pid) ?? cpu;
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(timer);
  const neo4jAfter = cpuSeconds(neo4j);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: Math.round(cpu),
    ...(neo4jBefore !== undefined && neo4jAfter !== undefined ? { neo4jCpuSeconds: Math.round(neo4jAfter - neo4jBefore) } : {}),
    loadAverage: round2(loadavg()[0]!),
    peakRssMb: Math.round(peak),
    code,
    stderr,
  };
}

interface Timed {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly neo4jCpuSeconds?: number;
  /** The one-minute load average when the run ended. */
  readonly loadAverage: number;
  readonly peakRssMb: number;
  readonly code: number | null;
  readonly stderr: string;
}

function stats(store: string): { papers: number; entities: number; edges?: number; links?: number } {
  const out = spawnSync(process.execPath, cli('stats', '--json', '--data-dir', join(workDir, 'memory')), { env: envFor(store) });
  return JSON.parse(out.stdout.toString()) as { papers: number; entities: number };
}

/** Abstracts per second on this thread (after a warm-up slice), then on one worker per core. */
async function extraction(file: string) {
  const { papers: corpus } = readCorpusText(readFileSync(file, 'utf8'), file);
  const papers = corpus.slice(0, quick ? 2000 : 20000);
  const config = defaultExtractorConfig();
  for (const p of papers.slice(0, 500)) extractEntities(p, config);
  let t = performance.now();
  for (const p of papers) extractEntities(p, config);
  const one = papers.length / ((performance.now() - t) / 1000);
  t = performance.now();
  await extractInParallel(papers);
  const all = papers.length / ((performance.now() - t) / 1000);
  const cores = availableParallelism();
  report['extraction'] = {
    abstracts: papers.length,
    oneThreadPerSecond: Math.round(one),
    allCoresPerSecond: Math.round(all),
    perCorePerSecond: Math.round(all / cores),
    cores,
    command,
  };
  log(
    `extraction (${papers.length} abstracts): one thread ${Math.round(one)}/s; ${cores} workers ${Math.round(all)}/s (${Math.round(all / cores)} per core)`,
  );
}

async function ingest(store: string, corpus: string) {
  if (store === 'neo4j') spawnSync(process.execPath, cli('db', 'reset', '--yes'), { env: envFor(store), stdio: 'ignore' });
  else rmSync(join(workDir, 'memory'), { recursive: true, force: true });
  const args = ['ingest', corpus, '-q', '--data-dir', join(workDir, 'memory')];
  const first = await timedCli(store, args);
  if (first.code !== 0) {
    report[`ingest.${store}`] = {
      failed: true,
      exitCode: first.code,
      seconds: first.seconds,
      peakRssMb: first.peakRssMb,
      error: first.stderr.trim().split('\n').slice(-3).join('\n'),
      command,
    };
    log(
      `ingest ${store}: FAILED after ${first.seconds.toFixed(0)} s at ${first.peakRssMb} MB peak RSS: ${first.stderr.trim().split('\n').pop()}`,
    );
    return false;
  }
  const before = stats(store);
  const again = await timedCli(store, args);
  const after = stats(store);
  const unchanged = JSON.stringify(before) === JSON.stringify(after);
  const cost = (t: Timed) => ({
    cpuSeconds: t.cpuSeconds,
    ...(t.neo4jCpuSeconds !== undefined ? { neo4jCpuSeconds: t.neo4jCpuSeconds } : {}),
    loadAverage: t.loadAverage,
  });
  report[`ingest.${store}`] = {
    seconds: Math.round(first.seconds),
    papersPerSecond: Math.round(before.papers / first.seconds),
    ...cost(first),
    peakRssMb: first.peakRssMb,
    reingestSeconds: Math.round(again.seconds),
    reingest: cost(again),
    countsUnchanged: unchanged,
    counts: after,
    command,
  };
  const cpuOf = (t: Timed) => `${t.cpuSeconds} CPU-s${t.neo4jCpuSeconds !== undefined ? ` + Neo4j ${t.neo4jCpuSeconds}` : ''}, load ${t.loadAverage}`;
  log(
    `ingest ${store}: ${before.papers} papers in ${first.seconds.toFixed(0)} s (${Math.round(before.papers / first.seconds)}/s; ${cpuOf(first)}), peak RSS ${first.peakRssMb} MB; re-ingest ${again.seconds.toFixed(0)} s (${cpuOf(again)}), counts ${unchanged ? 'unchanged' : `CHANGED ${JSON.stringify(before)} → ${JSON.stringify(after)}`}`,
  );
  return true;
}

async function fixtures(url: string): Promise<Fixtures> {
  type Names = {
    benchmarks: { pageInfo: { endCursor: string | null }; edges: { node: { name: string; papers: { edges: { node: { id: string } }[] } } }[] };
  };
  const top = await postGraphql<Names>(url, {
    query: '{ benchmarks(first: 100) { pageInfo { endCursor } edges { node { name papers(first: 3) { edges { node { id } } } } } } }',
    variables: {},
  });
  const names = top.benchmarks.edges.map((e) => e.node.name);
  const mid = await postGraphql<Names>(url, {
    query:
      'query($after: String) { benchmarks(first: 100, after: $after) { edges { node { name papers(first: 1) { edges { node { id } } } } } } }',
    variables: { after: top.benchmarks.pageInfo.endCursor },
  });
  const papers = await postGraphql<{ papers: { edges: { node: { id: string } }[] } }>(url, {
    query: '{ papers(first: 100) { edges { node { id } } } }',
    variables: {},
  });
  // A small graph has no benchmarks past the first hundred: then the smaller half of the first ones.
  const middling = mid.benchmarks.edges.map((e) => e.node.name).concat(names.slice(50));
  return {
    topBenchmarks: names.slice(0, 50),
    midBenchmarks: (middling.length > 0 ? middling : names.slice(Math.floor(names.length / 2))).slice(0, 50),
    benchmarkPapers: top.benchmarks.edges.flatMap((e) => e.node.papers.edges.map((p) => p.node.id)),
    paperIds: papers.papers.edges.map((e) => e.node.id),
    searchTerms: ['graph neural network', 'diffusion', 'reinforcement learning', 'transformer', 'contrastive', 'language model'],
  };
}

/**
 * Waits until a search answers: the in-process store builds its search index after start-up, in
 * slices between requests, and a measurement taken meanwhile would time the build (reported by
 * scripts/bench/memory-store.ts), not the queries.
 */
async function searchable(url: string): Promise<void> {
  const started = performance.now();
  for (;;) {
    try {
      await postGraphql(url, { query: '{ papers(first: 1, search: "graph") { totalCount } }', variables: {} });
      break;
    } catch (error) {
      if (performance.now() - started > 30 * 60_000) throw error;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (seconds > 1) log(`search answered ${seconds.toFixed(0)} s after the server started listening (index built after start-up)`);
}

/** The processes whose CPU a side's requests cost: its server (none for the driver floor) and Neo4j. */
interface SidePids {
  readonly papergraph: number | undefined;
  readonly neo4jGraphql: number | undefined;
  readonly neo4j: number | undefined;
}

/** Runs `load` and returns its latencies with the CPU milliseconds per request its server and Neo4j spent. */
async function withCpu(server: number | undefined, neo4jPid: number | undefined, amount: number, load: () => Promise<{ times: number[]; seconds: number }>) {
  const before = [cpuSeconds(server), cpuSeconds(neo4jPid)];
  const r = await load();
  const after = [cpuSeconds(server), cpuSeconds(neo4jPid)];
  const ms = (i: number) => (before[i] !== undefined && after[i] !== undefined ? ((after[i]! - before[i]!) * 1000) / amount : NaN);
  return { ...r, serverMs: ms(0), neo4jMs: ms(1) };
}

/** The same for the driver floor, whose client is this process: its own CPU (the closed loop's share is a few µs a call). */
async function withOwnCpu(neo4jPid: number | undefined, amount: number, load: () => Promise<{ times: number[]; seconds: number }>) {
  const before = process.cpuUsage();
  const r = await withCpu(undefined, neo4jPid, amount, load);
  const used = process.cpuUsage(before);
  return { ...r, serverMs: (used.user + used.system) / 1000 / amount };
}

/** Alternating rounds; the first request of each kind is checked for errors and warms up. */
async function sideBySide(pgUrl: string, libUrl: string, store: Neo4jStore, f: Fixtures, pids: SidePids) {
  const results: unknown[] = [];
  const per = Math.ceil(requests / rounds);
  for (const c of sideBySideCases(f).filter((x) => !values.only || x.name.includes(values.only))) {
    await survives(c.name, results, async () => {
      for (let i = 0; i < Math.min(20, per); i++) {
        await postGraphql(pgUrl, c.papergraph(i));
        await postGraphql(libUrl, c.neo4jGraphql(i));
        await c.driver(store, i);
      }
      if (warmup > 0) {
        await httpLoad(pgUrl, c.papergraph, warmup, concurrency);
        await httpLoad(libUrl, c.neo4jGraphql, warmup, concurrency);
        await callLoad((i) => c.driver(store, i), warmup, concurrency);
      }
      const sides = {
        papergraph: { times: [] as number[], seconds: 0, serverMs: 0, neo4jMs: 0 },
        neo4jGraphql: { times: [] as number[], seconds: 0, serverMs: 0, neo4jMs: 0 },
        driver: { times: [] as number[], seconds: 0, serverMs: 0, neo4jMs: 0 },
      };
      const add = (side: keyof typeof sides, r: { times: number[]; seconds: number; serverMs: number; neo4jMs: number }) => {
        sides[side].times.push(...r.times);
        sides[side].seconds += r.seconds;
        sides[side].serverMs += r.serverMs / rounds;
        sides[side].neo4jMs += r.neo4jMs / rounds;
      };
      for (let r = 0; r < rounds; r++) {
        add('papergraph', await withCpu(pids.papergraph, pids.neo4j, per, () => httpLoad(pgUrl, c.papergraph, per, concurrency)));
        add('neo4jGraphql', await withCpu(pids.neo4jGraphql, pids.neo4j, per, () => httpLoad(libUrl, c.neo4jGraphql, per, concurrency)));
        add('driver', await withOwnCpu(pids.neo4j, per, () => callLoad((i) => c.driver(store, i), per, concurrency)));
      }
      // NaN (a process whose CPU could not be read) leaves the figure out.
      const cpu = (side: keyof typeof sides) => ({
        ...(Number.isFinite(sides[side].serverMs) ? { serverCpuMs: round2(sides[side].serverMs) } : {}),
        ...(Number.isFinite(sides[side].neo4jMs) ? { neo4jCpuMs: round2(sides[side].neo4jMs) } : {}),
      });
      const pg = { ...summarize(sides.papergraph.times, sides.papergraph.seconds), ...cpu('papergraph') };
      const lib = { ...summarize(sides.neo4jGraphql.times, sides.neo4jGraphql.seconds), ...cpu('neo4jGraphql') };
      const floor = { ...summarize(sides.driver.times, sides.driver.seconds), ...cpu('driver') };
      const ratio = { rps: round2(pg.rps / lib.rps), p99: round2(lib.p99 / pg.p99), overDriverP50: round2(pg.p50 / floor.p50) };
      results.push({ name: c.name, papergraph: pg, neo4jGraphql: lib, driver: floor, ratio, command });
      log(
        `${c.name.padEnd(56)} ${fmt(pg)} ${cpuOf(pg)}  | lib ${fmt(lib)} ${cpuOf(lib)}  | driver ${fmt(floor)} ${cpuOf(floor)}  | ×rps ${ratio.rps}  ×p99 ${ratio.p99}  GraphQL/driver p50 ${ratio.overDriverP50}`,
      );
    });
  }
  report['sideBySide'] = results;
}

/**
 * Runs one query's measurement; a query that fails (a request past the server's time limit on a large
 * graph) is reported as failed in its row and the run goes on to the next one.
 */
async function survives(name: string, rows: unknown[], measure: () => Promise<void>): Promise<void> {
  try {
    await measure();
  } catch (error) {
    const message = (error as Error).message;
    rows.push({ name, failed: true, error: message, command });
    log(`${name.padEnd(56)} FAILED: ${message}`);
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const cpuOf = (c: { serverCpuMs?: number; neo4jCpuMs?: number }) => `cpu ${c.serverCpuMs ?? '?'}+${c.neo4jCpuMs ?? '?'} ms`;
const fmt = (l: Latency) => `p50 ${String(l.p50).padStart(6)} p99 ${String(l.p99).padStart(6)} ${String(l.rps).padStart(5)}/s`;

async function apiAlone(store: string, url: string, f: Fixtures, pid: number | undefined) {
  const rows: unknown[] = [];
  for (const c of sideBySideCases(f).filter((x) => !values.only || x.name.includes(values.only))) {
    await survives(c.name, rows, async () => {
      for (let i = 0; i < Math.min(20, requests); i++) await postGraphql(url, c.papergraph(i));
      const cpu = cpuSeconds(pid);
      const r = await httpLoad(url, c.papergraph as (i: number) => GraphqlRequest, requests, concurrency);
      const used = cpuSeconds(pid);
      const l = summarize(r.times, r.seconds);
      rows.push({
        name: c.name,
        ...l,
        apiCpuMsPerRequest: cpu !== undefined && used !== undefined ? round2(((used - cpu) * 1000) / requests) : undefined,
        command,
    });
    log(`${c.name.padEnd(56)} ${fmt(l)}`);
    });
  }
  report[`api.${store}`] = rows;
}

async function neo4jVersion(): Promise<string | undefined> {
  const driver = neo4j.driver(
    process.env['NEO4J_URI']!,
    neo4j.auth.basic(process.env['NEO4J_USER'] ?? 'neo4j', process.env['NEO4J_PASSWORD'] ?? ''),
  );
  try {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    return String(records[0]?.get('v'));
  } finally {
    await driver.close();
  }
}

mkdirSync(workDir, { recursive: true });
// The build, made again only when older than the sources (the test suite's smoke run finds it current).
if (!values.source && spawnSync(process.execPath, ['scripts/ensure-built.mjs', '--if-stale'], { stdio: 'inherit' }).status !== 0) {
  throw new Error('npm run build failed; see its output above');
}
const corpus = values.corpus ? { file: values.corpus, papers: await countPapers(values.corpus) } : await subsample(wanted);
log(
  `corpus: ${corpus.papers} papers (${corpus.file}), ${concurrency} concurrent clients, ${requests} requests per query and side${stores.includes('neo4j') ? `, ${rounds} alternating rounds${warmup > 0 ? ` after ${warmup} unmeasured per side` : ''}` : ''}`,
);
report['corpus'] = { papers: corpus.papers, from: CORPORA };
if (!skip.has('extract')) await extraction(corpus.file);
for (const store of stores) {
  if (!skip.has('ingest') && !(await ingest(store, corpus.file))) continue;
  if (skip.has('api')) continue;
  const { child: server, url } = await startProcess(
    cli('serve', '--port', values.port!, '--no-ide', '--data-dir', join(workDir, 'memory')),
    envFor(store),
    'papergraph API at',
  );
  try {
    const f = await fixtures(url);
    await searchable(url);
    if (store === 'memory') {
      log(`\nAPI, in-process store:`);
      await apiAlone(store, url, f, server.pid);
      continue;
    }
    const { child: library, url: libraryUrl } = await startProcess(
      ['--max-semi-space-size=32', '--import', 'tsx', 'scripts/bench/neo4j-graphql/server.ts', values['library-port']!],
      { ...process.env, NODE_ENV: 'production' },
      'neo4j-graphql at',
    );
    const neo4jStore = await Neo4jStore.open({
      uri: process.env['NEO4J_URI']!,
      ...(process.env['NEO4J_USER'] ? { user: process.env['NEO4J_USER'] } : {}),
      ...(process.env['NEO4J_PASSWORD'] ? { password: process.env['NEO4J_PASSWORD'] } : {}),
    });
    try {
      report['neo4jVersion'] = await neo4jVersion();
      log(
        `\nNeo4j ${String(report['neo4jVersion'])}: papergraph | @neo4j/graphql | driver floor (papergraph's store calls, no GraphQL); latency ms; cpu: the server's + Neo4j's ms per request`,
      );
      const neo4j = neo4jPid();
      if (neo4j === undefined) log(`Neo4j's CPU is not measured (shown as ?): set NEO4J_HOME_DIR to the folder npm run neo4j:start used`);
      await sideBySide(url, libraryUrl, neo4jStore, f, { papergraph: server.pid, neo4jGraphql: library.pid, neo4j });
    } finally {
      await neo4jStore.close();
      await stopProcess(library);
    }
  } finally {
    await stopProcess(server);
  }
}

const version = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
const pkg = (name: string) => version(join('node_modules', name, 'package.json'));
const results = {
  date: new Date().toISOString(),
  command,
  machine: { cpu: cpus()[0]?.model, cores: availableParallelism(), memoryGb: Math.round(totalmem() / 2 ** 30) },
  versions: {
    node: process.version,
    papergraph: version('package.json'),
    neo4j: report['neo4jVersion'],
    neo4jGraphql: pkg('@neo4j/graphql'),
    neo4jDriver: pkg('neo4j-driver'),
    graphql: pkg('graphql'),
  },
  ...report,
};
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, `${JSON.stringify(results, null, 2)}\n`);
log(`\nwrote ${values.out}`);
