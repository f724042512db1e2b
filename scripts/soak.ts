// npm run soak [-- --minutes 10] [--rate 20] [--port 4790] [--no-restart] [--ingest FILE]
// Mixed queries at a steady rate against the Neo4j-backed server (its own process, the CLI through
// tsx) on 127.0.0.1, with hostile requests mixed in and Neo4j restarted once
// a third of the way in (scripts/neo4j, same NEO4J_HOME_DIR / NEO4J_BOLT_PORT). Prints requests, errors by code, p50/p99
// before / during / after the restart, and the server's RSS at start and end. Stops by itself.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '20' },
    port: { type: 'string', default: '4790' },
    restart: { type: 'boolean', default: true },
    'no-restart': { type: 'boolean', default: false },
    ingest: { type: 'string', default: 'data/hf-daily-papers-sample.txt' },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const restart = values.restart && !values['no-restart'];
const MAX_IN_FLIGHT = 64;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const neo4jUri = process.env['NEO4J_URI'];
if (!neo4jUri) throw new Error('set NEO4J_URI to a Neo4j on this machine (npm run neo4j:start)');
if (!LOOPBACK.has(new URL(neo4jUri).hostname))
  throw new Error(`NEO4J_URI must point at loopback for a soak test, got ${new URL(neo4jUri).hostname}`);
if (!(minutes > 0 && minutes <= 60) || !(rate > 0 && rate <= 200)) throw new Error('--minutes must be in (0, 60] and --rate in (0, 200]');

const base = `http://127.0.0.1:${values.port}`;

type Phase = 'before' | 'during' | 'after';
interface Outcome {
  readonly phase: Phase;
  readonly kind: 'normal' | 'hostile';
  readonly name: string;
  readonly ms: number;
  readonly status: number;
  readonly codes: readonly string[];
}

interface Call {
  readonly name: string;
  readonly kind: 'normal' | 'hostile';
  /** HTTP request to send: a GraphQL body, or a raw one. */
  readonly send: () => Promise<{ status: number; body: string }>;
}

