/**
 * Unsupervised word classes (scripts/word-classes.ts): each frequent word of the unlabeled abstracts
 * has a leaf of a three-level clustering of its contexts, and a coarser level is a prefix of the leaf,
 * like a Brown-cluster path. Keyed by the tagger's lowercase word hash; an open-addressing table at
 * load ≤ 0.5, as plain typed arrays so a worker can receive it by structured clone.
 */
export interface WordClasses {
  readonly keys: Uint32Array;
  /** The leaf + 1 (0: an empty slot). */
  readonly leaves: Uint16Array;
  readonly mask: number;
}

/** Branching at each level of the clustering: 16 top classes, 8 children each, 8 leaves each. */
export const CLASS_BRANCHING = [16, 8, 8] as const;
export const LEAF_COUNT = CLASS_BRANCHING.reduce((a, b) => a * b, 1);
/** A word the clustering did not see (too rare), as its leaf. */
export const NO_CLASS = LEAF_COUNT;

export const EMPTY_CLASSES: WordClasses = buildWordClasses([], []);

export function buildWordClasses(hashes: ArrayLike<number>, leaves: ArrayLike<number>): WordClasses {
  let capacity = 2;
  while (capacity * 0.5 < hashes.length) capacity <<= 1;
  const keys = new Uint32Array(capacity);
  const values = new Uint16Array(capacity);
  const mask = capacity - 1;
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i]! >>> 0;
    let at = hash & mask;
    while (values[at] && keys[at] !== hash) at = (at + 1) & mask;
    keys[at] = hash;
    values[at] = leaves[i]! + 1;
  }
  return { keys, leaves: values, mask };
}

/** The leaf of a word hash, or NO_CLASS. */
export function leafOf(classes: WordClasses, hash: number): number {
  const { keys, leaves, mask } = classes;
  for (let at = hash & mask; leaves[at]; at = (at + 1) & mask) if (keys[at] === hash) return leaves[at]! - 1;
  return NO_CLASS;
}

/** Every word hash and its leaf, in slot order (what the model file stores). */
export function wordClassEntries(classes: WordClasses): { hashes: number[]; leaves: number[] } {
  const hashes: number[] = [];
  const leaves: number[] = [];
  for (let at = 0; at < classes.leaves.length; at++) {
    if (!classes.leaves[at]) continue;
    hashes.push(classes.keys[at]!);
    leaves.push(classes.leaves[at]! - 1);
  }
  return { hashes, leaves };
}
