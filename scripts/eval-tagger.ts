// Extracts an annotated set with one combination of rules and tagger and scores it with the shared
// scorer. Used by scripts/eval.mjs:
//   tsx scripts/eval-tagger.ts dev|gold-dev|test [rules|tagger|combined|all] [--roles] [scorer flags]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defaultExtractorConfig, extractEntities, type Combination } from '../src/extract/index.js';
import { readCorpusText } from '../src/ingest/index.js';
import { SCORER, writePredictions } from './predictions.js';
import { formatRoleScore, roleScore } from './role-accuracy.js';
import { trainDevSplit } from './tagger-corpus.js';

const [set = 'dev', which = 'combined', ...rest] = process.argv.slice(2);
const roles = rest.includes('--roles');
const scorerFlags = rest.filter((a) => a !== '--roles');

interface Paper {
  readonly title: string;
  readonly abstract: string;
}

function load(): { papers: Paper[]; gold: string } {
  mkdirSync('test-output', { recursive: true });
  if (set === 'dev') {
    const { dev } = trainDevSplit();
    const gold = 'test-output/dev-split-gold.jsonl';
    writeFileSync(gold, dev.map((p) => p.gold).join('\n') + '\n');
    return { papers: dev, gold };
  }
  if (set === 'test') {
    // The frozen test split: the lead scores it once per release.
    const file = 'eval/corpus/test-abstracts.jsonl';
    return { papers: readCorpusText(readFileSync(file, 'utf8'), file, 'jsonl').papers, gold: 'eval/corpus/test-gold.jsonl' };
  }
  const file = 'data/hf-daily-papers-sample.txt';
  return { papers: readCorpusText(readFileSync(file, 'utf8'), file).papers, gold: '../shared/eval/gold-dev.jsonl' };
}

const { papers, gold } = load();
const combinations: Combination[] = which === 'all' ? ['rules', 'tagger', 'combined'] : [which as Combination];
for (const combination of combinations) {
  const config = defaultExtractorConfig({ combination });
  const extracted = papers.map((p) => ({ title: p.title, entities: extractEntities(p, config) }));
  const pred = `test-output/eval-${set}-${combination}.jsonl`;
  writePredictions(pred, extracted, true);
  console.log(`\n${set === 'dev' ? 'dev split (60 of eval/corpus/train)' : set} — ${combination}`);
  const score = spawnSync(process.execPath, [SCORER, '--gold', gold, '--pred', pred, ...scorerFlags], { stdio: 'inherit' });
  if (score.status !== 0) process.exit(score.status ?? 1);
  if (roles) console.log(formatRoleScore(roleScore(gold, extracted)));
}
