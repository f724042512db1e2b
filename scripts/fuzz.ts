// npm run fuzz [-- RUNS [SEED]]: property-based fuzzing of every reader and the extractor with
// fast-check (random and mutated inputs, 10,000 each by default). Prints the count of each outcome;
// exits 1 with the shrunk counterexample when a reader throws anything but a papergraph typed error,
// or the extractor throws or reports an offset outside the text.
import fc from 'fast-check';
import { CORPUS_FORMATS } from '../src/model/index.js';
import { paperInput, readerInput } from '../test/support/corpus-arbitraries.js';
import { checkExtractor, checkReader, type ReaderOutcome } from '../test/support/corpus-properties.js';

const runs = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
console.log(`fuzz: ${runs} inputs per target, seed ${seed}`);

let failed = false;
function run<T>(name: string, property: fc.IProperty<T>, describe: () => string): void {
  const started = performance.now();
  const details = fc.check(property, { numRuns: runs, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`${name.padEnd(12)} FAILED after ${details.numRuns} inputs: ${String(details.errorInstance)}`);
    console.log(`  counterexample: ${JSON.stringify(details.counterexample)}`);
  } else {
    console.log(`${name.padEnd(12)} ${details.numRuns} inputs in ${seconds} s, no failure: ${describe()}`);
  }
}

for (const format of CORPUS_FORMATS) {
  const counts = new Map<ReaderOutcome, number>();
  run(
    format,
    fc.property(readerInput(format), (text) => {
      const outcome = checkReader(format, text);
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    }),
    () => [...counts].map(([k, v]) => `${v} ${k}`).join(', '),
  );
}

let entities = 0;
let papers = 0;
run(
  'extractor',
  fc.property(paperInput, (paper) => {
    entities += checkExtractor(paper);
    papers++;
  }) as never,
  () => `${entities} entities from ${papers} papers, every offset inside its text`,
);
process.exitCode = failed ? 1 : 0;
