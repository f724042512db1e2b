import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../../model/index.js';
import { candidate } from '../candidate.js';
import { maskLatexMarkup } from '../paper-text.js';
import { mathSegments, withPlainName } from './latex-names.js';

// A candidate over `span` of `text` as a rule would make it: named by the masked text it covers.
function named(text: string, span: string, rule = 'tagger'): { name: string; key: string; mention: string } {
  const masked = maskLatexMarkup(text);
  const start = text.indexOf(span);
  const name = masked.slice(start, start + span.length);
  const c = candidate({
    type: 'method',
    name,
    key: typedEntityKey('method', name),
    start,
    end: start + span.length,
    confidence: 0.58,
    rule,
  });
  const out = withPlainName(c, { text, masked }, mathSegments(text));
  return { name: out.name, key: out.key, mention: text.slice(out.start, out.end) };
}

describe('entity names read out of LaTeX', () => {
  it.each([
    ['we introduce MEGS$^{2}$, a framework', 'MEGS', 'MEGS²', 'MEGS$^{2}$'],
    ['we introduce MEGS$^{2}$, a framework', 'MEGS$^{2', 'MEGS²', 'MEGS$^{2}$'],
    ['Rule Relevance ReEstimate (R$^3$), a method', 'R$^3', 'R³', 'R$^3$'],
    ['we propose $I^{2}$-World, an efficient framework', 'World', 'I²-World', '$I^{2}$-World'],
    ['Top-$K$ SAEs on late layers', 'K$ SAEs', 'Top-K SAEs', 'Top-$K$ SAEs'],
    [
      'the $\\textbf{R}e\\textbf{I}nforcement$ Learning stage',
      'nforcement$ Learning',
      'ReInforcement Learning',
      '$\\textbf{R}e\\textbf{I}nforcement$ Learning',
    ],
    ['the so-called \\emph{two-bit} feedback', 'two-bit} feedback', 'two-bit feedback', 'two-bit} feedback'],
  ])('%s: "%s" → %s', (text, span, name, mention) => {
    expect(named(text, span)).toEqual({ name, key: typedEntityKey('method', name), mention });
  });

  it('leaves a name alone when no formula touches it, and a longer formula after a name out of it', () => {
    expect(named('we use FlashAttention here', 'FlashAttention').name).toBe('FlashAttention');
    expect(named('we use FlashAttention$\\mathcal{O}(n \\log n)$ here', 'FlashAttention').mention).toBe('FlashAttention');
  });

  it('keeps lexicon names and spans as the lexicon has them', () => {
    expect(named('results on ImageNet$^{1}$ and', 'ImageNet', 'lexicon').mention).toBe('ImageNet');
  });

  it('finds inline math, and a lone dollar sign is not math', () => {
    expect(mathSegments('costs $5 per run')).toEqual([]);
    expect(mathSegments('a $x^2$ and \\(F_1\\) b')).toEqual([
      { start: 2, end: 7 },
      { start: 12, end: 19 },
    ]);
  });

  it('reads dollar amounts as amounts, and math that ends before a digit as math', () => {
    const text = 'a price of $250 and an average of $306; Qwen 2.5 ($1.33M) and $1.49 million';
    expect(mathSegments(text)).toEqual([]);
    const mixed = 'about $\\sim$1B parameters, $1\\%$ of the data, and $k$ runs';
    expect(mathSegments(mixed).map((s) => mixed.slice(s.start, s.end))).toEqual(['$\\sim$', '$1\\%$', '$k$']);
  });

  it("pairs no prose when an abstract lost a formula's opening dollar: a $ before a space opens nothing", () => {
    const text = 'The factor \\mathcal{O}_{k}$ is exponential in $k$, but smaller. An estimator that uses $\\tilde{O}(k)$ samples';
    expect(mathSegments(text).map((s) => text.slice(s.start, s.end))).toEqual(['$k$', '$\\tilde{O}(k)$']);
  });
});
