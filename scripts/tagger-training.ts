// What the tagger trains on and how: the guideline-annotated abstracts, fully labelled, and the
// public corpora, partially labelled and down-weighted; each text's features stacked on the rules'
// own candidates. Shared by `npm run train:extractor` and the ablation.
import { ruleCandidates, type ExtractorConfig } from '../src/extract/extract.js';
import { compileLexicon } from '../src/extract/lexicon.js';
import { LEXICON, TOPICS } from '../src/extract/lexicon/index.js';
import { readFileSync } from 'node:fs';
import { tokenFeatures, wordHash } from '../src/extract/tagger/features.js';
import { goldLabels, partialLabelMasks } from '../src/extract/tagger/gold-labels.js';
import type { TrainingOptions, TrainingSequence } from '../src/extract/tagger/train.js';
import { buildWordClasses, EMPTY_CLASSES, type WordClasses } from '../src/extract/tagger/word-classes.js';
import { publicPapers, type PartialPaper } from './public-corpora.js';
import { heldoutPapers, extraTrainPapers, trainDevSplit, WORD_CLASSES_FILE, type AnnotatedPaper } from './tagger-corpus.js';

export interface TrainingData {
  /** Include eval/corpus/train2–train9 (3,600 more blind-annotated abstracts). */
  readonly extra: boolean;
  /** Weight of a public-corpus update relative to a guideline-annotated one; 0 leaves them out. */
  readonly publicWeight: number;
  /** Word-class features (eval/word-classes.tsv, shipped inside the model file). */
  readonly wordClasses: boolean;
}

export const TRAINING: TrainingOptions & TrainingData = {
  epochs: 12,
  seed: 14,
  minCount: 2,
  prune: 3,
  extra: true,
  publicWeight: 0.1,
  wordClasses: true,
};

const config: ExtractorConfig = { lexicon: compileLexicon(LEXICON), topics: TOPICS };

/** The word classes the options ask for: the table of scripts/word-classes.ts, keyed by the features' word hash. */
export function wordClasses(data: Pick<TrainingData, 'wordClasses'>): WordClasses {
  if (!data.wordClasses) return EMPTY_CLASSES;
  const rows = readFileSync(WORD_CLASSES_FILE, 'utf8')
    .split('\n')
    .filter((l) => l)
    .map((l) => l.split('\t'));
  return buildWordClasses(
    rows.map(([word]) => wordHash(word!)),
    rows.map(([, leaf]) => Number(leaf)),
  );
}

function annotatedSequence(paper: AnnotatedPaper, classes: WordClasses): TrainingSequence {
  const found = ruleCandidates(paper, config);
  return {
    features: tokenFeatures(found.masked, found.tokens, found.candidates, found.titleEnd, classes),
    labels: goldLabels(found.masked, found.tokens, paper.entities),
  };
}

function partialSequence(paper: PartialPaper, classes: WordClasses): TrainingSequence {
  const found = ruleCandidates(paper, config);
  return {
    features: tokenFeatures(found.masked, found.tokens, found.candidates, found.titleEnd, classes),
    labels: new Uint8Array(found.tokens.length),
    masks: partialLabelMasks(found.tokens, paper.spans, paper.labelling),
  };
}

export interface TrainingGroups {
  /** The train split of eval/corpus/train and the older held-out sets. */
  readonly base: readonly TrainingSequence[];
  readonly extra: readonly TrainingSequence[];
  /** The public corpora, at weight 1 (the options' publicWeight applies when they are joined). */
  readonly public: readonly TrainingSequence[];
}

/** Every group of training text, made into sequences (the rules run on each text once). */
export function trainingGroups(data: TrainingData): TrainingGroups {
  const classes = wordClasses(data);
  return {
    base: [...trainDevSplit().train, ...heldoutPapers()].map((p) => annotatedSequence(p, classes)),
    extra: data.extra ? extraTrainPapers().map((p) => annotatedSequence(p, classes)) : [],
    public: data.publicWeight > 0 ? publicPapers().map((p) => partialSequence(p, classes)) : [],
  };
}

/** The groups the options ask for, in a fixed order (training shuffles them with its seed). */
export function joinGroups(groups: TrainingGroups, data: TrainingData): TrainingSequence[] {
  return [
    ...groups.base,
    ...(data.extra ? groups.extra : []),
    ...(data.publicWeight > 0 ? groups.public.map((s) => ({ ...s, weight: data.publicWeight })) : []),
  ];
}

export function trainingSequences(data: TrainingData): { sequences: TrainingSequence[]; annotated: number; partial: number } {
  const groups = trainingGroups(data);
  const sequences = joinGroups(groups, data);
  const partial = data.publicWeight > 0 ? groups.public.length : 0;
  return { sequences, annotated: sequences.length - partial, partial };
}
