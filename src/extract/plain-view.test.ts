import { describe, expect, it } from 'vitest';
import { paperText } from '../model/index.js';
import { defaultExtractorConfig, extractPaper } from './index.js';
import { maskLatexMarkup } from './paper-text.js';
import { plainView } from './plain-view.js';
import { sentenceSpans } from './text-spans.js';

const TITLE = 'Optimal Negative Samples for Link Prediction';
const ABSTRACT =
  'Negative samples matter. Based on this, we propose \\textbf{E}mbedding \\textbf{MU}tation (\\textsc{EMU}), a framework ' +
  'that mutates embeddings. We vary $\\textbf{S}$hutter speed and the \\emph{two-bit} feedback.';

describe('plainView', () => {
  it('is absent for a paper without styling markup, so most papers are read as written', () => {
    expect(
      plainView({ title: 'A $k$-NN study', abstract: 'We use $\\alpha$-divergence, $x^{2}$, $n$ runs and \\url{x}.' }),
    ).toBeUndefined();
  });

  it('reads an acronym set in math or in a bare group as the acronym ("($\\textbf{ADR}$)", "({RAda})")', () => {
    const view = plainView({ title: 'T', abstract: 'A Refinement ($\\textbf{ADR}$) and Rational Adaptation ({RAda}), with $k$ runs.' })!;
    expect(view.paper.abstract).toBe('A Refinement (ADR) and Rational Adaptation (RAda), with $k$ runs.');
    // A bare group alone, with no command or formula in the text, is read too.
    expect(plainView({ title: 'T', abstract: 'We propose Rational Adaptation ({RAda}).' })?.paper.abstract).toBe(
      'We propose Rational Adaptation (RAda).',
    );
  });

  it('reads Markdown emphasis as the words it styles, and a lone star or an underscore in a word as text', () => {
    const read = (abstract: string) => plainView({ title: 'T', abstract })?.paper.abstract;
    expect(read('We propose **Pri**vate **S**tochastic **M**omentum (PriSM) and *Mixture of Attention Spans*.')).toBe(
      'We propose Private Stochastic Momentum (PriSM) and Mixture of Attention Spans.',
    );
    expect(read('Our _**T**est-**T**ime **M**odel **M**erging_ (TTMM) helps.')).toBe('Our Test-Time Model Merging (TTMM) helps.');
    expect(read('A* search and V* Bench beat Theta* on x_i and snake_case_names.')).toBeUndefined();
    expect(read('It reaches V$^*$ Bench and H$^*$ Bench scores; a*b*c stays.')).toBeUndefined();
  });

  it('gives back the evidence of a name in Markdown emphasis as written', () => {
    const paper = { title: 'Momentum for privacy', abstract: 'We propose **Pri**vate **S**tochastic **M**omentum (PriSM) for training.' };
    const methods = extractPaper(paper, defaultExtractorConfig()).entities.filter((e) => e.type === 'method');
    const prism = methods.find((e) => e.aliases.includes('PriSM') || e.name === 'PriSM');
    expect(prism?.name).toMatch(/^(Private Stochastic Momentum|PriSM)$/);
    const text = paperText(paper);
    for (const e of methods) expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.mention);
    expect(methods.map((e) => e.name).join(' ')).not.toContain('*');
  });

  it('takes styling commands and glued letter formulas out of the words', () => {
    const view = plainView({ title: TITLE, abstract: ABSTRACT })!;
    expect(view.paper.title).toBe(TITLE);
    expect(view.paper.abstract).toBe(
      'Negative samples matter. Based on this, we propose Embedding MUtation (EMU), a framework that mutates embeddings. ' +
        'We vary Shutter speed and the two-bit feedback.',
    );
  });

  it('leaves no state behind: blanking markup after a plain view still sees a command at the start of a text', () => {
    plainView({ title: 'T', abstract: `${'x'.repeat(80)} \\textbf{E}mbedding` });
    expect(maskLatexMarkup('\\emph{two-bit} feedback')).toBe('      two-bit  feedback');
  });

  it('keeps escaped braces and the braces of other commands', () => {
    const view = plainView({ title: 'T', abstract: 'A \\textit{set \\{x\\}} and \\frac{a}{b}.' })!;
    expect(view.paper.abstract).toBe('A set \\{x\\} and \\frac{a}{b}.');
  });

  it('gives evidence back in the text as written, taking in the markup around a mention when its braces balance', () => {
    const paper = { title: TITLE, abstract: ABSTRACT };
    const view = plainView(paper)!;
    const plain = paperText(view.paper);
    const written = paperText(paper);
    const at = (mention: string) => {
      const start = plain.indexOf(mention);
      return view.restore({ mention, start, end: start + mention.length, sentence: '' }, sentenceSpans(plain));
    };
    const emu = at('EMU');
    expect(emu.mention).toBe('\\textsc{EMU}');
    expect(written.slice(emu.start, emu.end)).toBe(emu.mention);
    expect(at('Embedding MUtation').mention).toBe('\\textbf{E}mbedding \\textbf{MU}tation');
    expect(at('two-bit').mention).toBe('\\emph{two-bit}');
    const shutter = at('Shutter speed');
    expect(shutter.mention).toBe('$\\textbf{S}$hutter speed');
    expect(shutter.sentence).toBe('We vary $\\textbf{S}$hutter speed and the \\emph{two-bit} feedback.');
  });
});

describe('extraction through the plain view', () => {
  it('names a method written with bold initials as one name with its acronym, evidence as written', () => {
    const paper = { title: TITLE, abstract: ABSTRACT };
    const { entities } = extractPaper(paper, defaultExtractorConfig());
    const method = entities.find((e) => e.name === 'Embedding MUtation');
    expect(method?.aliases).toContain('EMU');
    expect(entities.some((e) => /\\|\s{2}|^E$|^mbedding/.test(e.name))).toBe(false);
    const written = paperText(paper);
    for (const e of entities) {
      expect(written.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.mention);
      expect(written).toContain(e.evidence.sentence);
    }
  });
});
