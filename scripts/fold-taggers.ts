// The two fold taggers of the combination and role tuning (the same folds as scripts/fold-errors.ts):
// fold k holds every other abstract of the training sets (EXTRA_TRAIN_SETS), and its tagger trains with the
// shipped options on everything else. Cached in test-output/ (retrain after a change to the rules, the
// features or the training data: the stacked features read the rules' outputs).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { decodeModel, type TaggerModel } from '../src/extract/tagger/model.js';
import { trainTagger } from '../src/extract/tagger/train.js';
import { extraTrainPapers, type AnnotatedPaper } from './tagger-corpus.js';
import { TRAINING, trainingGroups, type TrainingGroups } from './tagger-training.js';

export const inFold = (k: number, i: number): boolean => i % 2 === k;

/** The abstracts fold k scores on. */
export function foldPapers(k: number, papers: readonly AnnotatedPaper[] = extraTrainPapers()): AnnotatedPaper[] {
  return papers.filter((_, i) => inFold(k, i));
}

let groups: TrainingGroups | undefined;

/** Fold k's tagger, from the cache unless `retrain`. */
export function foldTagger(k: number, retrain = false): TaggerModel {
  mkdirSync('test-output', { recursive: true });
  const file = `test-output/fold-tagger-${k}.bin`;
  if (!retrain && existsSync(file)) return decodeModel(new Uint8Array(readFileSync(file)));
  groups ??= trainingGroups({ ...TRAINING });
  const { bytes } = trainTagger(
    [
      ...groups.base,
      ...groups.extra.filter((_, i) => !inFold(k, i)),
      ...groups.public.map((s) => ({ ...s, weight: TRAINING.publicWeight })),
    ],
    TRAINING,
  );
  writeFileSync(file, bytes);
  process.stderr.write(`fold ${k + 1} tagger trained (${file})\n`);
  return decodeModel(bytes);
}

/**
 * Trains both fold taggers into the cache at once, each in its own process (scripts/train-fold.ts): on two
 * cores that halves the wait, and the bytes are what `foldTagger(k, true)` writes in one process.
 */
export async function retrainFolds(): Promise<void> {
  await Promise.all(
    [0, 1].map(
      (k) =>
        new Promise<void>((done, fail) => {
          // This process's own runtime and loader flags (tsx's), without an npx look-up per child.
          const child = spawn(process.execPath, [...process.execArgv, 'scripts/train-fold.ts', String(k)], { stdio: 'inherit' });
          child.on('error', fail);
          child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`fold ${k + 1} tagger training exited with ${code}`))));
        }),
    ),
  );
}
