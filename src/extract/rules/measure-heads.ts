import { typedEntityKey } from '../../model/index.js';
import { changed, type Candidate } from '../candidate.js';
import { wordClass } from './word-class.js';

// Measures that are a measure on their own (the guideline's examples, and latency and throughput):
// "detection accuracy" is accuracy measured on detection unless the paper has no other accuracy.
const STANDALONE = new Set(['accuracy', 'precision', 'recall', 'perplexity', 'latency', 'throughput', 'regret', 'coverage', 'auc']);
// A cut-off or a rank is part of the measure ("top-1 accuracy", "rank-1 accuracy"), never a setting.
const CUTOFF = /\d|^top-|^rank-/i;
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)\s+$/u;

/**
 * A measure written with a modifier ("test accuracy", "inference latency") is the bare measure when
 * the paper also writes it without one (no noun right before it): the paper talks about one accuracy
 * and says once what it was measured on. A paper that always writes "clustering accuracy" names that
 * measure. Counted over the training gold: with a bare mention elsewhere annotators kept a noun
 * modifier 29% of the time (accuracy, 179 cases), without one 66% (380). A name the lexicon lists as a
 * measure of its own ("mean average precision", "average precision") is that measure, not a kind of
 * precision, and keeps its name (and its acronym, which would otherwise become precision's everywhere).
 */
export function withMeasureHead(c: Candidate, text: string, isMeasure: (name: string) => boolean = () => false): Candidate {
  if (c.type !== 'metric' || isMeasure(c.name) || (c.aliases?.length ?? 0) > 0) return c;
  const words = c.name.split(/\s+/);
  const head = words.at(-1)!.toLowerCase();
  if (!STANDALONE.has(head) || words.slice(0, -1).some((w) => CUTOFF.test(w))) return c;
  return words.length >= 2 && writtenBare(text, head, words.at(-2)!.toLowerCase())
    ? changed(c, { name: head, key: typedEntityKey('metric', head) })
    : c;
}

/**
 * Whether the text writes the measure with no noun right before it ("high accuracy", "(accuracy",
 * "mean accuracy"). The name's own gerund modifier is a noun there ("clustering accuracy"), where
 * elsewhere an -ing word is a verb ("improving accuracy").
 */
function writtenBare(text: string, head: string, modifier: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(head); at >= 0; at = lower.indexOf(head, at + head.length)) {
    if (/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') || /[\p{L}\p{N}-]/u.test(lower[at + head.length] ?? ' ')) continue;
    const before = WORD_BEFORE.exec(lower.slice(Math.max(0, at - 40), at))?.[1];
    if (before === undefined || (wordClass(before) !== 'noun' && !(before === modifier && /ing$/.test(before)))) return true;
  }
  return false;
}
