import { paperText } from '../model/index.js';
import { LATEX_TEXT_COMMAND } from './plain-view.js';
import { latexTies } from './rules/latex-ties.js';
import { findUrls, type UrlMatch } from './rules/urls.js';
import { sentenceSpans, tokenize, type Span, type Token } from './text-spans.js';

/** A paper's text as every candidate generator reads it, prepared once. */
export interface PaperText {
  readonly title: string;
  /** Title and abstract as one text; every offset refers to it. */
  readonly text: string;
  /** The text with links and LaTeX markup blanked out, offsets unchanged. */
  readonly masked: string;
  readonly urls: readonly UrlMatch[];
  readonly tokens: readonly Token[];
  readonly sentences: readonly Span[];
  readonly titleEnd: number;
  /** Where the abstract starts: titles are in Title Case, so some cues count only after it. */
  readonly abstractStart: number;
}

export function preparePaperText(paper: { readonly title: string; readonly abstract: string }): PaperText {
  const text = paperText(paper);
  const urls = findUrls(text);
  // Rules other than the link finder read the text with links blanked out, offsets unchanged.
  // LaTeX markup in arXiv abstracts ("\\textit{linearly constrained weights}", the tie in "Llama~3") is blanked out too.
  const unlinked = blankOut(text, urls);
  const masked = maskLatexMarkup(blankOut(unlinked, latexTies(unlinked)));
  return {
    title: paper.title,
    text,
    masked,
    urls,
    tokens: tokenize(masked),
    sentences: sentenceSpans(text),
    titleEnd: paper.title.length,
    abstractStart: paper.title.length + 2,
  };
}

/** Blanks out "\\textit{" and its closing brace, offsets unchanged. */
export function maskLatexMarkup(text: string): string {
  if (!text.includes('\\')) return text;
  const spans: Span[] = [];
  const nextClose = nextOccurrence(text, '}');
  const nextOpen = nextOccurrence(text, '{');
  for (const m of text.matchAll(LATEX_TEXT_COMMAND)) {
    const inner = m.index + m[0].length;
    spans.push({ start: m.index, end: inner });
    const close = nextClose(inner);
    const open = nextOpen(inner);
    if (close >= 0 && (open < 0 || open >= close)) spans.push({ start: close, end: close + 1 });
  }
  return blankOut(text, spans);
}

/**
 * indexOf(char, from) for non-decreasing `from`, remembering the last answer: a text with many
 * commands and no closing brace is scanned once, not once per command.
 */
function nextOccurrence(text: string, char: string): (from: number) => number {
  let last = -2;
  let lastFrom = -1;
  return (from) => {
    if (last === -2 || from < lastFrom || (last >= 0 && from > last)) last = text.indexOf(char, from);
    lastFrom = from;
    return last;
  };
}

/** The text with the given spans replaced by spaces, offsets unchanged; built once, not copied per span. */
export function blankOut(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    if (start > at) parts.push(text.slice(at, start));
    const from = Math.max(at, start);
    if (end > from) parts.push(' '.repeat(end - from));
    at = Math.max(at, end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
