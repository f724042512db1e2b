#!/usr/bin/env node
// npm run eval: extract the shipped sample and score it against the development gold set in
// ../shared/eval (when that folder exists), printing the scorer's table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

// npm run eval [-- CORPUS [--gold GOLD] [scorer flags such as --verbose]]
const args = process.argv.slice(2);
const goldAt = args.indexOf('--gold');
const gold = goldAt >= 0 ? args.splice(goldAt, 2)[1] : '../shared/eval/gold-dev.jsonl';
const scorer = '../shared/eval/score-extraction.mjs';
const sample = args[0] && !args[0].startsWith('--') ? args.shift() : 'data/hf-daily-papers-sample.txt';
const pred = 'test-output/eval-pred.jsonl';

const extract = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', sample, '--jsonl'], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (extract.status !== 0) {
  process.stderr.write(extract.stderr);
  process.exit(extract.status ?? 1);
}
mkdirSync('test-output', { recursive: true });
writeFileSync(pred, extract.stdout);
if (!existsSync(gold) || !existsSync(scorer)) {
  process.stdout.write(`wrote ${pred}; no gold set at ${gold}, nothing to score\n`);
  process.exit(0);
}
const score = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...args], { stdio: 'inherit' });
process.exit(score.status ?? 1);
