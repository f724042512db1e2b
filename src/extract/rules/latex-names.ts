import { plainTitle, typedEntityKey } from '../../model/index.js';
import { changed, type Candidate } from '../candidate.js';
import type { PaperText } from '../paper-text.js';
import type { Span } from '../text-spans.js';

/**
 * The inline math of a text: `$…$`, `$$…$$` and `\(…\)`. A `$` before a digit opens a formula only if a `$`
 * closes it that is not before a digit too: "$250 and an average of $306" and "$1.49 million, then … ($1.33M)"
 * are dollar amounts (pandoc's rule for TeX math, kept to amounts, as "$\sim$1B" is math). As in pandoc, a `$`
 * before a space opens nothing and one after a space closes nothing, so a formula whose opening `$` the
 * abstract lost ("\mathcal{O}_{k}$ is exponential in $k$") pairs no prose. A `$` with no partner is a dollar sign.
 */
export function mathSegments(text: string): Span[] {
  if (!text.includes('$') && !text.includes('\\(')) return [];
  const found: Span[] = [];
  for (let at = 0; at < text.length;) {
    const open = nextOpening(text, at);
    if (open < 0) break;
    const fence = text.startsWith('\\(', open) ? '\\(' : text.startsWith('$$', open) ? '$$' : '$';
    const close = fence === '$' ? dollarClosing(text, open) : text.indexOf(fence === '$$' ? '$$' : '\\)', open + fence.length);
    if (close < 0) {
      // A dollar amount's "$" opens nothing, but a later "$" may still open a formula.
      if (fence !== '$') break;
      at = open + 1;
      continue;
    }
    const end = close + (fence === '$' ? 1 : 2);
    found.push({ start: open, end });
    at = end;
  }
  return found;
}

const SPACE = /\s/;

/** The `$` that closes one opened at `open`, or -1 when this `$` opens nothing. */
function dollarClosing(text: string, open: number): number {
  const amount = /\d/.test(text[open + 1] ?? '');
  for (let i = text.indexOf('$', open + 1); i >= 0; i = text.indexOf('$', i + 1)) {
    if (text[i - 1] === '\\' || SPACE.test(text[i - 1]!) || (amount && /\d/.test(text[i + 1] ?? ''))) continue;
    return i;
  }
  return -1;
}

function nextOpening(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i - 1] !== '\\' && (text[i + 1] === '$' || !SPACE.test(text[i + 1] ?? ' '))) return i;
    if (c === '\\' && text[i + 1] === '(') return i;
  }
  return -1;
}

// Rules whose names are the lexicon's canonical ones or a link: their spans and names stay as they are.
const KEEPS_ITS_NAME = new Set(['lexicon', 'link', 'topic']);
const GLUED = /[\p{L}\p{N}-]/u;
const MARKUP = /[$\\{}^_]|\s{2}/;
// A script glued to a name is part of it ("MEGS$^{2}$", "R$^3$"); a longer formula after a word is not.
const MAX_GLUED_MATH = 12;

/**
 * A candidate named as the paper's plain text: a span that cuts an inline formula takes all of it, a
 * short formula glued to the span joins it ("MEGS" + "$^{2}$", "Top-" + "$K$"), and the name is read
 * out of its LaTeX ("MEGS²", "Top-K SAEs", "K-nearest neighbors"). `paper` has the text as written and
 * the masked text (text commands blanked out), `math` their `mathSegments`; the mention stays the text as written.
 */
export function withPlainName(c: Candidate, paper: Pick<PaperText, 'text' | 'masked'>, math: readonly Span[]): Candidate {
  const text = paper.masked;
  if (KEEPS_ITS_NAME.has(c.rule ?? '') || c.type === 'repo' || c.type === 'topic') return c;
  let { start, end } = c;
  for (const m of math) {
    if (m.start > end) break;
    const cut = m.start < end && start < m.end;
    const glued = (gluedGap(text, m.end, start) || gluedGap(text, end, m.start)) && m.end - m.start <= MAX_GLUED_MATH;
    if (!cut && !glued) continue;
    if (m.start < start) start = extendLeft(text, m.start);
    if (m.end > end) end = extendRight(text, m.end);
  }
  if (start === c.start && end === c.end && !MARKUP.test(c.name)) return c;
  const name = plainName(c.name, text.slice(c.start, c.end), readable(paper, start, end));
  return changed(c, { name, key: typedEntityKey(c.type, name), start, end });
}

/** Nothing or a hyphen between two offsets: "MEGS$^{2}$", "$I^{2}$-World". */
function gluedGap(text: string, from: number, to: number): boolean {
  return from === to || (to === from + 1 && text[from] === '-');
}

function extendLeft(text: string, at: number): number {
  while (at > 0 && GLUED.test(text[at - 1]!)) at--;
  return at;
}

function extendRight(text: string, at: number): number {
  while (at < text.length && GLUED.test(text[at]!) && text[at] !== '-') at++;
  return at;
}

/**
 * The span's LaTeX as written ("$\\textbf{R}e\\textbf{I}nforcement$" reads "ReInforcement") unless it
 * cuts a command's braces ("two-bit} feedback" of "\\emph{two-bit} feedback"): then the masked text.
 */
function readable(paper: Pick<PaperText, 'text' | 'masked'>, start: number, end: number): string {
  const written = paper.text.slice(start, end);
  let depth = 0;
  for (const ch of written) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) break;
  }
  return depth === 0 ? written : paper.masked.slice(start, end);
}

/** The name read as plain text: the new span's reading where the name was the old span as written (or lowercased). */
function plainName(name: string, oldSpan: string, newSpan: string): string {
  const read = (s: string): string => plainTitle(s).replace(/\s+/g, ' ').trim();
  if (name === oldSpan) return read(newSpan);
  if (name === oldSpan.toLowerCase()) return read(newSpan).toLowerCase();
  return read(name);
}
