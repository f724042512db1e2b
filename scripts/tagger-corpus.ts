// The guideline-annotated corpora the tagger trains and is measured on, and the seeded train/dev split.
import { readFileSync } from 'node:fs';
import type { GoldEntity } from '../src/extract/tagger/gold-labels.js';
import type { TaggedType } from '../src/extract/tagger/labels.js';
import { seededRandom, shuffled } from '../src/extract/tagger/train.js';

export interface AnnotatedPaper {
  readonly title: string;
  readonly abstract: string;
  readonly entities: readonly GoldEntity[];
  /** The gold line as the scorer reads it. */
  readonly gold: string;
}

export const TRAIN_ABSTRACTS = 'eval/corpus/train-abstracts.jsonl';
export const TRAIN_GOLD = 'eval/corpus/train-gold.jsonl';
/** The further blind-annotated sets, training only: train2 (annotators E–H), train3 (I–L), train4 (M–R), train5–train24 (seeds 14006–14025). */
export const EXTRA_TRAIN_SETS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29].map(
  (n) => `eval/corpus/train${n}`,
);
export const HELDOUT_SETS = ['', '2', '3', '4', '5', '6', '7', '8'].map((n) => `eval/heldout${n}`);
/** The unsupervised word classes (scripts/word-classes.ts writes them). */
export const WORD_CLASSES_FILE = 'eval/word-classes.tsv';
/** The seed and size of the development split drawn from the 400 training abstracts. */
export const SPLIT_SEED = 1414;
export const DEV_SIZE = 60;

const FIELDS: Record<string, TaggedType> = {
  methods: 'method',
  benchmarks: 'benchmark',
  models: 'model',
  tasks: 'task',
  metrics: 'metric',
};
const titleKey = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();

interface GoldMention {
  name: string;
  mention?: string;
  aliases?: string[];
  optional?: boolean;
}

const lines = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim());

/** Abstracts and their gold, matched by title. */
export function loadAnnotated(abstractsPath: string, goldPath: string): AnnotatedPaper[] {
  const abstracts = new Map(
    lines(abstractsPath).map((l) => {
      const p = JSON.parse(l) as { title: string; abstract: string };
      return [titleKey(p.title), p] as const;
    }),
  );
  return lines(goldPath).map((line, i) => {
    const gold = JSON.parse(line) as Record<string, unknown> & { title: string };
    const paper = abstracts.get(titleKey(gold.title));
    if (!paper) throw new Error(`${goldPath}:${i + 1}: no abstract titled "${gold.title}" in ${abstractsPath}`);
    const entities: GoldEntity[] = Object.entries(FIELDS).flatMap(([field, type]) =>
      ((gold[field] as GoldMention[] | undefined) ?? []).map((e) => ({
        type,
        forms: [e.mention ?? '', ...(e.aliases ?? []), e.name].filter((f) => f.trim()),
        optional: e.optional ?? false,
      })),
    );
    return { title: paper.title, abstract: paper.abstract, entities, gold: line };
  });
}

/** The 400 training abstracts split by a seeded shuffle: DEV_SIZE for development, the rest for training. */
export function trainDevSplit(): { train: AnnotatedPaper[]; dev: AnnotatedPaper[] } {
  const all = shuffled(loadAnnotated(TRAIN_ABSTRACTS, TRAIN_GOLD), seededRandom(SPLIT_SEED));
  return { dev: all.slice(0, DEV_SIZE), train: all.slice(DEV_SIZE) };
}

/** The older held-out sets: all read while tuning the rules, so training data here. */
export function heldoutPapers(): AnnotatedPaper[] {
  return HELDOUT_SETS.flatMap((set) => loadAnnotated(`${set}-abstracts.jsonl`, `${set}-gold.jsonl`));
}

/** The further blind-annotated abstracts (3,600): training only (the dev split stays the 60 of the first 400). */
export function extraTrainPapers(): AnnotatedPaper[] {
  return EXTRA_TRAIN_SETS.flatMap((set) => loadAnnotated(`${set}-abstracts.jsonl`, `${set}-gold.jsonl`));
}
