// Measuring helpers shared by the benchmarks: processes' CPU and peak memory from /proc, latency
// percentiles, an autocannon run that keeps every response time, and a closed-loop driver load.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** CPU seconds a process has used so far (Linux /proc), or undefined where that cannot be read. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 Hz).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Peak resident memory of a running process in MB (VmHWM), or undefined once it has exited. */
export function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/status`)) return undefined;
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : undefined;
}

export function neo4jPid(): number | undefined {
  const file = join(process.env['NEO4J_HOME_DIR'] ?? '.neo4j', 'neo4j.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : undefined;
}

export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly rps: number;
  readonly requests: number;
}

export function summarize(times: readonly number[], seconds: number): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p50: round(at(0.5)), p99: round(at(0.99)), rps: Math.round(times.length / seconds), requests: times.length };
}

export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** One POST; throws on an HTTP or GraphQL error, so that no case is measured on error answers. */
export async function postGraphql<T = Record<string, unknown>>(url: string, body: GraphqlRequest): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (json.errors?.length || !json.data) throw new Error(`${url}: ${json.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
  return json.data;
}

/** `amount` requests over `connections` connections; every response time is kept. */
export async function httpLoad(
  url: string,
  build: (i: number) => GraphqlRequest,
  amount: number,
  connections: number,
): Promise<{ times: number[]; seconds: number }> {
  let i = 0;
  const times: number[] = [];
  const started = performance.now();
  let last = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        connections,
        amount,
        // A run ends on autocannon's next sampling tick (1 s by default) after its last response; its
        // per-tick samples go unused here, so a short tick only stops waiting for nothing.
        sampleInt: 50,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(build(i++)) }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // Throughput counts up to the last response, not to the tick that ends the run.
    run.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
      if (times.length === amount) last = performance.now();
    });
  });
  if (result.errors || result.timeouts || result.non2xx) {
    throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`);
  }
  return { times, seconds: ((last || performance.now()) - started) / 1000 };
}

/** The same closed loop in-process: `concurrency` callers, each starting a call when its last ends. */
export async function callLoad(call: (i: number) => Promise<unknown>, amount: number, concurrency: number) {
  let next = 0;
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < amount) {
        const i = next++;
        const t = performance.now();
        await call(i);
        times.push(performance.now() - t);
      }
    }),
  );
  return { times, seconds: (performance.now() - started) / 1000 };
}

/**
 * Starts a server process and resolves once it prints `ready` on stdout, with the first URL of that
 * output: servers started on port 0 say which free port the system gave them, so no fixed port can
 * be held by another run.
 */
export async function startProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  ready: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The server logs a JSON line for every request on stderr; thousands of them would bury the table.
  // Everything else it says (warnings, errors) comes through.
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!isRequestLogLine(line)) process.stderr.write(`${line}\n`);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const listen = (chunk: Buffer) => {
      out += chunk.toString();
      const at = out.indexOf(ready);
      const found = at >= 0 ? /https?:\/\/[^\s;,()]+/.exec(out.slice(at)) : null;
      if (!found) return;
      child.stdout!.off('data', listen).resume();
      resolve(found[0]);
    };
    child.stdout!.on('data', listen);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return { child, url };
}

/** A line of the server's request log (api/http/request-log.ts), as pino writes it. */
export function isRequestLogLine(line: string): boolean {
  return /^\{"level":30,.*"msg":"request"\}$/.test(line);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
