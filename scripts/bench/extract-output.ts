// npx tsx scripts/bench/extract-output.ts OUT [FILE[:LIMIT] ...]: the extractor's whole output (entities and
// results, combined and rules alone, one thread and worker threads) on the given corpora, written to OUT as
// JSON Lines with its SHA-256 printed, so that a speed change can be shown to leave the output byte-identical
// (`cmp` two runs' files). Defaults: the 1,500 bench abstracts, the annotated corpus (its dev split included)
// and the shipped sample.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultExtractorConfig, extractPaper } from '../../src/extract/index.js';
import { readCorpusText } from '../../src/ingest/index.js';
import { extractInParallel } from '../../src/parallel-extract.js';

const [out, ...given] = process.argv.slice(2);
if (!out) throw new Error('usage: extract-output.ts OUT [FILE[:LIMIT] ...]');
const sources =
  given.length > 0
    ? given
    : [
        '../shared/data/abstracts-ml-venues.jsonl:1500',
        '../shared/data/abstracts-arxiv-daily.jsonl:500',
        'eval/corpus/train-abstracts.jsonl',
        'data/hf-daily-papers-sample.txt',
        'data/arxiv-recent-sample.jsonl',
      ];
const combined = defaultExtractorConfig();
const rules = defaultExtractorConfig({ combination: 'rules' });
const lines: string[] = [];
let differ = 0;
for (const source of sources) {
  const [file, limit] = source.split(':') as [string, string | undefined];
  const papers = readCorpusText(readFileSync(file, 'utf8'), file).papers.slice(0, Number(limit ?? Infinity));
  const parallel = await extractInParallel(papers);
  papers.forEach((paper, i) => {
    const one = extractPaper(paper, combined);
    const line = JSON.stringify({ id: paper.id, ...one, rules: extractPaper(paper, rules) });
    if (JSON.stringify([parallel[i]!.entities, parallel[i]!.results]) !== JSON.stringify([one.entities, one.results])) differ++;
    lines.push(line);
  });
}
const text = `${lines.join('\n')}\n`;
writeFileSync(out, text);
console.log(`${out}: ${lines.length} papers, sha256 ${createHash('sha256').update(text).digest('hex')}`);
console.log(`worker threads' output differs from one thread's on ${differ} papers`);
