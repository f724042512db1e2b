import type { ExtractedEntity } from '../../model/index.js';

/** One occurrence of an extracted entity in the text. */
export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly entity: ExtractedEntity;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const RESULT_TYPES = new Set(['benchmark', 'model', 'method', 'metric']);

/**
 * Every occurrence of the benchmarks, models, methods and metrics a paper mentions (the extractor
 * keeps only each entity's first mention as evidence), found with indexOf on each surface form; where
 * two overlap, the longer wins ("SWE-bench Lite" over "SWE-bench").
 */
export function entityMentions(text: string, entities: readonly ExtractedEntity[]): EntityMention[] {
  const all: EntityMention[] = [];
  for (const entity of entities) {
    if (!RESULT_TYPES.has(entity.type)) continue;
    const forms = new Set([entity.evidence.mention, entity.name, ...entity.aliases].filter((f) => f.length >= 2));
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const before = at > 0 ? text[at - 1]! : ' ';
        const after = text[at + form.length] ?? ' ';
        if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) all.push({ start: at, end: at + form.length, entity });
      }
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: EntityMention[] = [];
  for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
