// Worker thread: extracts entities for chunks of papers sent by parallel-extract.ts.
import { parentPort, workerData } from 'node:worker_threads';
// Not extract/index.js: that loads the model's base64 text, which the pool has decoded for every worker.
import { extractPaper, type ExtractorConfig } from './extract/extract.js';
import { shippedRulesConfig } from './extract/shipped-rules.js';
import type { TaggerModel } from './extract/tagger/model.js';

export interface WorkerSetup {
  /** The shipped tagger model, decoded once by the pool, its slot table on SharedArrayBuffers every worker reads. */
  readonly tagger: TaggerModel;
}

interface Job {
  readonly id: number;
  readonly minConfidence: number;
  readonly papers: readonly { title: string; abstract: string }[];
}

const { tagger } = workerData as WorkerSetup;
const configs = new Map<number, ExtractorConfig>();

// The shipped configuration with the shared model in place of a second decoding of the base64 text.
const configFor = (minConfidence: number): ExtractorConfig => ({
  ...shippedRulesConfig({ minConfidence }),
  tagger,
  combination: 'combined',
});

parentPort!.on('message', (job: Job) => {
  let config = configs.get(job.minConfidence);
  if (!config) configs.set(job.minConfidence, (config = configFor(job.minConfidence)));
  parentPort!.postMessage({ id: job.id, extracted: job.papers.map((p) => extractPaper(p, config)) });
});
