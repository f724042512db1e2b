#!/usr/bin/env node
// npm run eval: extract the shipped sample and score it against the development gold set in
// ../shared/eval (when that folder exists), printing the scorer's table.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extractToFile } from './extract-to-file.mjs';

// npm run eval [-- CORPUS [--gold GOLD] [scorer flags such as --verbose]]
// npm run eval -- --ablation: rules alone, tagger alone and combined, on the dev gold and the dev split.
// npm run eval -- --split test: the frozen test split of eval/corpus (scored once per release, tables only).
const args = process.argv.slice(2);
const tagger = (...a) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-tagger.ts', ...a], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
};
const splitAt = args.indexOf('--split');
if (splitAt >= 0) {
  const split = args[splitAt + 1];
  if (split !== 'test' && split !== 'dev') {
    process.stderr.write(`--split takes test or dev, not ${split}\n`);
    process.exit(2);
  }
  tagger(split, 'combined', '--roles');
  process.exit(0);
}
if (args.includes('--ablation')) {
  tagger('gold-dev', 'all', '--roles');
  tagger('dev', 'all', '--roles');
  process.exit(0);
}
const defaultRun = !args[0] || args[0].startsWith('--');
const goldAt = args.indexOf('--gold');
const gold = goldAt >= 0 ? args.splice(goldAt, 2)[1] : '../shared/eval/gold-dev.jsonl';
const scorer = '../shared/eval/score-extraction.mjs';
const sample = args[0] && !args[0].startsWith('--') ? args.shift() : 'data/hf-daily-papers-sample.txt';
const pred = 'test-output/eval-pred.jsonl';

extractToFile(sample, pred);
if (!existsSync(gold) || !existsSync(scorer)) {
  process.stdout.write(`wrote ${pred}; no gold set at ${gold}, nothing to score\n`);
  process.exit(0);
}
const score = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...args], { stdio: 'inherit' });
if (score.status !== 0) process.exit(score.status ?? 1);
// The default run also scores the dev split of the annotated corpus (60 of eval/corpus/train, seeded).
if (defaultRun && goldAt < 0) tagger('dev', 'combined', '--roles', ...args);
