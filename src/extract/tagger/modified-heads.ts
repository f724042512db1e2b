import { typedEntityKey } from '../../model/index.js';
import { changed, type Candidate } from '../candidate.js';

// "Domain Adaptation in Semantic Segmentation": words joined by a function word are a phrase around the name, not its modifiers.
const FUNCTION_WORD = /\s(?:of|in|on|for|to|from|by|with|via|and|or|the|a|an)\s/i;

/**
 * "improving matching accuracy": where a candidate that won the words ("accuracy", the lexicon's)
 * is the head of a losing one of its type ("matching accuracy", the tagger's), the words before the
 * head say which task or measure it is, so the winner takes them and is named as the text writes
 * it (resolve then names a measure the paper also writes bare by its head). Undefined when the loser
 * does not end where the winner ends with words before it.
 */
export function withModifiersOf(winner: Candidate, loser: Candidate, text: string): Candidate | undefined {
  if (winner.type !== loser.type || (winner.type !== 'task' && winner.type !== 'metric')) return undefined;
  const modifiers = text.slice(loser.start, winner.start);
  if (loser.end !== winner.end || !/\S\s$/.test(modifiers) || FUNCTION_WORD.test(` ${modifiers}`)) return undefined;
  const name = text.slice(loser.start, winner.end).toLowerCase();
  return changed(winner, { start: loser.start, name, key: typedEntityKey(winner.type, name) });
}
