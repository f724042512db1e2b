import fc from 'fast-check';
import { describe, it } from 'vitest';
import { CORPUS_FORMATS } from '../src/model/index.js';
import { paperInput, readerInput } from './support/corpus-arbitraries.js';
import { checkExtractor, checkReader } from './support/corpus-properties.js';

// A small sample with a fixed seed in the suite; `npm run fuzz` runs 10,000+ inputs of each.
const RUNS = 200;

describe('property: readers never fail on any input except with a typed error', () => {
  it.each(CORPUS_FORMATS)('%s', (format) => {
    fc.assert(
      fc.property(readerInput(format), (text) => {
        checkReader(format, text);
      }),
      { numRuns: RUNS, seed: 10 },
    );
  });
});

describe('property: the extractor never fails and its offsets lie inside the text', () => {
  it('on random and mutated abstracts', () => {
    fc.assert(
      fc.property(paperInput, (paper) => {
        checkExtractor(paper);
      }),
      { numRuns: RUNS, seed: 10 },
    );
  });
});
