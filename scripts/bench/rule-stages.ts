// npx tsx scripts/bench/rule-stages.ts [FILE [LIMIT [STAGES]]] (STAGES: a regular expression picking stages by name): where the extractor's time goes, by stage — preparing
// the text, each candidate generator, the lexicon scan, the tagger (emissions, decoding), the combination and
// the arbiter's features and scores, merging and joining aliases, the role classifier's features and scores,
// topics, resolve and results extraction — in CPU milliseconds an abstract (best of five warm passes over the
// corpus; CPU time holds up better than wall time on a shared machine). The stages' sum is below a whole
// extraction by what they share (GC, glue).
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
import { joinAliasedEntities } from '../../src/extract/join-aliases.js';
import { withFamilyReferences } from '../../src/extract/family-references.js';
import { mergeCandidates } from '../../src/extract/merge-candidates.js';
import { logisticScore } from '../../src/extract/logistic.js';
import { lexiconMatches } from '../../src/extract/rules/lexicon-matches.js';
import { roleFeatures } from '../../src/extract/roles/role-features.js';
import { classifyRoles } from '../../src/extract/roles/role-classifier.js';
import { arbiterFeatures, arbitrate } from '../../src/extract/tagger/arbiter.js';
import { combinedCandidates, combineWithTagger, type CombineContext } from '../../src/extract/tagger/combine.js';
import { emissions } from '../../src/extract/tagger/emissions.js';
import { tagSpans } from '../../src/extract/tagger/tag.js';
import { viterbi } from '../../src/extract/tagger/viterbi.js';
import { scoreTopics } from '../../src/extract/topics.js';

const file = process.argv[2] ?? '../shared/data/abstracts-ml-venues.jsonl';
const limit = Number(process.argv[3] ?? 1500);
const only = new RegExp(process.argv[4] ?? '');
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
const tagger = withTagger.tagger!;
const arbiter = withTagger.arbiter!;
const roles = withTagger.roles!;
const judged = new Set<string>(arbiter.types);
const contexts: CombineContext[] = prepared.map((p) => ({
  text: p.masked,
  lexicon: config.lexicon,
  titleEnd: p.titleEnd,
  combination: 'combined',
  arbiter,
}));
const emitted = prepared.map((p, i) => emissions(p.masked, p.tokens, candidates[i]!, p.titleEnd, tagger));
const tagged = prepared.map((p, i) => tagSpans(p.masked, p.tokens, candidates[i]!, p.titleEnd, tagger));
const preArbiter = prepared.map((_, i) => combinedCandidates(candidates[i]!, tagged[i]!, contexts[i]!, judged));
const combined = prepared.map((_, i) => combineWithTagger(candidates[i]!, tagged[i]!, contexts[i]!));
const lowerTexts = prepared.map((p) => p.masked.toLowerCase());
const arbiterInputs = preArbiter.map((cs, i) =>
  cs.filter((c) => judged.has(c.type)).map((c) => arbiterFeatures(c, candidates[i]!, tagged[i]!, contexts[i]!, lowerTexts[i])),
);
const methods = taggedEntities.map((es) => es.filter((e) => e.type === 'method'));
const roleInputs = methods.map((ms, i) => ms.map((e) => roleFeatures({ text: prepared[i]!.masked, titleEnd: prepared[i]!.titleEnd }, e, config.lexicon, config.nameFrequencies)));

