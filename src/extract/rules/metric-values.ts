import { typedEntityKey } from '../../model/index.js';
import { changed, type Candidate } from '../candidate.js';

// A comparison and a number after a measure's name: "r² = 0.91", "Kendall's W ≥ 0.90", "δFID=0.10".
const STATED_VALUE = /\s*(?:=|<|>|≥|≤|≈)\s*[-−+]?\$?\d.*$/su;

/**
 * A measure claimed with the value the paper states for it ("Spearman's ρ = 0.739", often one LaTeX formula
 * with its value) is the measure alone: the value is a result, not part of the name. Where the value is plain
 * text the span is cut too, so that the evidence names the measure.
 */
export function withoutStatedValue(c: Candidate, text: string): Candidate {
  if (c.type !== 'metric') return c;
  const inName = STATED_VALUE.exec(c.name);
  if (!inName || !/\p{L}/u.test(c.name.slice(0, inName.index))) return c;
  const name = c.name.slice(0, inName.index);
  // A value inside a formula cuts the span before the formula ("Spearman's $\rho = 0.739$" reads "Spearman's"),
  // or not at all when the formula is the whole mention: cutting inside it would leave its markup unbalanced.
  const surface = text.slice(c.start, c.end);
  const inSurface = STATED_VALUE.exec(surface);
  let end = c.end;
  if (inSurface && inSurface.index > 0) {
    const opener = surface.lastIndexOf('$', inSurface.index);
    const kept = (opener >= 0 ? surface.slice(0, opener) : surface.slice(0, inSurface.index)).trimEnd();
    if (/\p{L}/u.test(kept)) end = c.start + kept.length;
  }
  return changed(c, { name, key: typedEntityKey('metric', name), end });
}
