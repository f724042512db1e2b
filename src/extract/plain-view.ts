import { paperText, type Evidence } from '../model/index.js';
import type { Span } from './text-spans.js';

type Paper = { readonly title: string; readonly abstract: string };

/** LaTeX commands that only style their argument: "\\textbf{E}mbedding" reads "Embedding". Global: use with matchAll only. */
export const LATEX_TEXT_COMMAND = /\\(?:textit|textbf|emph|texttt|textsc|underline|mathrm|mathbf|mathit|text)\{/g;
const STYLE_COMMAND = new RegExp(LATEX_TEXT_COMMAND.source, 'y');
// test() on a global regex moves its lastIndex, which matchAll elsewhere would then start from.
const ANY_STYLE_COMMAND = new RegExp(LATEX_TEXT_COMMAND.source);
/** Inline math of letters alone, glued to a word ("$S$hutter speed") or an acronym ("($\\textbf{ADR}$)"). */
const GLUED_LETTERS = /\$(\p{L}+)\$/gu;
const LETTER = /\p{L}/u;
const ACRONYM_LETTERS = /^(?:\p{L}*\p{Lu}){2}\p{L}*$/u;
/** A bare group of letters, not a command's or a script's argument: the "{RAda}" of "Adaptation ({RAda})". */
const BARE_GROUP = /(?<![\p{L}\p{N}^_}\\])\{([\p{L}\p{N}-]+)\}/gu;

// Markdown emphasis, in pairs only: "**Pri**vate" (strong, inside words too), "*Mixture of Attention Spans*" and
// "_Test-Time Merging_" (a star or underscore opening after no letter and closing before none). A lone star
// ("A* search", "V$^*$ Bench") and an underscore inside a word ("x_i") are text; no pair spans a formula.
const MARKDOWN_STRONG = /\*\*(?=[^\s*$])[^*$\n]{0,200}?(?<=[^\s*$])\*\*/g;
const MARKDOWN_EMPHASIS = /(?<![\p{L}\p{N}*_\\^$])([*_])(?=[^\s*_$])[^*_$\n]{0,200}?(?<=[^\s*_$^])\1(?![\p{L}\p{N}*_])/gu;

/**
 * The paper as read, with styling markup taken out of the words ("\\textbf{E}mbedding \\textbf{MU}tation"
 * reads "Embedding MUtation"), and the way back: extraction runs on the plain text, and every evidence
 * offset, mention and sentence is given back in the text as written, which is what the graph stores and
 * shows. Blanking the markup instead would keep offsets but split the words it sits in.
 */
export interface PlainView {
  readonly paper: Paper;
  /** Evidence found in the plain text, as it stands in the text as written. */
  readonly restore: (evidence: Evidence, sentences: readonly Span[]) => Evidence;
}

/** The plain view of a paper, or undefined when it has no styling markup to take out (most papers). */
export function plainView(paper: Paper): PlainView | undefined {
  if (!hasStyling(paper.title) && !hasStyling(paper.abstract)) return undefined;
  const title = plainString(paper.title);
  const abstract = plainString(paper.abstract);
  const written = paperText(paper);
  const plain = { title: title.text, abstract: abstract.text };
  // origin[i]: where the plain text's character i stands in the text as written (its length at the end).
  const origin = new Int32Array(paperText(plain).length + 1);
  origin.set(title.origin.subarray(0, title.text.length));
  origin[title.text.length] = paper.title.length;
  origin[title.text.length + 1] = paper.title.length + 1;
  const offset = paper.title.length + 2;
  const abstractAt = title.text.length + 2;
  for (let i = 0; i <= abstract.text.length; i++) origin[abstractAt + i] = offset + abstract.origin[i]!;
  const span = (start: number, end: number): Span => writtenSpan(written, origin, start, end);
  return {
    paper: plain,
    restore: (evidence, sentences) => {
      const mention = span(evidence.start, evidence.end);
      const s = sentences.find((x) => x.start <= evidence.start && evidence.start < x.end);
      const sentence = s ? span(s.start, s.end) : mention;
      return {
        mention: written.slice(mention.start, mention.end),
        start: mention.start,
        end: mention.end,
        sentence: written.slice(sentence.start, sentence.end),
      };
    },
  };
}

function hasStyling(text: string): boolean {
  if ((text.includes('*') || text.includes('_')) && markdownEmphasis(text).length > 0) return true;
  if (!text.includes('\\') && !text.includes('$') && !text.includes('{')) return false;
  return (
    ANY_STYLE_COMMAND.test(text) ||
    [...text.matchAll(GLUED_LETTERS)].some((m) => plainLetters(text, m)) ||
    (text.includes('{') && bareGroups(text).length > 0)
  );
}

/** Letters in a formula that read as text: glued to a word, or an acronym. */
function plainLetters(text: string, m: RegExpMatchArray): boolean {
  return text[m.index! - 1] !== '\\' && (gluedAt(text, m.index!, m[0].length) || ACRONYM_LETTERS.test(m[1]!));
}