const stages: Record<string, (i: number) => unknown> = {
  'prepare text': (i) => preparePaperText(papers[i]!),
  'acronym definitions': (i) => findAcronymDefinitions(prepared[i]!.masked),
  'cued names': (i) => cuedNames(prepared[i]!),
  'task head phrases': (i) => [...taskHeadPhrases(prepared[i]!.masked), ...titleTaskPhrases(prepared[i]!.title)],
  links: (i) => linkCandidates(prepared[i]!),
  lexicon: (i) => lexiconCandidates(inputs[i]!),
  'model shapes': (i) => modelShapeCandidates(inputs[i]!),
  'cued candidates': (i) => cuedCandidates(inputs[i]!),
  acronyms: (i) => acronymCandidates(inputs[i]!, candidates[i]!),
  'evaluation context': (i) => contextCandidates(inputs[i]!),
  phrases: (i) => phraseCandidates(inputs[i]!),
  'coined names': (i) => coinedNameCandidates(prepared[i]!),
  'task paraphrases': (i) => taskParaphraseCandidates(prepared[i]!),
  topics: (i) => topicCandidates(prepared[i]!, config.topics),
  '  of which scoring topics': (i) => scoreTopics(prepared[i]!.title, prepared[i]!.masked, config.topics),
  'lexicon scan (matches only)': (i) => lexiconMatches(prepared[i]!.masked, prepared[i]!.tokens, config.lexicon),
  'tagger: emissions': (i) => emissions(prepared[i]!.masked, prepared[i]!.tokens, candidates[i]!, prepared[i]!.titleEnd, tagger),
  'tagger: viterbi': (i) => viterbi(emitted[i]!, prepared[i]!.tokens.length, tagger.transitions),
  'tagger: whole tagSpans': (i) => tagSpans(prepared[i]!.masked, prepared[i]!.tokens, candidates[i]!, prepared[i]!.titleEnd, tagger),
  'combine (before the arbiter)': (i) => combinedCandidates(candidates[i]!, tagged[i]!, contexts[i]!, judged),
  'arbiter: features': (i) =>
    preArbiter[i]!.filter((c) => judged.has(c.type)).map((c) => arbiterFeatures(c, candidates[i]!, tagged[i]!, contexts[i]!, lowerTexts[i])),
  'arbiter: scores': (i) => arbiterInputs[i]!.map((f) => logisticScore(arbiter, f)),
  'arbiter: whole arbitrate': (i) => arbitrate(preArbiter[i]!, candidates[i]!, tagged[i]!, contexts[i]!, arbiter),
  'merge, families, join aliases': (i) =>
    joinAliasedEntities(withFamilyReferences(mergeCandidates(prepared[i]!.text, prepared[i]!.sentences, combined[i]!))),
  'roles: features': (i) =>
    methods[i]!.map((e) => roleFeatures({ text: prepared[i]!.masked, titleEnd: prepared[i]!.titleEnd }, e, config.lexicon, config.nameFrequencies)),
  'roles: scores': (i) => roleInputs[i]!.map((f) => logisticScore(roles, f)),
  'roles: whole classifyRoles': (i) =>
    classifyRoles({ text: prepared[i]!.masked, titleEnd: prepared[i]!.titleEnd }, taggedEntities[i]!, config.lexicon, roles, config.nameFrequencies),
  'resolve (combined, tagger included)': (i) => resolveEntities(prepared[i]!, candidates[i]!, withTagger),
  'resolve (rules alone)': (i) => resolveEntities(prepared[i]!, candidates[i]!, config),
  'results (rules entities)': (i) => extractResults(prepared[i]!.masked, prepared[i]!.sentences, entities[i]!),
  'results (combined entities)': (i) => extractResults(prepared[i]!.masked, prepared[i]!.sentences, taggedEntities[i]!),
  'whole extraction, rules alone': (i) => extractEntities(papers[i]!, config),
  'whole extraction, combined': (i) => extractEntities(papers[i]!, withTagger),
};

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
console.log(`${file}: ${papers.length} abstracts, CPU ms an abstract (best of 5 passes)`);
for (const [name, run] of Object.entries(stages).filter(([name]) => only.test(name))) {
  let best = Infinity;
  for (let pass = 0; pass < 6; pass++) {
    const c = cpuMs();
    for (let i = 0; i < papers.length; i++) run(i);
    if (pass > 0) best = Math.min(best, cpuMs() - c);
  }
  console.log(`${name.padEnd(38)} ${(best / papers.length).toFixed(3)}`);
}