function httpCall(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request(
      `${base}${path}`,
      { method, headers: { 'content-type': 'application/json', ...headers }, timeout: 60_000, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', () => resolve({ status: 0, body: '' }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) =>
      resolve({ status: 0, body: JSON.stringify({ error: { code: `CLIENT_${(e as NodeJS.ErrnoException).code ?? e.message}` } }) }),
    );
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const gql =
  (query: string, variables: Record<string, unknown> = {}) =>
  () =>
    httpCall('POST', '/graphql', JSON.stringify({ query, variables }));

function codesOf(status: number, body: string): string[] {
  try {
    const json = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[]; error?: { code?: string } };
    const codes = [...(json.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'), ...(json.error?.code ? [json.error.code] : [])];
    return [...new Set(codes)];
  } catch {
    return status >= 400 || status === 0 ? [`HTTP_${status}`] : [];
  }
}

function nested(levels: number, id: string): string {
  let inner = 'title';
  for (let i = 0; i < levels; i++) inner = `methods{entity{papers(first:100){edges{node{${inner}}}}}}`;
  return `{paper(id:"${id}"){${inner}}}`;
}

function calls(paperId: string): { normal: Call[]; hostile: Call[] } {
  const aliases = (n: number, field: string) => `{${Array.from({ length: n }, (_, i) => `a${i}:${field}`).join(' ')}}`;
  const normal: Call[] = [
    {
      name: 'entity page',
      kind: 'normal',
      send: gql(`{ benchmark(name: "GSM8K") { name papers(first: 20) { totalCount edges { node { title } evidence { sentence } } } } }`),
    },
    {
      name: 'search',
      kind: 'normal',
      send: gql(`{ papers(search: "speculative decoding", first: 5) { edges { score node { title } } } }`),
    },
    {
      name: 'related',
      kind: 'normal',
      send: gql(`query($id: ID!) { relatedPapers(paperId: $id, first: 10) { edges { score node { title } } } }`, { id: paperId }),
    },
    {
      name: 'neighborhood',
      kind: 'normal',
      send: gql(
        `{ neighborhood(of: {type: BENCHMARK, name: "GSM8K"}, depth: 2, limit: 200) { nodes { id label } edges { source target } } }`,
      ),
    },
    {
      name: 'path',
      kind: 'normal',
      send: gql(`{ path(from: {type: BENCHMARK, name: "SWE-bench Lite"}, to: {type: MODEL, name: "GPT-4o"}) { nodes { id } } }`),
    },
    {
      name: 'papers nested',
      kind: 'normal',
      send: gql(`{ papers(first: 20) { edges { node { title methods { name } benchmarks { name } } } } }`),
    },
    { name: 'stats', kind: 'normal', send: gql(`{ stats { papers links topBenchmarks(first: 5) { name } } }`) },
    {
      name: 'export around',
      kind: 'normal',
      send: () => httpCall('GET', `/export/gexf?around=${encodeURIComponent('benchmark:GSM8K')}&depth=1`),
    },
  ];
  const hostile: Call[] = [
    { name: '615-byte nested', kind: 'hostile', send: gql(nested(8, paperId)) },
    {
      name: '1,000 aliased neighborhoods',
      kind: 'hostile',
      send: gql(aliases(1000, 'neighborhood(of:{type:BENCHMARK,name:"GSM8K"},depth:3,limit:500){nodes{id}}')),
    },
    { name: '31 aliases', kind: 'hostile', send: gql(aliases(31, 'stats{papers}')) },
    {
      name: 'costly lists',
      kind: 'hostile',
      send: gql(`{ papers(first: 100) { edges { node { methods { entity { papers(first: 100) { edges { node { title } } } } } } } } }`),
    },
    { name: 'mutation', kind: 'hostile', send: gql(`mutation { deleteEverything }`) },
    {
      name: 'huge cursor',
      kind: 'hostile',
      send: gql(`query($a: String) { papers(after: $a) { totalCount } }`, {
        a: Buffer.from(`papers|AAAAAAAAAAAA:${'9'.repeat(40)}`).toString('base64url'),
      }),
    },
    { name: 'Lucene operators', kind: 'hostile', send: gql(`{ papers(search: "attention AND OR NOT (x", first: 5) { totalCount } }`) },
    {
      name: 'long search',
      kind: 'hostile',
      send: gql(`query($s: String) { papers(search: $s) { totalCount } }`, { s: 'attention '.repeat(150) }),
    },
    { name: 'malformed JSON', kind: 'hostile', send: () => httpCall('POST', '/graphql', '{"query": "{ stats') },
    { name: 'whole-graph export', kind: 'hostile', send: () => httpCall('GET', '/export/graphml') },
    { name: 'bad export parameter', kind: 'hostile', send: () => httpCall('GET', '/export/csv?around=benchmark:GSM8K&depth=0x2') },
    { name: 'foreign Host', kind: 'hostile', send: () => httpCall('GET', '/readyz', undefined, { host: 'evil.example' }) },
  ];
  return { normal, hostile };
}

/** Where the hostile requests must end: any other answer (INTERNAL above all) is a finding. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  '615-byte nested': ['QUERY_TOO_DEEP'],
  '1,000 aliased neighborhoods': ['QUERY_TOO_LARGE'],
  '31 aliases': ['QUERY_TOO_COMPLEX'],
  'costly lists': ['QUERY_TOO_COMPLEX'],
  mutation: ['BAD_REQUEST'],
  'huge cursor': ['INVALID_ARGUMENT'],
  'Lucene operators': [],
  'long search': ['INVALID_ARGUMENT'],
  'malformed JSON': ['BAD_REQUEST'],
  'bad export parameter': ['INVALID_ARGUMENT'],
  'foreign Host': ['HOST_NOT_ALLOWED'],
};

function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/status`)) return undefined;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitReady(deadlineMs: number): Promise<boolean> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const { status } = await httpCall('GET', '/readyz');
    if (status === 200) return true;
    await sleep(500);
  }
  return false;
}

function neo4j(command: 'start' | 'stop'): number {
  return spawnSync(process.execPath, ['scripts/neo4j/neo4j.mjs', command], { stdio: 'inherit' }).status ?? 1;
}

async function main(): Promise<void> {
  const server: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', values.port!, '--no-ide', '--log-level', 'warn', '--ingest', values.ingest!],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env } },
  );
  const hardStop = setTimeout(
    () => {
      process.stderr.write('soak: past its time bound; stopping the server\n');
      server.kill('SIGKILL');
      process.exit(2);
    },
    (minutes + 5) * 60_000,
  );
  hardStop.unref();
  try {
    if (!(await waitReady(180_000))) throw new Error('the server did not become ready in 180 s');
    const first = JSON.parse((await gql(`{ papers(first: 1) { edges { node { id } } } }`)()).body) as {
      data: { papers: { edges: { node: { id: string } }[] } };
    };
    const { normal, hostile } = calls(first.data.papers.edges[0]!.node.id);
    const rssStart = rssMb(server.pid);
    let rssMax = rssStart ?? 0;
    const outcomes: Outcome[] = [];
    let phase: Phase = 'before';
    let inFlight = 0;
    let skipped = 0;
    let sent = 0;
    const started = Date.now();
    const end = started + minutes * 60_000;
    let restartReport = 'no restart';
    const restarting = restart
      ? (async () => {
          await sleep((end - started) / 3);
          phase = 'during';
          const stopAt = Date.now();
          process.stderr.write('soak: stopping Neo4j\n');
          if (neo4j('stop') !== 0) throw new Error('npm run neo4j:stop failed');
          await sleep(5_000);
          process.stderr.write('soak: starting Neo4j\n');
          if (neo4j('start') !== 0) throw new Error('npm run neo4j:start failed');
          const back = await waitReady(120_000);
          restartReport = `Neo4j down and back in ${((Date.now() - stopAt) / 1000).toFixed(1)} s; server ready again without a restart: ${back}`;
          // Let the driver's pool and the JIT settle before counting "after".
          await sleep(10_000);
          phase = 'after';
        })()
      : Promise.resolve();
    const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMb(server.pid) ?? 0)), 5_000);
    let tick = 0;
    while (Date.now() < end) {
      const due = started + (tick * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      tick++;
      if (inFlight >= MAX_IN_FLIGHT) {
        skipped++;
        continue;
      }
      // One request in ten is hostile.
      const call = tick % 10 === 0 ? hostile[(tick / 10) % hostile.length]! : normal[tick % normal.length]!;
      const at = phase;
      inFlight++;
      sent++;
      const t0 = performance.now();
      void call.send().then(({ status, body }) => {
        inFlight--;
        outcomes.push({ phase: at, kind: call.kind, name: call.name, ms: performance.now() - t0, status, codes: codesOf(status, body) });
      });
    }
    await restarting;
    while (inFlight > 0) await sleep(100);
    clearInterval(sampler);
    const rssEnd = rssMb(server.pid);
    report({ outcomes, sent, skipped, rssStart, rssEnd, rssMax, restartReport, seconds: (Date.now() - started) / 1000 });
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

function report(r: {
  outcomes: Outcome[];
  sent: number;
  skipped: number;
  rssStart?: number | undefined;
  rssEnd?: number | undefined;
  rssMax: number;
  restartReport: string;
  seconds: number;
}): void {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(
    `soak: ${r.sent} requests in ${r.seconds.toFixed(0)} s at ${rate}/s target (${r.skipped} ticks skipped at ${MAX_IN_FLIGHT} in flight); ${r.restartReport}`,
  );
  const byCode = new Map<string, number>();
  for (const o of r.outcomes) for (const c of o.codes) byCode.set(c, (byCode.get(c) ?? 0) + 1);
  out(
    `errors by code: ${
      [...byCode]
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  for (const phase of ['before', 'during', 'after'] as const) {
    const normal = r.outcomes.filter((o) => o.phase === phase && o.kind === 'normal');
    const failed = normal.filter((o) => o.codes.length > 0);
    const ms = normal
      .filter((o) => o.codes.length === 0)
      .map((o) => o.ms)
      .sort((a, b) => a - b);
    const codes = new Map<string, number>();
    for (const o of failed) for (const c of o.codes) codes.set(c, (codes.get(c) ?? 0) + 1);
    out(
      `${phase.padEnd(6)}: ${normal.length} normal requests, ${failed.length} failed (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ') || '-'}), ` +
        `p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms`,
    );
  }
  const hostile = r.outcomes.filter((o) => o.kind === 'hostile' && o.phase !== 'during');
  const wrong = hostile.filter((o) => {
    const expected = EXPECTED[o.name];
    if (o.name === 'whole-graph export') return !(o.status === 200 || o.codes.includes('INVALID_ARGUMENT'));
    return expected !== undefined && JSON.stringify(o.codes) !== JSON.stringify(expected);
  });
  const hostileMs = hostile.map((o) => o.ms).sort((a, b) => a - b);
  out(
    `hostile (outside the restart): ${hostile.length}, answered as expected: ${hostile.length - wrong.length}, p99 ${percentile(hostileMs, 99).toFixed(0)} ms`,
  );
  for (const w of wrong.slice(0, 10)) out(`  unexpected: ${w.name} → HTTP ${w.status} ${w.codes.join(',')}`);
  const internal = r.outcomes.filter((o) => o.codes.includes('INTERNAL') || o.status === 500).length;
  out(`INTERNAL or HTTP 500: ${internal}`);
  out(`server RSS: ${r.rssStart ?? '?'} MB at start, ${r.rssEnd ?? '?'} MB at end, ${r.rssMax} MB at most`);
}

await main();
