// "we introduce the brightness-invariant tracking estimation (BRITE) …": what a paper introduces is its method.
export const PROPOSED_BEFORE =
  /\b(?:we|this (?:paper|work))\s+(?:\w+\s+){0,2}(?:propose|introduce|present|develop|design|devise)[sd]?\b[^.]*$/i;

// "our X", "a novel X", "the proposed X": the words just before a name say it is the paper's own.
export const OWN_BEFORE = /\b(?:our|novel|proposed)\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/iu;

/** Whether the clause before `start` (within its sentence) says the paper proposes what follows. */
export function proposedAt(text: string, start: number): boolean {
  const clause =
    text
      .slice(Math.max(0, start - 160), start)
      .split(/[.!?]\s/)
      .pop() ?? '';
  return PROPOSED_BEFORE.test(clause) || OWN_BEFORE.test(clause.slice(-60));
}
