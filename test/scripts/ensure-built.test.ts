import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const SCRIPT = resolve('scripts/ensure-built.mjs');

// A stand-in build: what matters is when the script runs `npm run build`, not what a build makes.
const build = (outputs: string[]) =>
  `node -e "for (const f of ${JSON.stringify(outputs).replaceAll('"', "'")}) { fs.mkdirSync(path.dirname(f), {recursive: true}); fs.writeFileSync(f, '') }"`;

async function project(outputs: string[], sources: string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pg-ensure-built-'));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'ensure-built-test', private: true, scripts: { build: build(outputs) } }),
  );
  for (const source of sources) {
    await mkdir(join(dir, source, '..'), { recursive: true });
    await writeFile(join(dir, source), '');
  }
  return dir;
}

const ensureBuilt = (dir: string, ...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });

it('npm start builds dist/ first when it is missing, and leaves a built one alone', async () => {
  const dir = await project(['dist/cli/main.js']);
  try {
    const first = ensureBuilt(dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('papergraph: no build in dist/ yet, so building it first (npm run build)');
    expect(existsSync(join(dir, 'dist/cli/main.js'))).toBe(true);
    const again = ensureBuilt(dir);
    expect([again.status, again.stderr, again.stdout]).toEqual([0, '', '']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);

it('with --if-stale (the tests, the bench) builds again when a source is newer than what it is built into', async () => {
  const outputs = ['dist/cli/main.js', 'dist/viewer/viewer.js'];
  const dir = await project(outputs, ['src/cli/main.ts', 'src/cli/main.test.ts', 'src/api/viewer/client/main.ts']);
  const age = async (file: string) => utimes(join(dir, file), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
  try {
    expect(ensureBuilt(dir, '--if-stale').stderr).toContain('papergraph: no build in dist/ yet, so building it first');
    const current = ensureBuilt(dir, '--if-stale');
    expect([current.status, current.stderr]).toEqual([0, '']);
    // The viewer's client goes into the one bundle; a test file goes into no output.
    await age('dist/viewer/viewer.js');
    const stale = ensureBuilt(dir, '--if-stale');
    expect([stale.status, stale.stderr]).toEqual([
      0,
      `papergraph: ${join('src', 'api', 'viewer', 'client', 'main.ts')} is newer than dist/viewer/viewer.js, so building it first (npm run build)\n`,
    ]);
    expect(ensureBuilt(dir, '--if-stale').stderr).toBe('');
    // Without the flag (npm start), an old build is left alone.
    await age('dist/cli/main.js');
    expect(ensureBuilt(dir).stderr).toBe('');
    expect(ensureBuilt(dir, '--if-stale').stderr).toContain(
      `${join('src', 'cli', 'main.ts')} is newer than ${join('dist', 'cli', 'main.js')}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);
