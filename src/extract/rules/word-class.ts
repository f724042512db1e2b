import nlp from 'compromise';
import { WORD_CLASS_TABLE } from './word-class-table.js';

export type WordClass = 'noun' | 'adjective' | 'verb' | 'adverb' | 'function' | 'comparative';

// Each distinct word is tagged once: compromise costs ~0.5 ms a call, and phrase modifiers repeat
// across a corpus. The answer depends on the word alone, so extraction stays deterministic.
const cache = new Map<string, WordClass>();
const MAX_CACHE = 50_000;
let table: ReadonlyMap<string, WordClass> | undefined;

/** The shipped answers for frequent words (word-class-table.ts), read on first use. */
function shippedClasses(): ReadonlyMap<string, WordClass> {
  if (table) return table;
  const classes = new Map<string, WordClass>();
  for (const [kind, words] of Object.entries(WORD_CLASS_TABLE) as [WordClass, string][]) {
    for (const word of words.split(' ')) if (word) classes.set(word, kind);
  }
  return (table = classes);
}

/**
 * The shipped table's class of a frequent word, without asking compromise (about 0.5 ms a new word); undefined
 * for other words. The table alone, never the cache, so the answer does not depend on what was read before.
 */
export function tableWordClass(word: string): WordClass | undefined {
  return shippedClasses().get(word.toLowerCase());
}

/** The part of speech compromise gives a word on its own, reduced to what phrase trimming needs. */
export function wordClass(word: string): WordClass {
  const key = word.toLowerCase();
  const known = cache.get(key) ?? shippedClasses().get(key);
  if (known) return known;
  const result = compromiseClass(key);
  if (cache.size < MAX_CACHE) cache.set(key, result);
  return result;
}

/**
 * What compromise makes of a lowercase word alone. The shipped table holds its answers for frequent words,
 * computed by this function (scripts/word-class-table.ts), so the table changes no output: a new word costs
 * a call to compromise, about 0.5 ms, which a new abstract met about once, and each worker thread again.
 */
export function compromiseClass(key: string): WordClass {
  const tags = new Set<string>(nlp(key).json()[0]?.terms?.[0]?.tags ?? []);
  return tags.has('Comparative') || tags.has('Superlative')
    ? 'comparative'
    : tags.has('Determiner') || tags.has('Preposition') || tags.has('Pronoun') || tags.has('Conjunction')
      ? 'function'
      : tags.has('Adverb')
        ? 'adverb'
        : tags.has('Noun') || tags.has('Acronym') || tags.has('Hyphenated')
          ? 'noun'
          : tags.has('Adjective')
            ? 'adjective'
            : tags.has('Verb')
              ? 'verb'
              : 'noun';
}

/** Drops leading words that cannot start a name: verbs, adverbs, comparatives, function words. */
export function trimModifiers(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length && wordClass(words[i]!) !== 'noun' && wordClass(words[i]!) !== 'adjective') i++;
  return words.slice(i);
}
