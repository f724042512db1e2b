import type { EntityType } from '../../model/index.js';

// Coined names with an evaluation suffix are benchmarks: MixEval, AgentBench, ScienceQA.
const BENCHMARK_SUFFIX = /(?:Bench|Eval|QA|Arena|Gym)$/;
const DATASET_WORDS = /\b(benchmark(?:ing)?|dataset|corpus|suite|leaderboard|arena|testbed|test set)s?\b/i;
// Coined names built on a model family's stem are models: CodeBERT, BioGPT, MiniLM, SciT5.
const MODEL_STEM = /(BERT|GPT|LLaMA|Llama|T5|CLIP|ViT|LM)(?:-?\d[\w.-]*)?$/;

/** Whether a coined name's ending says it is a benchmark ("MixEval", "AgentBench"). */
export function hasBenchmarkSuffix(name: string): boolean {
  return BENCHMARK_SUFFIX.test(name);
}

/** Whether a phrase talks about a dataset or benchmark ("a new test set", "the leaderboard"). */
export function mentionsDataset(phrase: string): boolean {
  return DATASET_WORDS.test(phrase);
}

/** The type a coined name's shape suggests: a benchmark suffix, a model family's stem, else a technique. */
export function coinedNameType(name: string): Extract<EntityType, 'benchmark' | 'model' | 'method'> {
  return hasBenchmarkSuffix(name) ? 'benchmark' : MODEL_STEM.test(name) ? 'model' : 'method';
}
