// npm run ablation:tagger [-- --epochs N]: trains the tagger on each combination of training data
// (with and without train2–9, with and without the public corpora) and scores every model on the dev
// split (60 of eval/corpus/train, never trained on), the tagger alone and combined with the rules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultExtractorConfig, extractEntities, type Combination } from '../src/extract/index.js';
import { decodeModel } from '../src/extract/tagger/model.js';
import { trainTagger } from '../src/extract/tagger/train.js';
import { scorePredictions, writePredictions } from './predictions.js';
import { roleScore } from './role-accuracy.js';
import { trainDevSplit } from './tagger-corpus.js';
import { joinGroups, TRAINING, trainingGroups, type TrainingData } from './tagger-training.js';

const { values } = parseArgs({ options: { epochs: { type: 'string' }, weights: { type: 'string' } } });
const epochs = values.epochs ? Number(values.epochs) : TRAINING.epochs;
const weights = (values.weights ?? `0,${TRAINING.publicWeight}`).split(',').map(Number);

mkdirSync('test-output', { recursive: true });
const { dev } = trainDevSplit();
const gold = 'test-output/dev-split-gold.jsonl';
writeFileSync(gold, dev.map((p) => p.gold).join('\n') + '\n');
const groups = trainingGroups({ extra: true, publicWeight: 1, wordClasses: TRAINING.wordClasses });

const f = (x: number): string => x.toFixed(3);
console.log(
  '| train2–9 | public weight | extractor | any-type (P / R) | methods | benchmarks | models | tasks | metrics | roles | model bytes |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const extra of [false, true]) {
  for (const publicWeight of weights) {
    const data: TrainingData = { extra, publicWeight, wordClasses: TRAINING.wordClasses };
    const { bytes } = trainTagger(joinGroups(groups, data), { ...TRAINING, epochs });
    const tagger = decodeModel(bytes);
    for (const combination of ['tagger', 'combined'] as Combination[]) {
      const config = { ...defaultExtractorConfig({ combination: 'rules' }), combination, tagger };
      const extracted = dev.map((p) => ({ title: p.title, entities: extractEntities(p, config) }));
      const pred = `test-output/ablation-${combination}.jsonl`;
      writePredictions(pred, extracted);
      const score = scorePredictions(gold, pred);
      const roles = roleScore(gold, extracted);
      const any = score['any-type']!;
      console.log(
        `| ${extra ? 'yes' : 'no'} | ${publicWeight} | ${combination} | ${f(any.f1)} (${f(any.precision)} / ${f(any.recall)}) | ` +
          ['method', 'benchmark', 'model', 'task', 'metric'].map((t) => f(score[t]!.f1)).join(' | ') +
          ` | ${f(roles.right / Math.max(1, roles.matched))} | ${bytes.length} |`,
      );
    }
  }
}
