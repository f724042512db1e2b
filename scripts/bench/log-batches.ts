import { readLines } from '../../src/graph/memory/json-lines.js';
import type { LogRecord } from '../../src/graph/memory/write-log.js';
import type { ExtractedPaper } from '../../src/model/index.js';

async function* allBatches(log: string): AsyncGenerator<readonly ExtractedPaper[]> {
  for await (const line of readLines(log)) {
    const record = JSON.parse(line.text) as LogRecord;
    if ('papers' in record) yield record.papers;
  }
}

/**
 * The extracted batches of a write log (memory-log.ts), in order; with `papers` below the log's count,
 * every k-th paper only, as `npm run bench -- --papers N` subsamples the corpora (a batch may come out empty).
 */
export async function* sampledLogBatches(log: string, papers?: number): AsyncGenerator<readonly ExtractedPaper[]> {
  let total = 0;
  if (papers) for await (const batch of allBatches(log)) total += batch.length;
  const step = papers && papers < total ? total / papers : 1;
  let index = 0;
  for await (const batch of allBatches(log))
    yield step === 1 ? batch : batch.filter(() => Math.floor(index / step) !== Math.floor(++index / step));
}
