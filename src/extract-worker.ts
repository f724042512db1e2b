// Worker thread: extracts entities for chunks of papers sent by parallel-extract.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { decodeModel, defaultExtractorConfig, extractPaper, type ExtractorConfig } from './extract/index.js';

export interface WorkerSetup {
  /** The shipped tagger model's bytes, decoded from base64 once by the pool and shared by every worker. */
  readonly model: SharedArrayBuffer;
}

interface Job {
  readonly id: number;
  readonly minConfidence: number;
  readonly papers: readonly { title: string; abstract: string }[];
}

const tagger = decodeModel(new Uint8Array((workerData as WorkerSetup).model));
const configs = new Map<number, ExtractorConfig>();

// The shipped configuration with the shared model in place of a second decoding of the base64 text.
const configFor = (minConfidence: number): ExtractorConfig => ({
  ...defaultExtractorConfig({ minConfidence, combination: 'rules' }),
  tagger,
  combination: 'combined',
});

parentPort!.on('message', (job: Job) => {
  let config = configs.get(job.minConfidence);
  if (!config) configs.set(job.minConfidence, (config = configFor(job.minConfidence)));
  parentPort!.postMessage({ id: job.id, extracted: job.papers.map((p) => extractPaper(p, config)) });
});
