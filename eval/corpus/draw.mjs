#!/usr/bin/env node
// Draws abstracts for annotation, reproducibly: a seeded shuffle of both shared corpora, skipping
// every abstract already in eval/ and every paper of the shipped samples (matched by title).
//   node eval/corpus/draw.mjs --seed N --count K [--numbers] [--skip FILE ...] > out.jsonl
// --numbers keeps only abstracts that state a number in a sentence with a percent sign, a decimal
// or a comparison word (for the results set).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl, titleKey } from './records.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const shared = join(repo, '..', 'shared', 'data');
const args = process.argv.slice(2);
const opt = (k, d) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : d;
};
const seed = Number(opt('--seed', '1'));
const count = Number(opt('--count', '10'));
const numbers = args.includes('--numbers');
const skipFiles = args.flatMap((a, i) => (a === '--skip' ? [args[i + 1]] : []));

const seen = new Set();
for (const f of readdirSync(join(repo, 'eval')))
  if (f.endsWith('-abstracts.jsonl')) for (const r of readJsonl(join(repo, 'eval', f))) seen.add(titleKey(r.title));
for (const f of skipFiles) for (const r of readJsonl(f)) seen.add(titleKey(r.title));
const sample = readFileSync(join(repo, 'data', 'hf-daily-papers-sample.txt'), 'utf8').split('\n');
for (const line of sample) if (line.trim().length > 0 && line.length < 300) seen.add(titleKey(line));
for (const r of readJsonl(join(repo, 'data', 'arxiv-recent-sample.jsonl'))) seen.add(titleKey(r.title));

// mulberry32: small, seeded, the same on every Node version.
function rng(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(seed);
const pool = ['abstracts-arxiv-daily.jsonl', 'abstracts-ml-venues.jsonl'].flatMap((f) => readJsonl(join(shared, f)));
const statesNumber = (a) => /\d+(\.\d+)?\s*(%|percent|points?\b)|\b\d+\.\d+\b|\b(accuracy|F1|BLEU|score|error|top-1)\b[^.]{0,60}\d/.test(a);
const picked = [];
const order = pool.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
for (const i of order) {
  const r = pool[i];
  if (!r.abstract || r.abstract.length < 200 || seen.has(titleKey(r.title))) continue;
  if (numbers && !statesNumber(r.abstract)) continue;
  seen.add(titleKey(r.title));
  picked.push({ id: r.id, title: r.title, abstract: r.abstract });
  if (picked.length === count) break;
}
for (const r of picked) process.stdout.write(JSON.stringify(r) + '\n');
