import { typedEntityKey } from '../../model/index.js';
import type { Candidate } from '../candidate.js';
import { TASK_LEADING_WORDS, WORDS_BEFORE_TASKS } from '../lexicon/task-modifiers.js';

const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’-]*) $/u;
const FIRST_WORD = /^([\p{L}\p{N}][\p{L}\p{N}'’-]*) (?=\S)/u;
// "3d object detection" takes one or two leading words; a longer run is a clause, not a name.
const MAX_ADDED = 2;
// A task keeps at least its head and one modifier when a leading word is cut ("consistent 3d editing").
const MIN_WORDS_LEFT = 2;

/**
 * A task's boundaries by the task-name grammar learned from the training gold
 * (`lexicon/task-modifiers.ts`): the span takes the words before it that lead task names ("3D" +
 * "object detection", "video" + "anomaly detection") and drops a first word that stands before task
 * names without being part of them ("consistent 3d editing" → "3d editing"). The name follows the span;
 * a paraphrase's canonical name ("x classification" of "classifying x") keeps its own order.
 */
export function withTaskBoundaries(c: Candidate, text: string): Candidate {
  if (c.type !== 'task' || c.rule === 'task-paraphrase') return c;
  let start = c.start;
  const end = c.end;
  let name = c.name;
  const first = FIRST_WORD.exec(text.slice(start, end));
  const rest = text.slice(start + (first?.[0].length ?? 0), end);
  if (first && WORDS_BEFORE_TASKS.has(first[1]!.toLowerCase()) && rest.split(/\s+/).length >= MIN_WORDS_LEFT) {
    start += first[0].length;
    name = name.toLowerCase().startsWith(`${first[1]!.toLowerCase()} `) ? name.slice(first[0].length) : rest.toLowerCase();
  } else {
    const added: string[] = [];
    for (let word = leadingWordBefore(text, start); word && added.length < MAX_ADDED; word = leadingWordBefore(text, start)) {
      added.unshift(word);
      start -= word.length + 1;
    }
    if (added.length > 0) name = `${added.join(' ')} ${c.name}`.toLowerCase();
  }
  if (start === c.start) return c;
  return { ...c, name, key: typedEntityKey('task', name), start, end };
}

/** The word right before `at` (one space between) when it leads task names. */
function leadingWordBefore(text: string, at: number): string | undefined {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return word !== undefined && TASK_LEADING_WORDS.has(word.toLowerCase()) ? word : undefined;
}
