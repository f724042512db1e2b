// npx tsx scripts/tune-combine.ts: chooses the combination of rules and tagger on more text than the
// 60-abstract dev split. Two folds over the 3,600 abstracts of train2–9: each fold trains the tagger
// (the shipped training options) on everything else and scores the 400 it did not see, for the tagger
// alone and for the combination at each setting of COMBINE (src/extract/tagger/combine.ts); figures are
// summed over both folds. The dev split and the frozen test split are not used.
import { mkdirSync, writeFileSync } from 'node:fs';
import { defaultExtractorConfig, extractEntities, type Combination } from '../src/extract/index.js';
import { COMBINE } from '../src/extract/tagger/combine.js';
import { decodeModel, type TaggerModel } from '../src/extract/tagger/model.js';
import { trainTagger } from '../src/extract/tagger/train.js';
import { scorePredictions, writePredictions } from './predictions.js';
import { roleScore } from './role-accuracy.js';
import { extraTrainPapers, type AnnotatedPaper } from './tagger-corpus.js';
import { TRAINING, trainingGroups } from './tagger-training.js';

const TYPES = ['method', 'benchmark', 'model', 'task', 'metric', 'any-type'] as const;
type Counts = Record<(typeof TYPES)[number], { tp: number; fp: number; fn: number }> & { rolesRight: number; rolesMatched: number };

mkdirSync('test-output', { recursive: true });
const groups = trainingGroups({ ...TRAINING });
const papers = extraTrainPapers();
const settings: { name: string; combination: Combination; combine?: Partial<typeof COMBINE> }[] = [
  { name: 'tagger alone', combination: 'tagger' },
];
for (const vetoBelow of [0.55, 0.85, 1])
  for (const winsBelow of [0.61, 0.9, 1.01])
    settings.push({ name: `combined veto<${vetoBelow} wins<${winsBelow}`, combination: 'combined', combine: { vetoBelow, winsBelow } });
const shipped = { ...COMBINE };
const totals = new Map<string, Counts>();

function score(fold: readonly AnnotatedPaper[], tagger: TaggerModel, setting: (typeof settings)[number]): Counts {
  Object.assign(COMBINE, shipped, setting.combine ?? {});
  const config = { ...defaultExtractorConfig({ combination: setting.combination }), tagger };
  const extracted = fold.map((p) => ({ title: p.title, entities: extractEntities(p, config) }));
  const gold = 'test-output/tune-gold.jsonl';
  const pred = 'test-output/tune-pred.jsonl';
  writeFileSync(gold, fold.map((p) => p.gold).join('\n') + '\n');
  writePredictions(pred, extracted);
  const s = scorePredictions(gold, pred);
  const roles = roleScore(gold, extracted);
  return {
    ...(Object.fromEntries(TYPES.map((t) => [t, { tp: s[t]!.tp, fp: s[t]!.fp, fn: s[t]!.fn }])) as Omit<
      Counts,
      'rolesRight' | 'rolesMatched'
    >),
    rolesRight: roles.right,
    rolesMatched: roles.matched,
  };
}

for (const k of [0, 1]) {
  const inFold = (i: number) => i % 2 === k;
  const sequences = [
    ...groups.base,
    ...groups.extra.filter((_, i) => !inFold(i)),
    ...groups.public.map((s) => ({ ...s, weight: TRAINING.publicWeight })),
  ];
  const tagger = decodeModel(trainTagger(sequences, TRAINING).bytes);
  const fold = papers.filter((_, i) => inFold(i));
  for (const setting of settings) {
    const c = score(fold, tagger, setting);
    const t = totals.get(setting.name);
    if (!t) totals.set(setting.name, c);
    else {
      for (const type of TYPES) for (const n of ['tp', 'fp', 'fn'] as const) t[type][n] += c[type][n];
      t.rolesRight += c.rolesRight;
      t.rolesMatched += c.rolesMatched;
    }
  }
  process.stderr.write(`fold ${k + 1} of 2 scored\n`);
}
Object.assign(COMBINE, shipped);

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): string => ((2 * tp) / Math.max(1, 2 * tp + fp + fn)).toFixed(3);
console.log(`| setting (3,600 abstracts, 2 folds) | ${TYPES.join(' | ')} | roles |`);
console.log(`| --- | ${TYPES.map(() => '---').join(' | ')} | --- |`);
for (const [name, t] of totals)
  console.log(`| ${name} | ${TYPES.map((type) => f1(t[type])).join(' | ')} | ${(t.rolesRight / Math.max(1, t.rolesMatched)).toFixed(3)} |`);
