import { describe, expect, it } from 'vitest';
import { compromiseClass, wordClass, type WordClass } from './word-class.js';
import { WORD_CLASS_TABLE } from './word-class-table.js';

describe('wordClass', () => {
  it('answers from the shipped table what compromise answers (every 97th word of each class)', () => {
    const sample = (Object.entries(WORD_CLASS_TABLE) as [WordClass, string][]).flatMap(([kind, words]) =>
      words
        .split(' ')
        .filter((_, i) => i % 97 === 0)
        .map((word) => [word, kind] as const),
    );
    expect(sample.length).toBeGreaterThan(400);
    expect(sample.filter(([word, kind]) => compromiseClass(word) !== kind)).toEqual([]);
  });

  it.each([
    ['Learning', 'verb'],
    ['quickly', 'adverb'],
    ['better', 'comparative'],
    ['the', 'function'],
    ['xyzzyq', 'noun'],
  ] as const)('%s is a %s, in the table or not', (word, kind) => {
    expect(wordClass(word)).toBe(kind);
    expect(compromiseClass(word.toLowerCase())).toBe(kind);
  });
});
