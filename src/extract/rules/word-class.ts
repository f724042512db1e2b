import nlp from 'compromise';

export type WordClass = 'noun' | 'adjective' | 'verb' | 'adverb' | 'function' | 'comparative';

// Each distinct word is tagged once: compromise costs ~0.5 ms a call, and phrase modifiers repeat
// across a corpus. The answer depends on the word alone, so extraction stays deterministic.
const cache = new Map<string, WordClass>();
const MAX_CACHE = 50_000;

/** The part of speech compromise gives a word on its own, reduced to what phrase trimming needs. */
export function wordClass(word: string): WordClass {
  const key = word.toLowerCase();
  const known = cache.get(key);
  if (known) return known;
  const tags = new Set<string>(nlp(key).json()[0]?.terms?.[0]?.tags ?? []);
  const result: WordClass =
    tags.has('Comparative') || tags.has('Superlative')
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
  if (cache.size < MAX_CACHE) cache.set(key, result);
  return result;
}

/** Drops leading words that cannot start a name: verbs, adverbs, comparatives, function words. */
export function trimModifiers(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length && wordClass(words[i]!) !== 'noun' && wordClass(words[i]!) !== 'adjective') i++;
  return words.slice(i);
}
