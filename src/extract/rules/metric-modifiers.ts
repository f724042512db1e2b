import { wordClass } from './word-class.js';

// Measures that name what they measure with the noun before them: "reconstruction accuracy", "top-1 error rate".
const MODIFIED_HEAD = /^(?:accuracy|error|error rate|success rate)$/i;
const MODIFIER = /^(?:top-(?:\d+|k)|[a-z][a-z0-9@]*(?:-[a-z0-9@]+)*)$/;
// Split names that part-of-speech tagging reads as verbs ("test accuracy").
const SPLITS = new Set(['test', 'validation', 'training', 'train', 'val', 'dev']);
const NOT_MODIFIER = new Set(['state-of-the-art', 'sota', 'percent', 'percentage', 'point', 'points', 'model', 'models', 's', 'and', 'or']);

/**
 * Where a measure's name starts when nouns before it say what is measured: "segmentation accuracy",
 * "top-1 test accuracy" (at most two words; adjectives — "high", "overall" — and capitalised names
 * — "ImageNet accuracy" — stay out). Returns the measure's own start when nothing qualifies.
 */
export function metricNameStart(text: string, start: number, end: number): number {
  if (!MODIFIED_HEAD.test(text.slice(start, end))) return start;
  let from = start;
  for (let k = 0; k < 2; k++) {
    const before = /(?:^|\s)(\S+) $/.exec(text.slice(Math.max(0, from - 40), from));
    const word = before?.[1];
    if (!word || !MODIFIER.test(word) || NOT_MODIFIER.has(word)) break;
    if (!/^top-/.test(word) && !SPLITS.has(word) && wordClass(word) !== 'noun') break;
    from -= word.length + 1;
  }
  return from;
}
