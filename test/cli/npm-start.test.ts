import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The processes below `root`, children first found first. */
function descendants(root: number): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((row) => row.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  for (let parents = [root]; parents.length > 0;) {
    parents = rows.filter(([, ppid]) => parents.includes(ppid)).map(([pid]) => pid);
    found.push(...parents);
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// The in-process store under --data-dir, whose write lock the server must not leave held.
const env = { ...process.env, NEO4J_URI: '' };

/**
 * `npm start` runs its script with `sh -c`; a SIGTERM to npm or to that shell (a process manager,
 * a terminal closing) must stop the server, not leave it holding the port and the write lock.
 */
describe('npm start', () => {
  it.each([
    ['the sh that npm runs the script with', (script: string, args: string) => spawn('sh', ['-c', `${script} ${args}`], { env })],
    ['npm', (_script: string, args: string) => spawn('npm', ['start', '--', ...args.split(' ')], { env })],
  ])(
    'stops the server on a SIGTERM to %s',
    async (_who, start) => {
      expect(existsSync('dist/cli/main.js'), 'npm start runs the build in dist/').toBe(true);
      const script = (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
      const dir = await mkdtemp(join(tmpdir(), 'pg-npm-start-'));
      const child = start(script, `--port 0 --data-dir ${dir}`);
      let started: number[] = [];
      try {
        // The server's first log line (the ingest's progress) says node runs.
        await new Promise<void>((resolve, reject) => {
          child.stderr.once('data', () => resolve());
          child.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
        });
        started = descendants(child.pid!);
        // 'close' comes once every holder of the output pipes is gone: a server left running keeps them open.
        const closed = new Promise<boolean>((resolve) => {
          child.once('close', () => resolve(true));
          setTimeout(() => resolve(false), 20_000);
        });
        child.kill('SIGTERM');
        expect(await closed).toBe(true);
        expect(started.filter(alive)).toEqual([]);
      } finally {
        for (const pid of [child.pid!, ...started].filter(alive)) process.kill(pid, 'SIGKILL');
        await rm(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
