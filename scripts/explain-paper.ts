// npx tsx scripts/explain-paper.ts "TITLE PREFIX" [fold-tagger file]: the rules' candidates, the tagger's
// spans and the resolved entities for one training abstract, for error analysis.
import { readFileSync } from 'node:fs';
import { defaultExtractorConfig, extractEntities, ruleCandidates, shippedTagger } from '../src/extract/index.js';
import { preparePaperText } from '../src/extract/paper-text.js';
import { decodeModel } from '../src/extract/tagger/model.js';
import { tagSpans } from '../src/extract/tagger/tag.js';
import { extraTrainPapers, heldoutPapers, trainDevSplit } from './tagger-corpus.js';

const [prefix = '', modelFile] = process.argv.slice(2);
const all = [...extraTrainPapers(), ...trainDevSplit().train, ...heldoutPapers()];
const paper = all.find((p) => p.title.toLowerCase().startsWith(prefix.toLowerCase()));
if (!paper) throw new Error(`no paper titled "${prefix}…"`);
const tagger = modelFile ? decodeModel(new Uint8Array(readFileSync(modelFile))) : shippedTagger();
const config = { ...defaultExtractorConfig(), tagger };
const found = ruleCandidates(paper, config);
console.log(`${paper.title}\n${paper.abstract}\n\nrule candidates:`);
for (const c of found.candidates)
  if (c.type !== 'topic')
    console.log(
      `  ${c.type.padEnd(9)} ${c.confidence.toFixed(2)} ${(c.rule ?? '').padEnd(16)} "${found.text.slice(c.start, c.end)}" → ${c.name}`,
    );
console.log('tagger spans:');
const prepared = preparePaperText(paper);
for (const s of tagSpans(prepared.masked, prepared.tokens, found.candidates, prepared.titleEnd, tagger))
  console.log(`  ${s.type.padEnd(9)} ${s.margin.toFixed(2)} "${prepared.masked.slice(s.start, s.end)}"`);
console.log('entities:');
for (const e of extractEntities(paper, config))
  if (e.type !== 'topic') console.log(`  ${e.type.padEnd(9)} ${e.role ?? ''} ${e.name} ("${e.evidence.mention}")`);
console.log('gold:', paper.gold);
