#!/usr/bin/env node
// npm run eval:results[:dev]: extracts results from an abstracts file and scores them against gold.
//   node scripts/eval-results-run.mjs ABSTRACTS GOLD [--verbose]
// The gold file is checked first: without it the extractor does not run on the abstracts at all
// (eval/corpus/results-abstracts.jsonl is a blind test set).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extractToFile } from './extract-to-file.mjs';
import { basename } from 'node:path';

const [abstracts, gold, ...flags] = process.argv.slice(2);
if (!abstracts || !gold) {
  process.stderr.write('usage: eval-results-run.mjs ABSTRACTS.jsonl GOLD.jsonl [--verbose]\n');
  process.exit(2);
}
if (!existsSync(gold)) {
  process.stdout.write(`no gold set at ${gold}; nothing extracted or scored\n`);
  process.exit(0);
}
const pred = `test-output/results-pred-${basename(abstracts, '.jsonl')}.jsonl`;
extractToFile(abstracts, pred);
const score = spawnSync(process.execPath, ['scripts/eval-results.mjs', '--gold', gold, '--pred', pred, ...flags], { stdio: 'inherit' });
process.exit(score.status ?? 1);
