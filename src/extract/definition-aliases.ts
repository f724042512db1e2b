import { changed, type Candidate } from './candidate.js';
import type { AcronymDefinition } from './rules/acronyms.js';

/**
 * "reinforcement learning (RL)": a candidate whose mention is a definition's long form carries the
 * acronym as an alias, and one whose mention is the acronym carries the long form, so the merge joins
 * them into one entity. The tagger finds the two forms as separate spans and knows nothing of the
 * definition; the acronym generator covers only long forms an earlier rule found.
 */
export function withDefinitionAliases(
  text: string,
  candidates: readonly Candidate[],
  definitions: readonly AcronymDefinition[],
): readonly Candidate[] {
  if (definitions.length === 0) return candidates;
  const byLongForm = new Map<string, string>();
  const byAcronym = new Map<string, string>();
  for (const d of definitions) {
    byLongForm.set(d.longForm.toLowerCase(), d.acronym);
    byAcronym.set(d.acronym, d.longForm);
  }
  return candidates.map((c) => {
    if (c.type === 'repo' || c.type === 'topic') return c;
    const mention = text.slice(c.start, c.end);
    const other = byAcronym.get(mention) ?? byLongForm.get(mention.toLowerCase());
    if (other === undefined || c.aliases?.includes(other)) return c;
    return changed(c, { aliases: [...(c.aliases ?? []), other] });
  });
}
