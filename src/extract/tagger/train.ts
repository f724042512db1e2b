import type { TokenFeatures } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { encodeModel } from './model.js';
import { EMPTY_CLASSES, type WordClasses } from './word-classes.js';
import { constrainedViterbi, viterbi } from './viterbi.js';

export interface TrainingSequence {
  readonly features: TokenFeatures;
  readonly labels: Uint8Array;
  /**
   * Partial labels, for corpora that annotate only some classes: per token, the labels allowed there
   * (bit y for label y). The update's target is then the best labelling the current weights give
   * within them, so a token whose class the corpus does not annotate is free, not "outside".
   */
  readonly masks?: Uint16Array;
  /** How much an update on this sequence counts (down-weighted extra data < 1). */
  readonly weight?: number;
}

export interface TrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Features seen fewer times in the training data are dropped. */
  readonly minCount: number;
  /** Feature rows whose largest averaged weight is below this are pruned from the model file. */
  readonly prune: number;
}

/** mulberry32: a small seeded generator, so the visiting order and so the model are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Indexed {
  readonly rows: Int32Array;
  readonly offsets: Uint32Array;
  readonly labels: Uint8Array;
  readonly masks: Uint16Array | undefined;
  readonly weight: number;
}

/**
 * Averaged structured perceptron (Collins 2002) over a first-order chain, with the lazy averaging
 * trick: `u` accumulates each update times the step it was made at, so average = w − u / steps.
 * Returns the encoded model file, with the word classes the sequences' features were made with.
 */
export function trainTagger(sequences: readonly TrainingSequence[], options: TrainingOptions): { bytes: Uint8Array; features: number } {
  return pruneModel(trainWeights(sequences, options), options.prune);
}

/** The averaged weights of every feature kept by `minCount`, before pruning. */
export interface TrainedWeights {
  readonly hashes: readonly number[];
  readonly weights: Float64Array;
  readonly transitions: Float64Array;
  /** The word classes every sequence's features were made with: the model file carries them. */
  readonly classes: WordClasses;
}

export function trainWeights(sequences: readonly TrainingSequence[], options: Omit<TrainingOptions, 'prune'>): TrainedWeights {
  const L = LABEL_COUNT;
  const classes = sequences[0]?.features.classes ?? EMPTY_CLASSES;
  if (sequences.some((s) => s.features.classes !== classes)) throw new Error('training sequences made with different word classes');
  const counts = new Map<number, number>();
  for (const s of sequences) for (const h of s.features.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const hashes: number[] = [];
  for (const [h, c] of counts) {
    if (c < options.minCount) continue;
    rowOf.set(h, hashes.length);
    hashes.push(h);
  }
  const data: Indexed[] = sequences.map((s) => {
    const rows: number[] = [];
    const offsets = new Uint32Array(s.labels.length + 1);
    for (let t = 0; t < s.labels.length; t++) {
      for (let f = s.features.offsets[t]!; f < s.features.offsets[t + 1]!; f++) {
        const row = rowOf.get(s.features.hashes[f]!);
        if (row !== undefined) rows.push(row);
      }
      offsets[t + 1] = rows.length;
    }
    return { rows: Int32Array.from(rows), offsets, labels: s.labels, masks: s.masks, weight: s.weight ?? 1 };
  });
  const w = new Float64Array(hashes.length * L);
  const u = new Float64Array(hashes.length * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const random = seededRandom(options.seed);
  let step = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const s of shuffled(data, random)) {
      const n = s.labels.length;
      const emissions = new Float64Array(n * L);
      for (let t = 0; t < n; t++) {
        for (let f = s.offsets[t]!; f < s.offsets[t + 1]!; f++) {
          const row = s.rows[f]! * L;
          for (let y = 0; y < L; y++) emissions[t * L + y]! += w[row + y]!;
        }
      }
      const predicted = viterbi(emissions, n, tw).labels;
      const target = s.masks ? constrainedViterbi(emissions, n, tw, s.masks) : s.labels;
      const amount = s.weight;
      for (let t = 0; t < n; t++) {
        const gold = target[t]!;
        const guess = predicted[t]!;
        if (gold !== guess) {
          for (let f = s.offsets[t]!; f < s.offsets[t + 1]!; f++) {
            const row = s.rows[f]! * L;
            w[row + gold]! += amount;
            u[row + gold]! += amount * step;
            w[row + guess]! -= amount;
            u[row + guess]! -= amount * step;
          }
        }
        const goldFrom = t === 0 ? L : target[t - 1]!;
        const guessFrom = t === 0 ? L : predicted[t - 1]!;
        if (goldFrom !== guessFrom || gold !== guess) {
          tw[goldFrom * L + gold]! += amount;
          tu[goldFrom * L + gold]! += amount * step;
          tw[guessFrom * L + guess]! -= amount;
          tu[guessFrom * L + guess]! -= amount * step;
        }
      }
      step++;
    }
  }
  const transitions = tw.map((x, i) => x - tu[i]! / step);
  const weights = w.map((x, i) => x - u[i]! / step);
  return { hashes, weights, transitions, classes };
}

/** The model file of the rows whose largest averaged weight reaches `prune`. */
export function pruneModel(trained: TrainedWeights, prune: number): { bytes: Uint8Array; features: number } {
  const L = LABEL_COUNT;
  const { hashes, weights, transitions, classes } = trained;
  const kept: number[] = [];
  const keptWeights: number[] = [];
  for (let r = 0; r < hashes.length; r++) {
    let max = 0;
    for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(weights[r * L + y]!));
    if (max < prune) continue;
    kept.push(hashes[r]!);
    for (let y = 0; y < L; y++) keptWeights.push(weights[r * L + y]!);
  }
  return { bytes: encodeModel(kept, Float64Array.from(keptWeights), transitions, classes), features: kept.length };
}
