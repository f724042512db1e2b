import { typedEntityKey } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import type { PaperText } from '../paper-text.js';
import { coinedNameType } from '../rules/name-types.js';
import { isStandaloneName } from '../rules/names.js';

/** Words with inner capitals ("HyperAttention", "MixEval") are coined names, typed by their shape. */
export function coinedNameCandidates(paper: PaperText): Candidate[] {
  const spelledOut = titleSpellingOut(paper.title);
  const candidates: Candidate[] = [];
  for (const t of paper.tokens) {
    if (t.start < spelledOut.end && t.end > spelledOut.start && capitalsWithin(t.text, spelledOut.acronym)) continue;
    if (!/\p{Ll}\p{Lu}/u.test(t.text) || !isStandaloneName(t.text)) continue;
    const type = coinedNameType(t.text);
    candidates.push(
      candidate({
        type,
        name: t.text,
        key: typedEntityKey(type, t.text),
        start: t.start,
        end: t.end,
        confidence: CONFIDENCE.coinedName,
        role: type === 'method' ? 'used' : undefined,
        rule: 'coined-name',
      }),
    );
  }
  return candidates;
}

/**
 * "SMURF: SeMantic and linguistic UndeRstanding Fusion …": the part of a title after its name's
 * colon, where words capitalise the name's letters; such words are spelling, not names.
 */
export function titleSpellingOut(title: string): { start: number; end: number; acronym: string } {
  const colon = title.indexOf(': ');
  if (colon < 0) return { start: 0, end: 0, acronym: '' };
  return { start: colon + 2, end: title.length, acronym: title.slice(0, colon).replace(/[^\p{Lu}]/gu, '') };
}

function capitalsWithin(word: string, acronym: string): boolean {
  const capitals = word.replace(/[^\p{Lu}]/gu, '');
  return capitals.length >= 2 && acronym.length >= 3 && [...capitals].every((c) => acronym.includes(c));
}
