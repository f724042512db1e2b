// Runs `papergraph extract FILE --jsonl` from the sources and writes its output to `pred`; exits with the
// command's status (and its messages) when it fails. Shared by eval.mjs and eval-results-run.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function extractToFile(input, pred) {
  const extract = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', input, '--jsonl'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (extract.status !== 0) {
    process.stderr.write(extract.stderr);
    process.exit(extract.status ?? 1);
  }
  mkdirSync(dirname(pred), { recursive: true });
  writeFileSync(pred, extract.stdout);
}
