// `npm start` runs the built CLI (dist/): an install that skipped `prepare` (npm ci --ignore-scripts,
// a copied node_modules) has none, and node would stop with a bare MODULE_NOT_FOUND. Build it first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli/main.js')) {
  process.stderr.write('papergraph: no build in dist/ yet, so building it first (npm run build)\n');
  const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { stdio: 'inherit' });
  process.exit(built.status ?? 1);
}
