import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpusText } from '../src/ingest/index.js';
import { extractPapers } from '../src/pipeline.js';
import { ExtractorPool, extractInParallel } from '../src/parallel-extract.js';

const papers = readCorpusText(readFileSync('data/hf-daily-papers-sample.txt', 'utf8'), 'sample.txt').papers;

describe('extraction on worker threads', () => {
  it('gives exactly the single-threaded result, in input order', async () => {
    const parallel = await extractInParallel(papers, { workers: 2 });
    expect(parallel).toEqual(extractPapers(papers));
  });

  it('serves several batches from one pool and applies the confidence threshold', async () => {
    const pool = new ExtractorPool({ workers: 2, minConfidence: 0.8 });
    try {
      const [first, second] = await Promise.all([pool.extract(papers.slice(0, 30)), pool.extract(papers.slice(30))]);
      const all = [...first, ...second];
      expect(all.map((p) => p.paper.id)).toEqual(papers.map((p) => p.id));
      expect(all.flatMap((p) => p.entities).every((e) => e.confidence >= 0.8)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
