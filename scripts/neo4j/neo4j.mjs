#!/usr/bin/env node
// Starts or stops the embedded Neo4j 5.26 server of scripts/neo4j (Maven), for development and CI.
//   node scripts/neo4j/neo4j.mjs start [--fresh]   build on first use, start, wait until Bolt answers
//   node scripts/neo4j/neo4j.mjs stop              SIGTERM, wait for a clean shutdown
// Environment: NEO4J_HOME_DIR (default .neo4j), NEO4J_BOLT_PORT (7687), NEO4J_HEAP and NEO4J_PAGECACHE
// (by default sized from the machine's memory: see defaultMemory), NEO4J_START_TIMEOUT seconds (180).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const here = dirname(fileURLToPath(import.meta.url));
const home = resolve(process.env.NEO4J_HOME_DIR ?? '.neo4j');
const port = Number(process.env.NEO4J_BOLT_PORT ?? 7687);
const uri = `bolt://127.0.0.1:${port}`;
const jar = join(here, 'target', 'papergraph-neo4j-launcher-1.0.0.jar');
const pidFile = join(home, 'neo4j.pid');
const logFile = join(home, 'neo4j.log');
const say = (message) => process.stderr.write(`neo4j: ${message}\n`);

/**
 * Heap and page cache when NEO4J_HEAP and NEO4J_PAGECACHE are not given: a sixth of the machine's memory
 * for the heap (1–4 GB) and an eighth for the page cache (256 MB–3 GB), 4 GB and 3 GB on a 24 GB machine.
 * With 1 GB and 256 MB a 121k-paper ingest spent ~20 of Neo4j's ~110 CPU-seconds collecting garbage and
 * the store outgrew the page cache; a development machine has the memory to spare, and the JVM touches
 * heap pages only as it uses them.
 */
function defaultMemory() {
  const mb = totalmem() / 2 ** 20;
  const clamp = (value, low, high) => Math.round(Math.min(high, Math.max(low, value)));
  return { heap: `${clamp(mb / 6, 1024, 4096)}m`, pageCache: `${clamp(mb / 8, 256, 3072)}m` };
}

async function answers() {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { connectionTimeout: 2000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function build() {
  const sources = [join(here, 'pom.xml'), join(here, 'src/main/java/dev/papergraph/neo4j/EmbeddedNeo4j.java')];
  if (existsSync(jar) && sources.every((s) => statSync(s).mtimeMs <= statSync(jar).mtimeMs)) return;
  say('building the launcher with Maven (the first build downloads Neo4j from Maven Central; later ones take seconds)');
  const started = Date.now();
  const result = spawnSync('mvn', ['-q', '-B', '-f', join(here, 'pom.xml'), 'package', '-DskipTests'], { stdio: 'inherit' });
  if (result.status !== 0) {
    say(`Maven build failed (exit ${result.status ?? result.error?.message}); see its output above`);
    process.exit(1);
  }
  say(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function start(fresh) {
  if (await answers()) {
    say(`a server already answers at ${uri}; using it`);
    return;
  }
  build();
  if (fresh) rmSync(join(home, 'data'), { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const log = openSync(logFile, 'a');
  const memory = defaultMemory();
  const heap = process.env.NEO4J_HEAP ?? memory.heap;
  const pageCache = process.env.NEO4J_PAGECACHE ?? memory.pageCache;
  const child = spawn(
    'java',
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      // What Neo4j's own launcher passes: without the opens the page cache and Netty fall back to
      // slower paths (debug.log warns "Reflection access to java.nio.DirectByteBuffer is not available").
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-XX:+UnlockExperimentalVMOptions',
      '-XX:+TrustFinalNonStaticFields',
      '-XX:+DisableExplicitGC',
      `-Dneo4j.pagecache=${pageCache}`,
      '-Dneo4j.txmax=1g',
      '-jar',
      jar,
      join(home, 'data'),
      String(port),
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  child.unref();
  writeFileSync(pidFile, String(child.pid));
  const deadline = Date.now() + Number(process.env.NEO4J_START_TIMEOUT ?? 180) * 1000;
  while (Date.now() < deadline) {
    if (!alive(child.pid)) {
      say(`the server exited during start; last lines of ${logFile}:`);
      process.stderr.write(readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'));
      process.exit(1);
    }
    if (await answers()) {
      say(
        `✓ Neo4j ready at ${uri} (pid ${child.pid}, heap ${heap}, page cache ${pageCache}, data ${join(home, 'data')}, log ${logFile}); stop with: npm run neo4j:stop`,
      );
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  say(`Bolt did not answer at ${uri} in time; see ${logFile}`);
  process.exit(1);
}

async function stop() {
  if (!existsSync(pidFile)) {
    say('not running (no pid file)');
    return;
  }
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (alive(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (alive(pid)) {
      say(`pid ${pid} did not stop within 60 s; killing it`);
      process.kill(pid, 'SIGKILL');
    }
  }
  rmSync(pidFile, { force: true });
  say(`stopped (pid ${pid})`);
}

const [command, ...flags] = process.argv.slice(2);
if (command === 'start') await start(flags.includes('--fresh'));
else if (command === 'stop') await stop();
else {
  process.stderr.write('usage: node scripts/neo4j/neo4j.mjs start [--fresh] | stop\n');
  process.exit(2);
}
