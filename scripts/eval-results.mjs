#!/usr/bin/env node
// Scores predicted result tuples against gold (eval/results-format: see README "Leaderboards").
//   node scripts/eval-results.mjs --gold G --pred P [--verbose] [--json]
// Predictions may add subjectMention / metricMention: the surface form, which also counts as agreeing.
// A prediction matches a gold result of the same abstract (one-to-one, greedy in prediction order)
// when the benchmark agrees (name or alias, ignoring case and punctuation) and the value agrees
// numerically. Optional gold is neither rewarded nor punished: a prediction matching it is dropped.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (k) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const goldFile = opt('--gold');
const predFile = opt('--pred');
if (!goldFile || !predFile) {
  process.stderr.write('usage: eval-results.mjs --gold GOLD.jsonl --pred PRED.jsonl [--verbose] [--json]\n');
  process.exit(2);
}
const verbose = args.includes('--verbose');

const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line, i + 1])
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      try {
        return JSON.parse(line);
      } catch (e) {
        process.stderr.write(`✗ ${file}:${n}: invalid JSON: ${e.message}\n`);
        process.exit(65);
      }
    });
const key = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
const sameValue = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const benchmarkKeys = (g) => new Set([g.benchmark, ...(g.benchmarkAliases ?? [])].map(key));
const sameText = (a, b) => key(a) === key(b);

const gold = readJsonl(goldFile);
const pred = readJsonl(predFile);
const predById = new Map(pred.map((p) => [p.id, p]));
const predByTitle = new Map(pred.map((p) => [key(p.title), p]));

let tp = 0;
let fp = 0;
let fn = 0;
let subjectOk = 0;
let metricOk = 0;
let deltaOk = 0;
const lines = [];
for (const g of gold) {
  const p = (g.id !== undefined && predById.get(g.id)) || predByTitle.get(key(g.title));
  const predicted = p?.results ?? [];
  const open = (g.results ?? []).map((r) => ({ r, keys: benchmarkKeys(r), used: false }));
  for (const r of predicted) {
    const hit = open.find((o) => !o.used && o.keys.has(key(r.benchmark)) && sameValue(Number(r.value), o.r.value));
    if (!hit) {
      fp++;
      if (verbose) lines.push(`  FP ${g.id}: ${r.benchmark} = ${r.value}${r.unit ?? ''} (${r.mention ?? ''})`);
      continue;
    }
    hit.used = true;
    if (hit.r.optional) continue;
    tp++;
    // A name or the form the sentence used ("DES" for "Detection with Enriched Semantics") counts.
    const s = sameText(r.subject, hit.r.subject) || (r.subjectMention !== undefined && sameText(r.subjectMention, hit.r.subject));
    const m = sameText(r.metric, hit.r.metric) || (r.metricMention !== undefined && sameText(r.metricMention, hit.r.metric));
    const d = Boolean(r.isDelta) === Boolean(hit.r.isDelta);
    subjectOk += s ? 1 : 0;
    metricOk += m ? 1 : 0;
    deltaOk += d ? 1 : 0;
    if (verbose && !(s && m && d))
      lines.push(
        `  ~  ${g.id}: ${hit.r.benchmark} = ${hit.r.value}` +
          (s ? '' : ` subject ${JSON.stringify(r.subject)} ≠ ${JSON.stringify(hit.r.subject)}`) +
          (m ? '' : ` metric ${JSON.stringify(r.metric)} ≠ ${JSON.stringify(hit.r.metric)}`) +
          (d ? '' : ` isDelta ${r.isDelta} ≠ ${hit.r.isDelta}`),
      );
  }
  for (const o of open) {
    if (o.used || o.r.optional) continue;
    fn++;
    if (verbose) lines.push(`  FN ${g.id}: ${o.r.benchmark} = ${o.r.value}${o.r.unit ?? ''} (${o.r.mention ?? ''})`);
  }
}
const ratio = (a, b) => (b === 0 ? 0 : a / b);
const precision = ratio(tp, tp + fp);
const recall = ratio(tp, tp + fn);
const f1 = ratio(2 * precision * recall, precision + recall);
const scores = {
  abstracts: gold.length,
  tp,
  fp,
  fn,
  precision,
  recall,
  f1,
  subjectAccuracy: ratio(subjectOk, tp),
  metricAccuracy: ratio(metricOk, tp),
  isDeltaAgreement: ratio(deltaOk, tp),
};
if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(scores) + '\n');
} else {
  const f = (x) => x.toFixed(3);
  process.stdout.write(
    `abstracts ${gold.length}   tp ${tp}  fp ${fp}  fn ${fn}\n` +
      `precision ${f(precision)}  recall ${f(recall)}  f1 ${f(f1)}\n` +
      `on the ${tp} matches: subject accuracy ${f(scores.subjectAccuracy)}  metric accuracy ${f(scores.metricAccuracy)}  isDelta agreement ${f(scores.isDeltaAgreement)}\n`,
  );
  if (verbose) process.stdout.write(lines.join('\n') + '\n');
}
