import type { Span } from '../text-spans.js';

// A tie "~" is LaTeX's non-breaking space: glued between two words ("Claude~Sonnet~4.5", "DR.~GRPO",
// "BERT~\cite{x}") it separates them like a space. After a space or an opening bracket ("(~80%)") it
// reads "about", and "\~" is an accent: both stay.
const TIE = /(?<=[^\s\\([{~])~+(?=[^\s~])/g;

/** The ties of a text, to be blanked out like other markup so that names and tokens read across them. */
export function latexTies(text: string): Span[] {
  if (!text.includes('~')) return [];
  return [...text.matchAll(TIE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
