import type { ModelNameMatch } from './model-names.js';
import { isCoinedName } from './names.js';

// "SeedEdit 3.0", "BioCLIP 2": a coined name, a space and a release number that ends the word.
const VERSIONED =
  /(?<![\p{L}\p{N}\-.])(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*) (\d(\.\d)?)(?![\p{L}\p{N}%]|[.,]\d|\s?(?:%|points?|pp|x|×))/gu;

// "Segment Anything Model 3": a model the lexicon knows by several capitalised words, then a release number.
const WORDS_VERSIONED =
  /(?<![\p{L}\p{N}\-.])((?:\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)* ){1,3}\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*) (\d(\.\d)?)(?![\p{L}\p{N}%]|[.,]\d|\s?(?:%|points?|pp|x|×))/gu;

/**
 * Coined names with a release number are released models, whatever their family: "SeedEdit 3.0",
 * "HunyuanVideo 1.5", "BioCLIP 2". A decimal number is a release number; a whole number only after a model
 * the lexicon knows ("SigLIP 2", "SAM 3") or where the paper writes the name with it more than once (a single
 * "FooNet 2" may be a count or a score).
 */
export function findVersionedModelNames(text: string, knownModel: (name: string) => boolean = () => false): ModelNameMatch[] {
  const found: ModelNameMatch[] = [];
  const seen = new Map<string, number>();
  // All capitals ("ML-SUPERB 2.0", "ASAP 2.0", "FFN 1.3") name datasets and layers as often as models.
  const matches = [...text.matchAll(VERSIONED)].filter(
    (m) => knownModel(m[1]!) || (isCoinedName(m[1]!.split('-')[0]!) && /\p{Ll}/u.test(m[1]!)),
  );
  for (const m of matches) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  for (const m of matches) {
    if (m[3] === undefined && seen.get(m[0])! < 2 && !knownModel(m[1]!)) continue;
    found.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(WORDS_VERSIONED)) {
    const words = m[1]!.split(' ');
    // The longest run of the words before the number that names a known model ("We adopt Segment Anything Model 3").
    for (let k = 0; k < words.length - 1; k++) {
      const name = words.slice(k).join(' ');
      if (!knownModel(name)) continue;
      const start = m.index + m[1]!.length - name.length;
      found.push({ name: `${name} ${m[2]!}`, start, end: m.index + m[0].length });
      break;
    }
  }
  return found;
}
