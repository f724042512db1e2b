#!/usr/bin/env node
// Draws the dated arXiv sample that `npm start` loads besides the Daily Papers page, reproducibly:
//   node scripts/draw-arxiv-sample.mjs [--count 2000] > data/arxiv-recent-sample.jsonl
// From ../shared/data/abstracts-arxiv-daily.jsonl (arXiv listings, CC0 metadata) it keeps new
// submissions (the arXiv id's yymm is the listing's month or the one before, so not old papers
// cross-listed again), skips every abstract of the blind annotation sets in eval/ and eval/corpus/
// (by id and by normalised title, as eval/corpus/draw.mjs matches), and takes `count` of them in
// the order of a hash of the id, so the pick spreads over every listing day.
// `published` is the listing date: the day arXiv announced the paper (its id gives only the month).
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl, titleKey } from '../eval/corpus/records.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--count') + 1] ?? 2000) || 2000;

// Only the id and title of each blind abstract are read, to leave them out.
const skipIds = new Set();
const skipTitles = new Set();
for (const dir of ['eval', join('eval', 'corpus')]) {
  for (const f of readdirSync(join(repo, dir))) {
    if (!f.endsWith('-abstracts.jsonl')) continue;
    for (const r of readJsonl(join(repo, dir, f))) {
      if (r.id) skipIds.add(String(r.id));
      skipTitles.add(titleKey(r.title));
    }
  }
}

const ARXIV_CATEGORY = /^[a-z-]+(\.[A-Za-z-]+)?$/;
const isNew = (id, listed) => {
  const yymm = /^arxiv:(\d{2})(\d{2})\./.exec(id);
  if (!yymm) return false;
  const months = (y, m) => y * 12 + m;
  const [ly, lm] = listed.split('-').map(Number);
  const diff = months(ly, lm) - months(2000 + Number(yymm[1]), Number(yymm[2]));
  return diff === 0 || diff === 1;
};
const hash = (s) => createHash('sha256').update(s).digest('hex');

const rows = readJsonl(join(repo, '..', 'shared', 'data', 'abstracts-arxiv-daily.jsonl'))
  .filter((r) => r.abstract && r.listing_date && isNew(r.id, r.listing_date))
  .filter((r) => !skipIds.has(String(r.id)) && !skipTitles.has(titleKey(r.title)))
  .map((r) => ({ r, h: hash(r.id) }))
  .sort((a, b) => (a.h < b.h ? -1 : 1))
  .slice(0, count)
  .map(({ r }) => r)
  .sort((a, b) => (a.listing_date < b.listing_date ? -1 : a.listing_date > b.listing_date ? 1 : a.id < b.id ? -1 : 1));

for (const r of rows) {
  const record = {
    id: r.id,
    title: r.title,
    abstract: r.abstract,
    published: r.listing_date,
    url: r.url,
    categories: r.categories.filter((c) => ARXIV_CATEGORY.test(c)),
  };
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
process.stderr.write(`${rows.length} abstracts, skipped ${skipIds.size} blind ids / ${skipTitles.size} titles\n`);
