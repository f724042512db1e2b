import { describe, expect, it } from 'vitest';
import { plainOffset, plainText, plainTitle } from './plain-title.js';

describe('paper titles with LaTeX, as plain text', () => {
  it.each([
    ['$\\text{VG}^2$GT: Visual Geometry Grounded Transformer', 'VG²GT: Visual Geometry Grounded Transformer'],
    ['Attention in $O(n^2)$ time', 'Attention in O(n²) time'],
    ['MEGS$^{2}$: Memory-Efficient Gaussian Splatting', 'MEGS²: Memory-Efficient Gaussian Splatting'],
    ['$\\bf{D^3}$QE: Learning Discrete Distribution Discrepancy', 'D³QE: Learning Discrete Distribution Discrepancy'],
    ['LLM$\\times$MapReduce-V2', 'LLM×MapReduce-V2'],
    ['Strongly Solving $7 \\times 6$ Connect-Four', 'Strongly Solving 7 × 6 Connect-Four'],
    ['Model-Checking of $\\exists^*\\forall^*$ Hyperproperties', 'Model-Checking of ∃*∀* Hyperproperties'],
    ['$K$-Token Merging', 'K-Token Merging'],
    ['Sorting in $\\mathcal{O}(n \\log n)$ with $\\alpha$-blending', 'Sorting in O(n log n) with α-blending'],
    ['A $\\frac{1}{2}$-approximation in $\\sqrt{n}$ rounds', 'A 1/2-approximation in √n rounds'],
    ['Bounds on $x_{ij}$, $W_{\\max}$ and $L_{\\text{big}}$', 'Bounds on xᵢⱼ, Wₘₐₓ and Lbig'],
    ['Low-rank $A^\\top A$', 'Low-rank Aᵀ A'],
    ['\\textsc{Fast}: Search \\& Rank at 50\\%', 'Fast: Search & Rank at 50%'],
  ])('%s → %s', (title, plain) => {
    expect(plainTitle(title)).toBe(plain);
  });

  it('carries offsets of the text as written over to the plain text, so highlights stay on their words', () => {
    const abstract = 'We present $\\text{VG}^2$GT, evaluated  on ScanNet at $\\alpha = 0.5$.';
    const plain = plainText(abstract);
    expect(plain.text).toBe('We present VG²GT, evaluated on ScanNet at α = 0.5.');
    expect(plain.from).toHaveLength(plain.text.length);
    const shown = (word: string): string => {
      const start = abstract.indexOf(word);
      return plain.text.slice(plainOffset(plain, start), plainOffset(plain, start + word.length));
    };
    expect(['VG', 'ScanNet', 'evaluated  on', '0.5'].map(shown)).toEqual(['VG', 'ScanNet', 'evaluated on', '0.5']);
    expect(plainOffset(plain, abstract.length)).toBe(plain.text.length);
  });

  it('reads \\url and \\href as the address, or the text with the address after it', () => {
    const abstract =
      'Code is available at \\href{https://github.com/a_b/D3QE}{https://github.com/a_b/D3QE}. Data: \\url{https://x.org/~me/50%_off}.';
    const plain = plainText(abstract);
    expect(plain.text).toBe('Code is available at https://github.com/a_b/D3QE. Data: https://x.org/~me/50%_off.');
    // A mention of the address (as the extractor finds it, in the first argument) still points at it.
    const start = abstract.indexOf('https://github.com');
    const end = start + 'https://github.com/a_b/D3QE'.length;
    expect(plain.text.slice(plainOffset(plain, start), plainOffset(plain, end))).toBe('https://github.com/a_b/D3QE');
    expect(plainTitle('See \\href{https://x.org}{our \\textbf{project} page}.')).toBe('See our project page (https://x.org).');
  });

  it("does not take a command's name for a symbol it does not know", () => {
    expect(plainTitle('$\\constructor$ and \\toString')).toBe('constructor and \\toString');
  });

  it('leaves text without markup as it is, a lone dollar sign and ^ outside math too', () => {
    for (const title of ['C^2ROPE: Causal Continuous Rotary Positional Encoding', 'Training for $5 on one GPU', 'snake_case names']) {
      expect(plainTitle(title)).toBe(title);
    }
  });
});
