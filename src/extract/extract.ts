import {
  entityKey,
  paperText,
  typedEntityKey,
  urlKey,
  type EntityType,
  type ExtractedEntity,
  type ExtractedResult,
} from '../model/index.js';
import { CONFIDENCE, type Candidate } from './candidate.js';
import { lookupLexicon, type CompiledLexicon, type LexiconEntry } from './lexicon.js';
import { mergeCandidates } from './merge-candidates.js';
import { findAcronymDefinitions, type AcronymDefinition } from './rules/acronyms.js';
import { comparedNames, evaluationNames, proposedNames, techniqueListNames, titleName, type CuedName } from './rules/cues.js';
import {
  lowercaseMethodPhrases,
  methodHeadPhrases,
  taskHeadPhrases,
  titleMethodPhrases,
  titleTaskPhrases,
  type HeadPhrase,
} from './rules/head-phrases.js';
import { lexiconMatches } from './rules/lexicon-matches.js';
import { LONG_FORM_TASK_HEADS, LONG_FORM_TECHNIQUE_HEADS } from './rules/heads.js';
import { findModelNames } from './rules/model-names.js';
import { isGenericAcronym, isStandaloneName } from './rules/names.js';
import { evaluatedOn, reportedMeasures } from './rules/evaluation-context.js';
import { PROPOSED_BEFORE } from './rules/proposal.js';
import { findUrls } from './rules/urls.js';
import { extractResults } from './results/extract-results.js';
import { combineWithTagger, type Combination } from './tagger/combine.js';
import type { TaggerModel } from './tagger/model.js';
import { tagSpans } from './tagger/tag.js';
import { sentenceSpans, tokenize, type Span, type Token } from './text-spans.js';
import { scoreTopics, type TopicDefinition } from './topics.js';

