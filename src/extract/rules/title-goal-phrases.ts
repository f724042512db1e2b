import type { ExtractedEntity } from '../../model/index.js';
import { lexiconEntryFor, type CompiledLexicon } from '../lexicon.js';
import { mentionsOf } from '../roles/role-features.js';

const GERUND = /^\p{L}+ing$/u;
// The preposition a few words before a title phrase, which says what the phrase is to the title.
const PREPOSITION_BEFORE = /\b(via|with|using|by|through|for|of|in|on|from|to|towards?)\s+(?:\S+\s+){0,2}$/i;

/**
 * Title-Case phrases that only the title writes, taken as the paper's own technique, where the title's
 * grammar makes them what the paper does rather than a name: a phrase opening with a gerund
 * ("Sampling Twice", "Refining Kernels"), one a few words after "of", and a singular subtitle after the colon. On
 * one fold's 2,500 abstracts (its tagger unseen) these were right 28 times in 119; other title-only
 * phrases 0.45–0.85. A name the lexicon knows, or a single word, stays.
 */
export function withoutTitleGoalPhrases(
  paper: { readonly text: string; readonly titleEnd: number },
  entities: readonly ExtractedEntity[],
  lexicon: CompiledLexicon,
): ExtractedEntity[] {
  const title = paper.text.slice(0, paper.titleEnd);
  const colon = title.indexOf(':');
  return entities.filter((e) => {
    if (e.type !== 'method' || e.role !== 'proposed' || e.evidence.start >= paper.titleEnd) return true;
    const words = e.name.split(/\s+/);
    if (words.length < 2 || lexiconEntryFor(e.name, lexicon) || mentionsOf(paper.text, e).some((at) => at >= paper.titleEnd)) return true;
    const before = title.slice(0, e.evidence.start);
    const preposition = PREPOSITION_BEFORE.exec(before)?.[1]?.toLowerCase();
    const subtitle = preposition === undefined && colon >= 0 && colon < e.evidence.start && !/s$/.test(words.at(-1)!);
    return !(GERUND.test(words[0]!) || preposition === 'of' || subtitle);
  });
}
