// npx tsx scripts/tagger-folds.ts [--epochs N]: judges a change to the tagger's features or training on
// more text than the 60-abstract dev split. Two folds over the further blind-annotated sets
// (EXTRA_TRAIN_SETS): each fold trains on everything else with the shipped options and scores the half
// it did not see; then one model trained on all the training data scores the dev split. Prints the
// tagger alone and combined with the rules for both. The frozen test split is not used.
// --prune P,Q scores the models that other pruning thresholds give from the same training (rows per
// model beside the figures), to size the model on the folds rather than on the dev split alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultExtractorConfig, extractEntities, type Combination } from '../src/extract/index.js';
import { decodeModel, type TaggerModel } from '../src/extract/tagger/model.js';
import { pruneModel, trainWeights, type TrainingSequence } from '../src/extract/tagger/train.js';
import { scorePredictions, writePredictions } from './predictions.js';
import { roleScore } from './role-accuracy.js';
import { extraTrainPapers, trainDevSplit, type AnnotatedPaper } from './tagger-corpus.js';
import { joinGroups, TRAINING, trainingGroups } from './tagger-training.js';

const { values } = parseArgs({
  options: { epochs: { type: 'string' }, prune: { type: 'string' }, 'no-word-classes': { type: 'boolean' } },
});
const options = {
  ...TRAINING,
  ...(values.epochs ? { epochs: Number(values.epochs) } : {}),
  ...(values['no-word-classes'] ? { wordClasses: false } : {}),
};
const TYPES = ['method', 'benchmark', 'model', 'task', 'metric', 'any-type'] as const;
type Tally = { tp: number; fp: number; fn: number };
type Counts = Record<(typeof TYPES)[number], Tally> & { rolesRight: number; rolesMatched: number };

mkdirSync('test-output', { recursive: true });
const started = performance.now();
const groups = trainingGroups(options);
const COMBINATIONS: Combination[] = ['tagger', 'combined'];

function score(papers: readonly AnnotatedPaper[], tagger: TaggerModel, combination: Combination): Counts {
  const config = { ...defaultExtractorConfig({ combination: 'rules' }), combination, tagger };
  const extracted = papers.map((p) => ({ title: p.title, entities: extractEntities(p, config) }));
  const gold = 'test-output/folds-gold.jsonl';
  const pred = 'test-output/folds-pred.jsonl';
  writeFileSync(gold, papers.map((p) => p.gold).join('\n') + '\n');
  writePredictions(pred, extracted);
  const s = scorePredictions(gold, pred);
  const roles = roleScore(gold, extracted);
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: s[t]!.tp, fp: s[t]!.fp, fn: s[t]!.fn }]));
  return { ...(counts as Record<(typeof TYPES)[number], Tally>), rolesRight: roles.right, rolesMatched: roles.matched };
}

function add(into: Counts | undefined, c: Counts): Counts {
  if (!into) return c;
  for (const type of TYPES) for (const n of ['tp', 'fp', 'fn'] as const) into[type][n] += c[type][n];
  into.rolesRight += c.rolesRight;
  into.rolesMatched += c.rolesMatched;
  return into;
}

const prunes = values.prune ? values.prune.split(',').map(Number) : [options.prune];
const modelRows = new Map<number, number[]>();
/** One training, pruned at each threshold. */
function train(sequences: TrainingSequence[]): [number, TaggerModel][] {
  const trained = trainWeights(sequences, options);
  return prunes.map((prune) => {
    const { bytes, features } = pruneModel(trained, prune);
    modelRows.set(prune, [...(modelRows.get(prune) ?? []), features]);
    return [prune, decodeModel(bytes)];
  });
}
const pruned = (prune: number): string => (prunes.length > 1 ? `, prune ${prune}` : '');
const rows = new Map<string, Counts>();
const extra = extraTrainPapers();
for (const k of [0, 1]) {
  const inFold = (i: number) => i % 2 === k;
  const taggers = train([
    ...groups.base,
    ...groups.extra.filter((_, i) => !inFold(i)),
    ...groups.public.map((s) => ({ ...s, weight: options.publicWeight })),
  ]);
  const fold = extra.filter((_, i) => inFold(i));
  for (const [prune, tagger] of taggers) {
    for (const combination of COMBINATIONS) {
      const name = `2 folds (${extra.length} abstracts), ${combination}${pruned(prune)}`;
      rows.set(name, add(rows.get(name), score(fold, tagger, combination)));
    }
  }
  process.stderr.write(`fold ${k + 1} of 2 scored\n`);
}
const { dev } = trainDevSplit();
for (const [prune, full] of train(joinGroups(groups, options)))
  for (const combination of COMBINATIONS)
    rows.set(`dev split (${dev.length}), ${combination}${pruned(prune)}`, score(dev, full, combination));

const f = (x: number): string => x.toFixed(3);
const f1 = ({ tp, fp, fn }: Tally): string => f((2 * tp) / Math.max(1, 2 * tp + fp + fn));
console.log(`${JSON.stringify(options)}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
for (const [prune, counts] of modelRows) console.log(`prune ${prune}: ${counts.join(' / ')} feature rows (fold 1 / fold 2 / all)`);
console.log(`| set, extractor | any-type (P / R) | ${TYPES.slice(0, 5).join(' | ')} | roles |`);
console.log(
  `| --- | --- | ${TYPES.slice(0, 5)
    .map(() => '---')
    .join(' | ')} | --- |`,
);
for (const [name, c] of rows) {
  const any = c['any-type'];
  const p = any.tp / Math.max(1, any.tp + any.fp);
  const r = any.tp / Math.max(1, any.tp + any.fn);
  console.log(
    `| ${name} | ${f1(any)} (${f(p)} / ${f(r)}) | ${TYPES.slice(0, 5)
      .map((t) => f1(c[t]))
      .join(' | ')} | ${f(c.rolesRight / Math.max(1, c.rolesMatched))} |`,
  );
}