export interface ExtractorConfig {
  readonly lexicon: CompiledLexicon;
  readonly topics: readonly TopicDefinition[];
  /** Entities below this confidence are dropped (0 keeps all). */
  readonly minConfidence?: number;
  /** The learned sequence tagger stacked on the rules; without it the rules decide alone. */
  readonly tagger?: TaggerModel;
  /** How tagger and rules combine (default "combined"); the others exist for the ablation. */
  readonly combination?: Combination;
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

// Long forms that name conditions, organisations or places rather than ML entities.
const NOT_AN_ENTITY =
  /(?:disease|syndrome|disorder|cancer|infection|university|institute|agency|association|department|foundation|function|theorem|lemma|distribution|inequality|condition|metastas[ie]s|tumou?r|carcinoma|radiosurgery|radiotherapy|therapy|surgery|hospital)s?$/i;
const METRIC_COMPOUND =
  /^[ -](sampling|sampler|search|estimation|estimator|algorithm|methods?|function|loss|analysis|problems?|objective|constraints?|matrix|models?|maximization|minimization)\b/i;
// "associative recall", "numerical precision": a word before the measure's makes it something else.
const METRIC_PREFIX = /\b(?:associative|mixed|numerical|half|full|single|double|floating[- ]point|machine|arbitrary)[ -]$/i;
// Coined names with an evaluation suffix are benchmarks: MixEval, AgentBench, ScienceQA.
const BENCHMARK_SUFFIX = /(?:Bench|Eval|QA|Arena|Gym)$/;
const BENCHMARK_WORDS = /\b(benchmark(?:ing)?|dataset|corpus|suite|leaderboard|arena|testbed|test set)s?\b/i;
// Coined names built on a model family's stem are models: CodeBERT, BioGPT, MiniLM, SciT5.
const MODEL_STEM = /(BERT|GPT|LLaMA|Llama|T5|CLIP|ViT|LM)(?:-?\d[\w.-]*)?$/;
// Acronym long forms that name a whole field or a generic object, not an entity.
const GENERIC_LONG_FORM =
  /^(?:large )?(?:language|foundation|vision[- ]language|multimodal|generative|deep|neural|machine|artificial|pre-?trained)\b.*\b(?:models?|networks?|intelligence|learning)$/i;

/** Finds the entities a paper's title and abstract mention. Pure and deterministic. */
export function extractEntities(paper: { readonly title: string; readonly abstract: string }, config: ExtractorConfig): ExtractedEntity[] {
  return extractInText(paper, config).entities;
}

/** The entities of a paper and the results it reports on them. Pure and deterministic. */
export function extractPaper(
  paper: { readonly title: string; readonly abstract: string },
  config: ExtractorConfig,
): { entities: ExtractedEntity[]; results: ExtractedResult[] } {
  const { entities, masked, sentences } = extractInText(paper, config);
  return { entities, results: extractResults(masked, sentences, entities) };
}

/** The rules' candidates, with the tagger's stacked on them when configured, merged into entities. */
function extractInText(
  paper: { readonly title: string; readonly abstract: string },
  config: ExtractorConfig,
): { entities: ExtractedEntity[]; masked: string; sentences: readonly Span[] } {
  const found = ruleCandidates(paper, config);
  const { text, masked, tokens, sentences, titleEnd } = found;
  const candidates = config.tagger
    ? combineWithTagger(found.candidates, tagSpans(masked, tokens, found.candidates, titleEnd, config.tagger), {
        text: masked,
        lexicon: config.lexicon,
        titleEnd,
        combination: config.combination ?? 'combined',
      })
    : found.candidates;
  const entities = withoutDuplicateTasks(mergeCandidates(text, sentences, candidates));
  const min = config.minConfidence ?? 0;
  return { entities: min > 0 ? entities.filter((e) => e.confidence >= min) : entities, masked, sentences };
}

/** Every rule's candidates for a paper (links, lexicon, cues, acronyms, phrases, names, topics). */
export function ruleCandidates(paper: { readonly title: string; readonly abstract: string }, config: ExtractorConfig): RuleCandidates {
  const text = paperText(paper);
  const urls = findUrls(text);
  // Rules other than the link finder read the text with links blanked out, offsets unchanged.
  // LaTeX markup in arXiv abstracts ("\\textit{linearly constrained weights}") is blanked out too.
  const masked = maskLatexMarkup(blankOut(text, urls));
  const tokens = tokenize(masked);
  const candidates: Candidate[] = urls
    .filter((u) => u.namesPage)
    .map((u) => ({
      type: 'repo',
      name: u.url,
      key: urlKey(u.url),
      start: u.start,
      end: u.end,
      confidence: CONFIDENCE.link,
      repoKind: u.kind,
    }));
  const lexiconHits = lexiconMatches(masked, tokens, config.lexicon);
  const cued = [...cuedNames(paper.title, masked)];
  const cuedKeys = new Set(cued.map((c) => entityKey(c.name)));
  const proposedKeys = new Set(cued.filter((c) => c.cue === 'title' || c.cue === 'proposal').map((c) => entityKey(c.name)));

  // An acronym the paper defines means what the paper says ("Test-Time Scaling (TTS)"), not what the lexicon says.
  const definitions = findAcronymDefinitions(masked);
  const definedHere = new Map(definitions.map((d) => [d.acronym, d.longForm]));
  // "multimodal reasoning" is a more specific task than the lexicon's "reasoning" inside it.
  const taskPhrases = [...taskHeadPhrases(masked), ...titleTaskPhrases(paper.title)];
  const insideTaskPhrase = strictlyInsideAny(taskPhrases);
  for (const hit of lexiconHits) {
    if (hit.entry.type === 'task' && insideTaskPhrase(hit)) continue;
    const surface = masked.slice(hit.start, hit.end);
    const longForm = definedHere.get(surface);
    if (longForm !== undefined && lexiconEntryFor(longForm, config.lexicon) !== hit.entry) continue;
    // "sensitivity sampling", "coverage problem", "regret bound": the measure's word names something bigger.
    if (hit.entry.type === 'metric' && METRIC_COMPOUND.test(masked.slice(hit.end, hit.end + 24))) continue;
    if (hit.entry.type === 'metric' && METRIC_PREFIX.test(masked.slice(Math.max(0, hit.start - 24), hit.start))) continue;
    const key = keyFor(hit.entry.type, hit.entry.name);
    const mentionKey = entityKey(masked.slice(hit.start, hit.end));
    const withCue = cuedKeys.has(mentionKey);
    candidates.push({
      type: hit.entry.type,
      name: hit.entry.name,
      key,
      start: hit.start,
      end: hit.end,
      confidence: withCue ? CONFIDENCE.lexiconWithCue : CONFIDENCE.lexicon,
      ...(hit.entry.type === 'method' ? { role: proposedKeys.has(mentionKey) ? 'proposed' : 'used' } : {}),
    });
  }
  for (const m of findModelNames(masked)) {
    candidates.push({
      type: 'model',
      name: m.name,
      key: keyFor('model', m.name),
      start: m.start,
      end: m.end,
      confidence: CONFIDENCE.modelShape,
    });
  }
  for (const c of cued) {
    // "two novel TS datasets" after "time series (TS)": an abbreviated common noun, not a dataset's name.
    const longForm = definedHere.get(c.name);
    if ((c.cue === 'dataset' || c.cue === 'benchmark') && longForm && longForm.slice(1) === longForm.slice(1).toLowerCase()) continue;
    candidates.push(cuedCandidate(c, masked, config.lexicon));
  }
  candidates.push(...acronymCandidates(masked, definitions, candidates, paper.title.length + 2));
  // Titles are in Title Case, so capitalisation says nothing there: capitalised phrases count only in the abstract.
  const abstractStart = paper.title.length + 2;
  const sentences = sentenceSpans(text);
  for (const sentence of sentences) {
    for (const m of evaluatedOn(masked, sentence)) {
      candidates.push({
        type: 'benchmark',
        name: m.name,
        key: keyFor('benchmark', m.name),
        start: m.start,
        end: m.end,
        confidence: CONFIDENCE.evaluationContext,
      });
    }
  }
  for (const m of reportedMeasures(masked)) {
    const known = lexiconEntryFor(m.name, config.lexicon);
    if (known && known.type !== 'metric') continue;
    const name = known?.name ?? m.name;
    candidates.push({
      type: 'metric',
      name,
      key: keyFor('metric', name),
      start: m.start,
      end: m.end,
      confidence: known ? CONFIDENCE.lexiconWithCue : CONFIDENCE.evaluationContext,
    });
  }
  candidates.push(
    ...phraseCandidates(
      methodHeadPhrases(masked).filter((p) => p.start >= abstractStart),
      'method',
      CONFIDENCE.headPhrase,
    ),
    ...phraseCandidates(lowercaseMethodPhrases(masked), 'method', CONFIDENCE.lowercaseMethodPhrase),
    ...phraseCandidates(taskPhrases, 'task', CONFIDENCE.taskPhrase),
    // A technique the title names is what the paper is about: its own, unless the lexicon knows it.
    ...titleMethodPhrases(paper.title).map((p) =>
      cuedCandidate({ name: p.phrase, start: p.start, end: p.end, cue: 'title' }, masked, config.lexicon),
    ),
  );
  const spelledOut = titleSpellingOut(paper.title);
  for (const t of tokens) {
    if (t.start < spelledOut.end && t.end > spelledOut.start && capitalsWithin(t.text, spelledOut.acronym)) continue;
    if (/\p{Ll}\p{Lu}/u.test(t.text) && isStandaloneName(t.text)) {
      const type = BENCHMARK_SUFFIX.test(t.text) ? 'benchmark' : MODEL_STEM.test(t.text) ? 'model' : 'method';
      candidates.push({
        type,
        name: t.text,
        key: keyFor(type, t.text),
        start: t.start,
        end: t.end,
        confidence: CONFIDENCE.coinedName,
        ...(type === 'method' ? { role: 'used' as const } : {}),
      });
    }
  }
  for (const topic of scoreTopics(paper.title, masked, config.topics)) {
    candidates.push({
      type: 'topic',
      name: topic.name,
      key: entityKey(topic.name),
      start: topic.start,
      end: topic.end,
      confidence: Math.min(0.9, 0.3 + topic.score / 20),
    });
  }
  return { text, masked, tokens, sentences, candidates, titleEnd: paper.title.length };
}

const keyFor = typedEntityKey;

/**
 * A task phrase with the key of the paper's own technique ("Macro-from-Micro Planning" proposed as a
 * method), or of one of its datasets or models, is that entity, not a task.
 */
function withoutDuplicateTasks(entities: ExtractedEntity[]): ExtractedEntity[] {
  const otherKeys = new Set(
    entities
      .filter((e) => e.type === 'benchmark' || e.type === 'model' || (e.type === 'method' && e.role === 'proposed'))
      .map((e) => entityKey(e.name)),
  );
  return entities.filter((e) => e.type !== 'task' || !otherKeys.has(entityKey(e.name)));
}

const LATEX_TEXT_COMMAND = /\\(?:textit|textbf|emph|texttt|textsc|underline|mathrm|mathbf|mathit|text)\{/g;

/** Blanks out "\\textit{" and its closing brace, offsets unchanged. */
function maskLatexMarkup(text: string): string {
  if (!text.includes('\\')) return text;
  const spans: Span[] = [];
  const nextClose = nextOccurrence(text, '}');
  const nextOpen = nextOccurrence(text, '{');
  for (const m of text.matchAll(LATEX_TEXT_COMMAND)) {
    const inner = m.index + m[0].length;
    spans.push({ start: m.index, end: inner });
    const close = nextClose(inner);
    const open = nextOpen(inner);
    if (close >= 0 && (open < 0 || open >= close)) spans.push({ start: close, end: close + 1 });
  }
  return blankOut(text, spans);
}

/**
 * indexOf(char, from) for non-decreasing `from`, remembering the last answer: a text with many
 * commands and no closing brace is scanned once, not once per command.
 */
function nextOccurrence(text: string, char: string): (from: number) => number {
  let last = -2;
  let lastFrom = -1;
  return (from) => {
    if (last === -2 || from < lastFrom || (last >= 0 && from > last)) last = text.indexOf(char, from);
    lastFrom = from;
    return last;
  };
}

/** The text with the given spans replaced by spaces, offsets unchanged; built once, not copied per span. */
function blankOut(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    if (start > at) parts.push(text.slice(at, start));
    const from = Math.max(at, start);
    if (end > from) parts.push(' '.repeat(end - from));
    at = Math.max(at, end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Whether a span lies inside one of the phrases and is shorter than it: a phrase that starts at or
 * before the span and ends at or after it, not the span itself. A prefix maximum of phrase ends over
 * phrases sorted by start answers each span with a binary search instead of a scan of all phrases.
 */
function strictlyInsideAny(phrases: readonly Span[]): (span: Span) => boolean {
  const sorted = [...phrases].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const p of sorted) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -Infinity, p.end));
  // The number of phrases starting before (or at, when inclusive) an offset.
  const countStarting = (offset: number, inclusive: boolean): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = sorted[mid]!.start;
      if (s < offset || (inclusive && s === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const endOfFirst = (count: number): number => (count === 0 ? -Infinity : maxEnd[count - 1]!);
  // start <= s, end >= e and longer: either it starts before s and reaches e, or starts at s or before and ends after e.
  return ({ start, end }) => endOfFirst(countStarting(start, false)) >= end || endOfFirst(countStarting(start, true)) > end;
}

/**
 * "SMURF: SeMantic and linguistic UndeRstanding Fusion …": the part of a title after its name's
 * colon, where words capitalise the name's letters; such words are spelling, not names.
 */
function titleSpellingOut(title: string): { start: number; end: number; acronym: string } {
  const colon = title.indexOf(': ');
  if (colon < 0) return { start: 0, end: 0, acronym: '' };
  return { start: colon + 2, end: title.length, acronym: title.slice(0, colon).replace(/[^\p{Lu}]/gu, '') };
}

function capitalsWithin(word: string, acronym: string): boolean {
  const capitals = word.replace(/[^\p{Lu}]/gu, '');
  return capitals.length >= 2 && acronym.length >= 3 && [...capitals].every((c) => acronym.includes(c));
}

/** Candidates from a phrase rule; task names are lowercase by convention. */
function phraseCandidates(phrases: readonly HeadPhrase[], type: 'method' | 'task', confidence: number): Candidate[] {
  return phrases.map((p) => {
    const name = type === 'task' ? p.phrase.toLowerCase() : p.phrase;
    return {
      type,
      name,
      key: keyFor(type, name),
      start: p.start,
      end: p.end,
      confidence,
      ...(type === 'method' ? { role: 'used' as const } : {}),
    };
  });
}

function* cuedNames(title: string, text: string): Generator<CuedName> {
  const fromTitle = titleName(title);
  if (fromTitle) yield fromTitle;
  // Dataset cues first: where a proposal and a dataset cue claim one span, the tie goes to the earlier
  // rule, and "we present WidgetMix, a curated dataset" names a dataset.
  yield* evaluationNames(text);
  yield* proposedNames(text);
  yield* techniqueListNames(text);
  yield* comparedNames(text);
}

function cuedCandidate(c: CuedName, text: string, lexicon: CompiledLexicon): Candidate {
  const known = lexiconEntryFor(c.name, lexicon);
  const evaluation = c.cue === 'benchmark' || c.cue === 'dataset' || c.cue === 'evaluation';
  const type: EntityType =
    known?.type ??
    (evaluation || BENCHMARK_SUFFIX.test(c.name) || (c.cue === 'title' && BENCHMARK_WORDS.test(text.slice(0, text.indexOf('\n'))))
      ? 'benchmark'
      : 'method');
  const name = known?.name ?? c.name;
  return {
    type,
    name,
    key: keyFor(type, name),
    start: c.start,
    end: c.end,
    confidence: known ? CONFIDENCE.lexiconWithCue : CONFIDENCE.patternWithCue,
    ...(type === 'method' ? { role: c.cue === 'title' || c.cue === 'proposal' ? 'proposed' : 'used' } : {}),
  };
}

function lexiconEntryFor(name: string, lexicon: CompiledLexicon): LexiconEntry | undefined {
  return lookupLexicon(lexicon, name, entityKey(name));
}

/**
 * "Locality Sensitive Hashing (LSH)": the acronym and the long form name one entity. When another
 * rule already found either form, the acronym joins that entity; otherwise the long form's head
 * decides its type, and generic long forms ("Large Language Models (LLMs)") are ignored.
 */
function acronymCandidates(
  text: string,
  definitions: readonly AcronymDefinition[],
  found: readonly Candidate[],
  abstractStart: number,
): Candidate[] {
  const result: Candidate[] = [];
  const priorOf = firstPriorCandidates(found, definitions);
  const knownEndingAt = new Map<number, Candidate[]>();
  for (const c of found) if (c.type === 'task' || c.type === 'metric') knownEndingAt.set(c.end, [...(knownEndingAt.get(c.end) ?? []), c]);
  const occurrences = standaloneOccurrenceIndex(text);
  definitions.forEach((def, index) => {
    const longEnd = def.longStart + def.longForm.length;
    const prior = priorOf[index];
    const clause =
      text
        .slice(Math.max(0, def.longStart - 160), def.longStart)
        .split(/[.!?]\s/)
        .pop() ?? '';
    const proposed = PROPOSED_BEFORE.test(clause);
    // "we propose … Macro-from-Micro Planning (MMPL)": what a paper proposes is its technique, whatever
    // its head word, unless the sentence says it is a task.
    const proposedTechnique = proposed && !/\btasks?\b/i.test(clause);
    const phraseOnly = prior && prior.type === 'task' && prior.confidence <= CONFIDENCE.taskPhrase;
    let base: Omit<Candidate, 'start' | 'end' | 'confidence'> | undefined = proposedTechnique && phraseOnly ? undefined : prior;
    if (!base) {
      if (GENERIC_LONG_FORM.test(def.longForm) || NOT_AN_ENTITY.test(def.longForm) || isGenericAcronym(def.acronym)) return;
      // A capitalised long form in the abstract is a named concept; with no other clue, a technique.
      const named =
        def.longStart >= abstractStart &&
        /^\p{Lu}[\p{L}\p{N}'-]*(?:\s(?:(?:and|of|for|the|to|in|with)\s)?\p{Lu}[\p{L}\p{N}'-]*)+$/u.test(def.longForm);
      // "Multimodal Sentiment Analysis (MSA)": a long form ending in a known task or metric is one too.
      const endsInKnown = knownEndingAt.get(longEnd)?.find((c) => c.start > def.longStart);
      // "the Keep Emotional and Essential Memory (KEEM) dataset": the definition names a dataset.
      const datasetAfter = /^\)\s+(?:dataset|benchmark|corpus|suite)s?\b/i.test(
        text.slice(def.acronymStart + def.acronym.length, def.acronymStart + def.acronym.length + 16),
      );
      const byHead = typeByHead(def.longForm);
      const type = datasetAfter
        ? 'benchmark'
        : proposedTechnique && byHead !== 'benchmark'
          ? 'method'
          : (byHead ?? endsInKnown?.type ?? (proposed || named ? 'method' : undefined));
      if (!type) return;
      base = {
        type,
        // Task and metric names are lowercase by convention; a technique keeps its authors' capitals.
        name: type === 'task' || type === 'metric' ? def.longForm.toLowerCase() : def.longForm,
        key: keyFor(type, def.longForm),
        ...(type === 'method' ? { role: proposed ? ('proposed' as const) : ('used' as const) } : {}),
      };
      result.push({ ...base, start: def.longStart, end: longEnd, confidence: CONFIDENCE.acronymDefinition, aliases: [def.acronym] });
    }
    for (const start of occurrences(def.acronym)) {
      result.push({
        ...base,
        start,
        end: start + def.acronym.length,
        confidence: CONFIDENCE.acronymDefinition,
        aliases: [def.acronym, def.longForm],
      });
    }
  });
  return result;
}

/**
 * For each definition, the first candidate (in `found` order) that covers its long form (up to the
 * last character) or starts at its acronym, as `found.find` per definition would return, in
 * O((candidates + definitions) log) instead of their product: a sweep over long-form starts adds
 * candidates by start into a Fenwick tree of the earliest index per end offset.
 */
function firstPriorCandidates(found: readonly Candidate[], definitions: readonly AcronymDefinition[]): (Candidate | undefined)[] {
  const firstStartingAt = new Map<number, number>();
  found.forEach((c, i) => {
    if (c.type !== 'repo' && !firstStartingAt.has(c.start)) firstStartingAt.set(c.start, i);
  });
  const ends = [...found.map((c) => c.end), ...definitions.map((d) => d.longStart + d.longForm.length)];
  const size = ends.reduce((n, end) => Math.max(n, end + 2), 2);
  // tree over reversed end offsets: a prefix query gives the earliest candidate ending at or after an offset.
  const tree = new Int32Array(size + 1).fill(found.length);
  const slot = (end: number): number => size - (Math.max(end, -1) + 1);
  const add = (end: number, index: number): void => {
    for (let i = slot(end); i <= size; i += i & -i) if (index < tree[i]!) tree[i] = index;
  };
  const earliestEndingFrom = (end: number): number => {
    let best = found.length;
    for (let i = slot(end); i > 0; i -= i & -i) if (tree[i]! < best) best = tree[i]!;
    return best;
  };
  const byStart = found.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start);
  const order = definitions.map((d, i) => ({ d, i })).sort((a, b) => a.d.longStart - b.d.longStart);
  const result: (Candidate | undefined)[] = Array.from({ length: definitions.length }, () => undefined);
  let next = 0;
  for (const { d, i } of order) {
    while (next < byStart.length && byStart[next]!.c.start <= d.longStart) add(byStart[next]!.c.end, byStart[next++]!.i);
    const covering = earliestEndingFrom(d.longStart + d.longForm.length - 1);
    const first = Math.min(covering, firstStartingAt.get(d.acronymStart) ?? found.length);
    result[i] = found[first];
  }
  return result;
}