function bareGroups(text: string): Span[] {
  return [...text.matchAll(BARE_GROUP)].flatMap((m) => [
    { start: m.index, end: m.index + 1 },
    { start: m.index + m[0].length - 1, end: m.index + m[0].length },
  ]);
}

/** A formula at `at` of `length` characters touching a letter on either side. */
function gluedAt(text: string, at: number, length: number): boolean {
  return LETTER.test(text[at - 1] ?? '') || LETTER.test(text[at + length] ?? '');
}

/** A string with styling commands and their braces taken out, then bare letter groups' braces, then letter formulas' dollars. */
function plainString(text: string): { text: string; origin: Int32Array } {
  let plain = strip(text, styleMarkup(text));
  for (const pass of [bareGroups, gluedDollars, markdownEmphasis]) {
    const next = strip(plain.text, pass(plain.text));
    // Compose: the next pass's origins index this pass's text.
    const origin = new Int32Array(next.text.length + 1);
    for (let i = 0; i <= next.text.length; i++) origin[i] = plain.origin[next.origin[i]!]!;
    plain = { text: next.text, origin };
  }
  return plain;
}

/** The characters of each styling command's opening ("\\textbf{") and of the brace that closes it. */
function styleMarkup(text: string): Span[] {
  const removed: Span[] = [];
  const open: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      STYLE_COMMAND.lastIndex = i;
      const m = STYLE_COMMAND.exec(text);
      if (m) {
        removed.push({ start: i, end: i + m[0].length });
        open.push(true);
        i += m[0].length - 1;
      } else i++; // an escaped character ("\\{") is text
    } else if (c === '{') open.push(false);
    else if (c === '}' && open.pop()) removed.push({ start: i, end: i + 1 });
  }
  return removed;
}

/** The delimiters of Markdown emphasis: strong pairs first, then the single ones left. */
function markdownEmphasis(text: string): Span[] {
  if (!text.includes('*') && !text.includes('_')) return [];
  const strong = [...text.matchAll(MARKDOWN_STRONG)];
  const delimiters = strong.flatMap((m) => [
    { start: m.index, end: m.index + 2 },
    { start: m.index + m[0].length - 2, end: m.index + m[0].length },
  ]);
  // Single delimiters are read with the strong ones blanked (offsets kept), so "_**T**est_" finds its underscores.
  const blanked = strong.length === 0 ? text : text.replace(MARKDOWN_STRONG, (m) => `\u0001\u0001${m.slice(2, -2)}\u0001\u0001`);
  for (const m of blanked.matchAll(MARKDOWN_EMPHASIS)) {
    delimiters.push({ start: m.index, end: m.index + 1 }, { start: m.index + m[0].length - 1, end: m.index + m[0].length });
  }
  return delimiters.sort((a, b) => a.start - b.start);
}

function gluedDollars(text: string): Span[] {
  if (!text.includes('$')) return [];
  const removed: Span[] = [];
  for (const m of text.matchAll(GLUED_LETTERS)) {
    if (!plainLetters(text, m)) continue;
    removed.push({ start: m.index, end: m.index + 1 }, { start: m.index + m[0].length - 1, end: m.index + m[0].length });
  }
  return removed;
}

/** The text without the given (sorted, disjoint) spans, and where each kept character came from. */
function strip(text: string, removed: readonly Span[]): { text: string; origin: Int32Array } {
  if (removed.length === 0) return { text, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i) };
  const parts: string[] = [];
  const origin: number[] = [];
  let at = 0;
  for (const r of removed) {
    parts.push(text.slice(at, r.start));
    for (let i = at; i < r.start; i++) origin.push(i);
    at = r.end;
  }
  parts.push(text.slice(at));
  for (let i = at; i < text.length; i++) origin.push(i);
  origin.push(text.length);
  return { text: parts.join(''), origin: Int32Array.from(origin) };
}

/**
 * The written span of plain characters start…end: it takes in the markup around it when that keeps its braces
 * balanced ("\\textsc{EMU}" for "EMU"), else as little of it as balances, else none.
 */
function writtenSpan(written: string, origin: Int32Array, start: number, end: number): Span {
  if (end <= start) return { start: origin[start]!, end: origin[start]! };
  const inner = { start: origin[start]!, end: origin[end - 1]! + 1 };
  const outer = { start: start > 0 ? origin[start - 1]! + 1 : 0, end: origin[end]! };
  const trims = [outer, { start: outer.start, end: inner.end }, { start: inner.start, end: outer.end }, inner];
  return trims.find((s) => balanced(written, s)) ?? inner;
}

function balanced(text: string, { start, end }: Span): boolean {
  let depth = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === '{' && text[i - 1] !== '\\') depth++;
    else if (text[i] === '}' && text[i - 1] !== '\\' && --depth < 0) return false;
  }
  return depth === 0;
}
