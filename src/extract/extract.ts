import type { Evidence, ExtractedEntity, ExtractedResult } from '../model/index.js';
import type { Candidate } from './candidate.js';
import { acronymCandidates } from './generators/acronym-candidates.js';
import { coinedNameCandidates } from './generators/coined-names.js';
import { contextCandidates } from './generators/context-candidates.js';
import { cuedCandidates, cuedNames } from './generators/cued-candidates.js';
import { lexiconCandidates } from './generators/lexicon-candidates.js';
import { linkCandidates } from './generators/links.js';
import { modelShapeCandidates } from './generators/model-shapes.js';
import { phraseCandidates } from './generators/phrase-candidates.js';
import type { RuleInput } from './generators/rule-input.js';
import { taskParaphraseCandidates } from './generators/task-paraphrase-candidates.js';
import { topicCandidates } from './generators/topic-candidates.js';
import type { CompiledLexicon } from './lexicon.js';
import { preparePaperText, type PaperText } from './paper-text.js';
import { plainView } from './plain-view.js';
import { resolveEntities } from './resolve.js';
import { extractResults } from './results/extract-results.js';
import { findAcronymDefinitions } from './rules/acronyms.js';
import { withFullNames } from './rules/name-extensions.js';
import type { NameFrequencies } from './roles/name-frequency.js';
import type { RoleModel } from './roles/role-classifier.js';
import { taskHeadPhrases, titleTaskPhrases } from './rules/head-phrases.js';
import type { ArbiterModel } from './tagger/arbiter.js';
import type { Combination } from './tagger/combine.js';
import type { TaggerModel } from './tagger/model.js';
import type { Span, Token } from './text-spans.js';
import type { TopicDefinition } from './topics.js';

export interface ExtractorConfig {
  readonly lexicon: CompiledLexicon;
  readonly topics: readonly TopicDefinition[];
  /** Entities below this confidence are dropped (0 keeps all). */
  readonly minConfidence?: number;
  /** The learned sequence tagger stacked on the rules; without it the rules decide alone. */
  readonly tagger?: TaggerModel;
  /** How tagger and rules combine (default "combined"); the others exist for the ablation. */
  readonly combination?: Combination;
  /** The learned role classifier; without it a method's role is the cue rules'. */
  readonly roles?: RoleModel;
  /** How many abstracts of a large corpus write each method name: a feature of the role classifier. */
  readonly nameFrequencies?: NameFrequencies;
  /** The learned arbiter of the combination; without it COMBINE's thresholds decide. */
  readonly arbiter?: ArbiterModel;
}

/** What the rules found in a paper, before merging: the tagger reads these as features. */
export interface RuleCandidates {
  readonly text: string;
  /** The text with links and LaTeX markup blanked out, offsets unchanged. */
  readonly masked: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Span[];
  readonly candidates: readonly Candidate[];
  readonly titleEnd: number;
}

type Paper = { readonly title: string; readonly abstract: string };

/** Finds the entities a paper's title and abstract mention. Pure and deterministic. */
export function extractEntities(paper: Paper, config: ExtractorConfig): ExtractedEntity[] {
  return extract(paper, config, false).entities;
}

/** The entities of a paper and the results it reports on them. Pure and deterministic. */
export function extractPaper(paper: Paper, config: ExtractorConfig): { entities: ExtractedEntity[]; results: ExtractedResult[] } {
  return extract(paper, config, true);
}

/** Extraction reads the paper's plain view when it has styling markup, and gives evidence back as written. */
function extract(paper: Paper, config: ExtractorConfig, withResults: boolean): { entities: ExtractedEntity[]; results: ExtractedResult[] } {
  const view = plainView(paper);
  const prepared = preparePaperText(view?.paper ?? paper);
  const entities = resolveEntities(prepared, generateCandidates(prepared, config), config);
  const results = withResults ? extractResults(prepared.masked, prepared.sentences, entities) : [];
  if (!view) return { entities, results };
  const restore = <T extends { readonly evidence: Evidence }>(x: T): T => ({
    ...x,
    evidence: view.restore(x.evidence, prepared.sentences),
  });
  return { entities: entities.map(restore), results: results.map(restore) };
}

/**
 * Every rule's candidates for a paper (links, lexicon, cues, acronyms, phrases, names, topics), read as written:
 * the text the shipped tagger and arbiter were trained on (extraction reads the plain view, see plain-view.ts).
 */
export function ruleCandidates(paper: Paper, config: ExtractorConfig): RuleCandidates {
  const prepared = preparePaperText(paper);
  const { text, masked, tokens, sentences, titleEnd } = prepared;
  return { text, masked, tokens, sentences, titleEnd, candidates: generateCandidates(prepared, config) };
}

/**
 * The rule generators in order. The order matters twice: the acronym generator joins what the
 * generators before it found, and the merge gives ties to the earlier candidate.
 */
function generateCandidates(paper: PaperText, config: ExtractorConfig): Candidate[] {
  const input: RuleInput = {
    paper,
    lexicon: config.lexicon,
    definitions: findAcronymDefinitions(paper.masked),
    cued: cuedNames(paper),
    taskPhrases: [...taskHeadPhrases(paper.masked), ...titleTaskPhrases(paper.title)],
  };
  const named = withFullNames(paper.masked, [
    ...linkCandidates(paper),
    ...lexiconCandidates(input),
    ...modelShapeCandidates(input),
    ...cuedCandidates(input),
  ]);
  return [
    ...named,
    ...acronymCandidates(input, named),
    ...contextCandidates(input),
    ...phraseCandidates(input),
    ...withFullNames(paper.masked, coinedNameCandidates(paper)),
    ...taskParaphraseCandidates(paper),
    ...topicCandidates(paper, config.topics, input.definitions),
  ];
}
