import { typedEntityKey } from '../../model/index.js';
import { changed, type Candidate } from '../candidate.js';

// Heads a technique's name takes after it ("FoPP scheduler", "DPM solver"): part of the mention.
const HEAD_AFTER_NAME = /^ (scheduler|solver|sampler|strategy|optimizer|regularizer|tokenizer|estimator)s?\b/;

/**
 * Mention boundaries keep version suffixes, sizes and head nouns. A lexicon model name inside a
 * longer model-name shape yields to it ("Llama 3.1 8B" is not "LLaMA"), and a coined or cued
 * technique name followed by a technique head takes the head ("FoPP scheduler").
 */
export function withFullNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  const shapes = candidates.filter((c) => c.rule === 'model-shape');
  return candidates
    .filter(
      (c) =>
        !(
          c.rule === 'lexicon' &&
          c.type === 'model' &&
          shapes.some((s) => s.start <= c.start && c.end <= s.end && s.end - s.start > c.end - c.start)
        ),
    )
    .map((c) => withHead(text, c));
}

function withHead(text: string, c: Candidate): Candidate {
  if (c.type !== 'method' || !(c.rule === 'coined-name' || c.rule?.startsWith('cue:'))) return c;
  const head = HEAD_AFTER_NAME.exec(text.slice(c.end, c.end + 16));
  if (!head || text.slice(c.start, c.end) !== c.name) return c;
  const name = `${c.name} ${head[1]!}`;
  return changed(c, { name, key: typedEntityKey('method', name), end: c.end + head[0].length });
}
