import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './extract-worker.js';
import { shippedTagger } from './extract/index.js';
import type { ExtractedEntity, ExtractedPaper, ExtractedResult, PaperInput } from './model/index.js';

type Extraction = { entities: ExtractedEntity[]; results: ExtractedResult[] };

const CHUNK = 250;

/**
 * A worker's old-generation limit (MB). V8 schedules an isolate's next full collection at its live
 * data times a factor of up to 4 when the limit is large (the default, ~4 GB here) and under 2 below
 * 1 GB: a worker holds ~60 MB (lexicon, rules, code) and one chunk, and at the default each grew to
 * ~200 MB. The limit does not grow with the graph, which workers never hold: a chunk is at most 250
 * records of at most 200,000 characters, and four of those were extracted in a 48 MB heap.
 */
export const WORKER_HEAP_MB = 512;

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  readonly workers?: number;
  readonly minConfidence?: number;
}

/**
 * Extraction on worker threads, kept alive across calls. The extractor is pure and CPU-bound, so
 * chunks go to whichever worker is free; results come back in input order and equal the
 * single-threaded ones.
 */
export class ExtractorPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly waiting: ((worker: Worker) => void)[] = [];
  private nextJob = 0;

  constructor(private readonly options: PoolOptions = {}) {
    const setup: WorkerSetup = { tagger: shippedTagger() };
    this.workers = Array.from({ length: Math.max(1, options.workers ?? availableParallelism()) }, () => startWorker(setup));
    this.idle = [...this.workers];
  }

  async extract(papers: readonly PaperInput[]): Promise<ExtractedPaper[]> {
    const chunks: (readonly PaperInput[])[] = [];
    for (let i = 0; i < papers.length; i += CHUNK) chunks.push(papers.slice(i, i + CHUNK));
    const results = await Promise.all(chunks.map((chunk) => this.run(chunk)));
    return papers.map((paper, i) => ({ paper, ...results[Math.floor(i / CHUNK)]![i % CHUNK]! }));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private async run(chunk: readonly PaperInput[]): Promise<Extraction[]> {
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    const id = this.nextJob++;
    try {
      return await new Promise<Extraction[]>((resolve, reject) => {
        const onMessage = (message: { id: number; extracted: Extraction[] }): void => {
          if (message.id !== id) return;
          worker.off('error', reject);
          worker.off('message', onMessage);
          resolve(message.extracted);
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.postMessage({
          id,
          minConfidence: this.options.minConfidence ?? 0,
          papers: chunk.map((p) => ({ title: p.title, abstract: p.abstract })),
        });
      });
    } finally {
      const waiter = this.waiting.shift();
      if (waiter) waiter(worker);
      else this.idle.push(worker);
    }
  }
}

/** Extracts papers on a temporary pool of worker threads. */
export async function extractInParallel(papers: readonly PaperInput[], options: PoolOptions = {}): Promise<ExtractedPaper[]> {
  const pool = new ExtractorPool(options);
  try {
    return await pool.extract(papers);
  } finally {
    await pool.close();
  }
}

function startWorker(workerData: WorkerSetup): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData, resourceLimits });
  // Running from TypeScript sources (tests, scripts): Node 20 ignores --import in a worker's
  // execArgv, so the worker registers tsx's loader itself before loading the TypeScript file.
  const source = new URL('./extract-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}
