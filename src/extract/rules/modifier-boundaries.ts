import { typedEntityKey } from '../../model/index.js';
import { changed, type Candidate } from '../candidate.js';
import { METRIC_LEADING_WORDS, TASK_LEADING_WORDS, WORDS_BEFORE_METRICS, WORDS_BEFORE_TASKS } from '../lexicon/name-modifiers.js';

const GRAMMAR = {
  // A task keeps its head and a modifier when a word is cut ("consistent 3d editing"); "accuracy" alone is a metric.
  task: { leading: TASK_LEADING_WORDS, before: WORDS_BEFORE_TASKS, minWordsLeft: 2 },
  metric: { leading: METRIC_LEADING_WORDS, before: WORDS_BEFORE_METRICS, minWordsLeft: 1 },
} as const;

const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’-]*) $/u;
const FIRST_WORD = /^([\p{L}\p{N}][\p{L}\p{N}'’-]*) (?=\S)/u;
// "3d object detection" takes one or two leading words; a longer run is a clause, not a name.
const MAX_ADDED = 2;
// Rules that already chose their words: a paraphrase's canonical name ("x classification" of
// "classifying x") and a metric the lexicon matched with its modifiers.
const OWN_BOUNDARIES = new Set(['task-paraphrase', 'lexicon-modified']);

/**
 * Task and metric boundaries by the name grammar learned from the training gold
 * (`lexicon/name-modifiers.ts`): a span drops a first word that stands before such names without
 * being part of them ("consistent 3D editing" → 3D editing), or else takes the words before it that
 * lead them ("3D" + object detection, "attack" + success rate). The name follows the span.
 */
export function withModifierBoundaries(c: Candidate, text: string, isMeasure: (name: string) => boolean = () => true): Candidate {
  if ((c.type !== 'task' && c.type !== 'metric') || OWN_BOUNDARIES.has(c.rule ?? '')) return c;
  const grammar = GRAMMAR[c.type];
  let start = c.start;
  let name = c.name;
  const first = FIRST_WORD.exec(text.slice(start, c.end));
  const rest = text.slice(start + (first?.[0].length ?? 0), c.end);
  const left = rest.split(/\s+/).length;
  // "model size" keeps its first word: one word left is a measure only if the lexicon knows it as one ("model accuracy").
  if (
    first &&
    grammar.before.has(first[1]!.toLowerCase()) &&
    left >= grammar.minWordsLeft &&
    (c.type !== 'metric' || left > 1 || isMeasure(rest))
  ) {
    start += first[0].length;
    name = name.toLowerCase().startsWith(`${first[1]!.toLowerCase()} `) ? name.slice(first[0].length) : rest.toLowerCase();
  } else {
    const added: string[] = [];
    for (
      let word = leadingWord(text, start, grammar.leading);
      word && added.length < MAX_ADDED;
      word = leadingWord(text, start, grammar.leading)
    ) {
      added.unshift(word);
      start -= word.length + 1;
    }
    if (added.length > 0) name = `${added.join(' ')} ${c.name}`.toLowerCase();
  }
  if (start === c.start) return c;
  return changed(c, { name, key: typedEntityKey(c.type, name), start });
}

/** The word right before `at` (one space between) when it leads names of the type. */
function leadingWord(text: string, at: number, leading: ReadonlySet<string>): string | undefined {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return word !== undefined && leading.has(word.toLowerCase()) ? word : undefined;
}