const WORD_CHAR = /[\p{L}\p{N}-]/u;

/**
 * Where a word occurs on its own (not inside a longer word or hyphenated name). A standalone word of
 * word characters is a whole run of them, so the runs are indexed once per text instead of searching
 * the text once per word; a word with other characters is searched for.
 */
function standaloneOccurrenceIndex(text: string): (word: string) => number[] {
  let runs: Map<string, number[]> | undefined;
  return (word) => {
    if (![...word].every((ch) => ch.length === 1 && WORD_CHAR.test(ch))) return standaloneOccurrences(text, word);
    if (!runs) {
      runs = new Map();
      let start = -1;
      for (let i = 0; i <= text.length; i++) {
        const inWord = i < text.length && WORD_CHAR.test(text[i]!);
        if (inWord && start < 0) start = i;
        if (!inWord && start >= 0) {
          const run = text.slice(start, i);
          const at = runs.get(run);
          if (at) at.push(start);
          else runs.set(run, [start]);
          start = -1;
        }
      }
    }
    return runs.get(word) ?? [];
  };
}

function standaloneOccurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + word.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) found.push(at);
  }
  return found;
}

const METHOD_HEAD = new RegExp(String.raw`(?:${LONG_FORM_TECHNIQUE_HEADS})$`, 'i');
const TASK_HEAD = new RegExp(String.raw`(?:${LONG_FORM_TASK_HEADS})$`, 'i');
const METRIC_HEAD = /(error|score|rate|accuracy|distance|divergence|ratio|precision|recall|coefficient)$/i;

function typeByHead(fullForm: string): EntityType | undefined {
  // "test-time training with multimodal reconstruction": the head comes before the modifier clause.
  const longForm = fullForm.split(/\s(?:with|via|using|for)\s/)[0]!;
  if (BENCHMARK_WORDS.test(longForm)) return 'benchmark';
  if (TASK_HEAD.test(longForm)) return 'task';
  if (METRIC_HEAD.test(longForm)) return 'metric';
  if (METHOD_HEAD.test(longForm)) return 'method';
  return undefined;
}
