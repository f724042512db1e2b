// npx tsx scripts/bench/rule-stages.ts [FILE [LIMIT]]: where the rules' time goes, by stage — preparing the
// text, each candidate generator, the resolve step (rules alone) and results extraction — in CPU
// milliseconds an abstract (best of five warm passes over the corpus; CPU time holds up better than wall
// time on a shared machine). The stages' sum is below a whole extraction by what they share (GC, glue).
import { readFileSync } from 'node:fs';
import { defaultExtractorConfig, extractEntities } from '../../src/extract/index.js';
import { acronymCandidates } from '../../src/extract/generators/acronym-candidates.js';
import { coinedNameCandidates } from '../../src/extract/generators/coined-names.js';
import { contextCandidates } from '../../src/extract/generators/context-candidates.js';
import { cuedCandidates, cuedNames } from '../../src/extract/generators/cued-candidates.js';
import { lexiconCandidates } from '../../src/extract/generators/lexicon-candidates.js';
import { linkCandidates } from '../../src/extract/generators/links.js';
import { modelShapeCandidates } from '../../src/extract/generators/model-shapes.js';
import { phraseCandidates } from '../../src/extract/generators/phrase-candidates.js';
import type { RuleInput } from '../../src/extract/generators/rule-input.js';
import { taskParaphraseCandidates } from '../../src/extract/generators/task-paraphrase-candidates.js';
import { topicCandidates } from '../../src/extract/generators/topic-candidates.js';
import { preparePaperText } from '../../src/extract/paper-text.js';
import { resolveEntities } from '../../src/extract/resolve.js';
import { extractResults } from '../../src/extract/results/extract-results.js';
import { findAcronymDefinitions } from '../../src/extract/rules/acronyms.js';
import { taskHeadPhrases, titleTaskPhrases } from '../../src/extract/rules/head-phrases.js';
import { ruleCandidates } from '../../src/extract/index.js';
import { readCorpusText } from '../../src/ingest/index.js';

const file = process.argv[2] ?? '../shared/data/abstracts-ml-venues.jsonl';
const limit = Number(process.argv[3] ?? 1500);
const { papers: all } = readCorpusText(readFileSync(file, 'utf8'), file, 'jsonl');
const papers = all.slice(0, limit);
const config = defaultExtractorConfig({ combination: 'rules' });
const prepared = papers.map((p) => preparePaperText(p));
const inputs: RuleInput[] = prepared.map((paper) => ({
  paper,
  lexicon: config.lexicon,
  definitions: findAcronymDefinitions(paper.masked),
  cued: cuedNames(paper),
  taskPhrases: [...taskHeadPhrases(paper.masked), ...titleTaskPhrases(paper.title)],
}));
const candidates = papers.map((p) => ruleCandidates(p, config).candidates);
const entities = papers.map((p) => extractEntities(p, config));
const withTagger = defaultExtractorConfig();
const taggedEntities = papers.map((p) => extractEntities(p, withTagger));

const stages: Record<string, (i: number) => unknown> = {
  'prepare text': (i) => preparePaperText(papers[i]!),
  'acronym definitions': (i) => findAcronymDefinitions(prepared[i]!.masked),
  'cued names': (i) => cuedNames(prepared[i]!),
  'task head phrases': (i) => [...taskHeadPhrases(prepared[i]!.masked), ...titleTaskPhrases(prepared[i]!.title)],
  links: (i) => linkCandidates(prepared[i]!),
  lexicon: (i) => lexiconCandidates(inputs[i]!),
  'model shapes': (i) => modelShapeCandidates(prepared[i]!),
  'cued candidates': (i) => cuedCandidates(inputs[i]!),
  acronyms: (i) => acronymCandidates(inputs[i]!, candidates[i]!),
  'evaluation context': (i) => contextCandidates(inputs[i]!),
  phrases: (i) => phraseCandidates(inputs[i]!),
  'coined names': (i) => coinedNameCandidates(prepared[i]!),
  'task paraphrases': (i) => taskParaphraseCandidates(prepared[i]!),
  topics: (i) => topicCandidates(prepared[i]!, config.topics),
  'resolve (rules alone)': (i) => resolveEntities(prepared[i]!, candidates[i]!, config),
  'results (rules entities)': (i) => extractResults(prepared[i]!.masked, prepared[i]!.sentences, entities[i]!),
  'results (combined entities)': (i) => extractResults(prepared[i]!.masked, prepared[i]!.sentences, taggedEntities[i]!),
  'whole extraction, rules alone': (i) => extractEntities(papers[i]!, config),
};

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
console.log(`${file}: ${papers.length} abstracts, CPU ms an abstract (best of 5 passes)`);
for (const [name, run] of Object.entries(stages)) {
  let best = Infinity;
  for (let pass = 0; pass < 6; pass++) {
    const c = cpuMs();
    for (let i = 0; i < papers.length; i++) run(i);
    if (pass > 0) best = Math.min(best, cpuMs() - c);
  }
  console.log(`${name.padEnd(30)} ${(best / papers.length).toFixed(3)}`);
}
