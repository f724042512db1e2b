// `npm start` runs the built CLI (dist/): an install that skipped `prepare` (npm ci --ignore-scripts,
// a copied node_modules) has none, and node would stop with a bare MODULE_NOT_FOUND. Build it first.
// With --if-stale (the test suite's global setup, `npm run bench`) a build older than a source it is
// made from is built again too: those run the build, and must run the code being tested.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Why dist/ does not hold a build of the sources as they are now, or undefined when it does. */
function staleBecause() {
  // What the Dockerfile copies before `npm run build`, and the lockfile for the bundled dependencies.
  const config = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'scripts/build-viewer.ts'].filter(existsSync);
  const outputs = new Map([['dist/viewer/viewer.js', config]]);
  for (const name of readdirSync('src', { recursive: true })) {
    const file = join('src', name);
    if (!/\.ts$/.test(name) || /\.(test|d)\.ts$/.test(name) || !statSync(file).isFile()) continue;
    // The viewer's client is bundled into one file (scripts/build-viewer.ts); the rest is compiled file by file.
    const client = file.startsWith(join('src', 'api', 'viewer', 'client'));
    const output = client ? 'dist/viewer/viewer.js' : join('dist', name.replace(/\.ts$/, '.js'));
    outputs.set(output, [...(outputs.get(output) ?? config), file]);
  }
  for (const [output, inputs] of outputs) {
    if (!existsSync(output)) return `${output} is missing`;
    const built = statSync(output).mtimeMs;
    const newer = inputs.find((input) => statSync(input).mtimeMs > built);
    if (newer) return `${newer} is newer than ${output}`;
  }
  return undefined;
}

const ifStale = process.argv.includes('--if-stale');
const why = !existsSync('dist/cli/main.js') ? 'no build in dist/ yet' : ifStale && existsSync('src') ? staleBecause() : undefined;
if (why) {
  process.stderr.write(`papergraph: ${why}, so building it first (npm run build)\n`);
  const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { stdio: 'inherit' });
  process.exit(built.status ?? 1);
}
