import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const SCRIPT = resolve('scripts/ensure-built.mjs');

it('npm start builds dist/ first when it is missing, and leaves a built one alone', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pg-ensure-built-'));
  try {
    // A stand-in build: what matters is that the script runs `npm run build` when dist/ is missing.
    const build = "node -e \"fs.mkdirSync('dist/cli',{recursive:true});fs.writeFileSync('dist/cli/main.js','')\"";
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'ensure-built-test', private: true, scripts: { build } }));
    const first = spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('papergraph: no build in dist/ yet, so building it first (npm run build)');
    expect(existsSync(join(dir, 'dist/cli/main.js'))).toBe(true);
    const again = spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });
    expect([again.status, again.stderr, again.stdout]).toEqual([0, '', '']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);
