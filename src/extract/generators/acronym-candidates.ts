import { typedEntityKey } from '../../model/index.js';
import { candidate, changed, CONFIDENCE, type Candidate } from '../candidate.js';
import type { AcronymDefinition } from '../rules/acronyms.js';
import { isCapitalisedName, isIgnoredLongForm, typeByHead } from '../rules/long-forms.js';
import { isGenericAcronym } from '../rules/names.js';
import { PROPOSED_BEFORE } from '../rules/proposal.js';
import type { RuleInput } from './rule-input.js';

/**
 * "Locality Sensitive Hashing (LSH)": the acronym and the long form name one entity. When an earlier
 * generator already found either form (`found`), the acronym joins that entity; otherwise the long
 * form's head decides its type, and generic long forms ("Large Language Models (LLMs)") are ignored.
 */
export function acronymCandidates({ paper, definitions }: RuleInput, found: readonly Candidate[]): Candidate[] {
  const text = paper.masked;
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
    let base: Candidate | undefined = proposedTechnique && phraseOnly ? undefined : prior;
    if (!base) {
      if (isIgnoredLongForm(def.longForm) || isGenericAcronym(def.acronym)) return;
      // A capitalised long form in the abstract is a named concept; with no other clue, a technique.
      const named = def.longStart >= paper.abstractStart && isCapitalisedName(def.longForm);
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
      base = candidate({
        type,
        // Task and metric names are lowercase by convention; a technique keeps its authors' capitals.
        name: type === 'task' || type === 'metric' ? def.longForm.toLowerCase() : def.longForm,
        key: typedEntityKey(type, def.longForm),
        start: def.longStart,
        end: longEnd,
        confidence: CONFIDENCE.acronymDefinition,
        role: type === 'method' ? (proposed ? 'proposed' : 'used') : undefined,
        aliases: [def.acronym],
        rule: 'acronym-definition',
      });
      result.push(base);
    }
    for (const start of occurrences(def.acronym)) {
      result.push(
        changed(base, {
          start,
          end: start + def.acronym.length,
          confidence: CONFIDENCE.acronymDefinition,
          aliases: [def.acronym, def.longForm],
          rule: 'acronym-definition',
        }),
      );
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
  // Candidate indices by start offset, in `found` order.
  const startingAt = new Map<number, number[]>();
  found.forEach((c, i) => {
    if (c.type !== 'repo') startingAt.set(c.start, [...(startingAt.get(c.start) ?? []), i]);
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
    const longEnd = d.longStart + d.longForm.length;
    let covering = earliestEndingFrom(longEnd - 1);
    // "Offline reinforcement learning (RL)": a candidate that adds words before the long form names a
    // narrower thing than the acronym; the acronym belongs to one that starts where the long form does.
    if (covering < found.length && found[covering]!.start < d.longStart) {
      covering = (startingAt.get(d.longStart) ?? []).find((k) => found[k]!.end >= longEnd - 1) ?? found.length;
    }
    const first = Math.min(covering, startingAt.get(d.acronymStart)?.[0] ?? found.length);
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
