import { nameWords } from '../../model/index.js';

/**
 * How many abstracts of a large corpus write a method's name, in buckets: what tells a technique the
 * field has long used ("Reinforcement Learning" in a title, written in thousands of abstracts) from the
 * paper's own new name (written nowhere else). The table is data, generated from ../shared/data by
 * scripts/name-frequencies.ts and passed in like the lexicon.
 */
export type NameFrequencies = ReadonlyMap<string, number>;

/** The least number of abstracts of each bucket; a name in fewer than the first is in none. */
export const FREQUENCY_BUCKETS = [2, 10, 100, 1000] as const;

/** A name's key in the table: its words (`nameWords`), so "Fine-Tuning" and "fine tuning" are one. */
export function frequencyKey(name: string): string {
  return nameWords(name).join(' ');
}

/** The table from its generated form: one string per bucket, names separated by "|". */
export function compileNameFrequencies(data: readonly string[]): NameFrequencies {
  const table = new Map<string, number>();
  data.forEach((names, bucket) => {
    for (const name of names.split('|')) if (name) table.set(name, bucket);
  });
  return table;
}

/** The bucket of a name ("0" below the first, then 2+, 10+, 100+, 1000+ abstracts). */
export function frequencyBucket(frequencies: NameFrequencies, name: string): string {
  const bucket = frequencies.get(frequencyKey(name));
  return bucket === undefined ? '0' : `${FREQUENCY_BUCKETS[bucket]}+`;
}
