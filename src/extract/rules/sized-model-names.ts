import type { ModelNameMatch } from './model-names.js';
import { isCoinedName } from './names.js';

// A parameter count: "7B", "1.5B", "8x7B", "120b"; "VL3B" carries a modality before it. Millions are
// left out: in the annotated corpus a name ending in "-300M" is a dataset's size ("TreeOfLife-200M",
// "JFT-300M") ten times for three models, and one ending in "B" a model 202 times for one dataset.
const SIZE_SEGMENT = /^(?:[A-Z]{1,3})?\d+(?:\.\d+)?(?:[xX]\d+)?B$|^\d+(?:\.\d+)?b$/;
const HYPHENATED = /(?<![\p{L}\p{N}\-.])\p{Lu}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+/gu;
const SPACED = /(?<![\p{L}\p{N}\-.])(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*) (\d+(?:\.\d+)?B)(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

/**
 * Names that carry a parameter count are released models whatever their family: "Fara-7B",
 * "ReasonIR-8B", "Mathstral-7B-v0.1", "EuroLLM 1.7B". The count must follow a name ("14B" alone, or
 * "59M-parameter", is a size, not a model).
 */
export function findSizedModelNames(text: string): ModelNameMatch[] {
  const found: ModelNameMatch[] = [];
  for (const m of text.matchAll(HYPHENATED)) {
    const segments = m[0].split(/[-_]/);
    if (segments.length < 2 || !/\p{L}/u.test(segments[0]!) || !segments.slice(1).some((s) => SIZE_SEGMENT.test(s))) continue;
    found.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SPACED)) {
    const name = m[1]!;
    if (!isCoinedName(name.split('-')[0]!)) continue;
    found.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}
