#!/usr/bin/env node
// npm run eval: extract the shipped sample and score it against the development gold set in
// ../shared/eval (when that folder exists), printing the scorer's table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const gold = '../shared/eval/gold-dev.jsonl';
const scorer = '../shared/eval/score-extraction.mjs';
const sample = process.argv[2] ?? 'data/hf-daily-papers-sample.txt';
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
const score = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...process.argv.slice(3)], { stdio: 'inherit' });
process.exit(score.status ?? 1);
