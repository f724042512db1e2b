// npm run bench:long [-- SIZES...]: extraction time for one abstract of 0.1, 0.4 and 1.6 million
// characters (by default), built by concatenating corpus abstracts. A linear extractor takes about
// four times as long for each step; the figures are printed, not asserted.
import { openSync, readSync, closeSync } from 'node:fs';
import { defaultExtractorConfig, extractEntities } from '../../src/extract/index.js';

const file = process.env['CORPUS'] ?? '../shared/data/abstracts-ml-venues.jsonl';
const sizes = process.argv.slice(2).map(Number);
const wanted = sizes.length > 0 ? sizes : [100_000, 400_000, 1_600_000];
const config = defaultExtractorConfig();

function abstractOf(chars: number): string {
  // Reads only the head of the corpus: enough lines for the largest size.
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(Math.ceil(chars * 1.6) + 1_000_000);
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  const lines = buffer.subarray(0, length).toString('utf8').split('\n').slice(0, -1);
  const parts: string[] = [];
  let total = 0;
  for (const line of lines) {
    if (total >= chars) break;
    const abstract = (JSON.parse(line) as { abstract: string }).abstract;
    parts.push(abstract);
    total += abstract.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

extractEntities({ title: 'Warm-up', abstract: abstractOf(20_000) }, config);
for (const size of wanted) {
  const abstract = abstractOf(size);
  const t = performance.now();
  const entities = extractEntities({ title: 'A Long Abstract', abstract }, config);
  const seconds = (performance.now() - t) / 1000;
  console.log(`${(abstract.length / 1e6).toFixed(2)} M chars: ${seconds.toFixed(2)} s, ${entities.length} entities`);
}
