// Worker thread: extracts entities for chunks of papers sent by parallel-extract.ts.
import { parentPort } from 'node:worker_threads';
import { defaultExtractorConfig, extractPaper } from './extract/index.js';

interface Job {
  readonly id: number;
  readonly minConfidence: number;
  readonly papers: readonly { title: string; abstract: string }[];
}

const configs = new Map<number, ReturnType<typeof defaultExtractorConfig>>();

parentPort!.on('message', (job: Job) => {
  let config = configs.get(job.minConfidence);
  if (!config) configs.set(job.minConfidence, (config = defaultExtractorConfig({ minConfidence: job.minConfidence })));
  parentPort!.postMessage({ id: job.id, extracted: job.papers.map((p) => extractPaper(p, config)) });
});
