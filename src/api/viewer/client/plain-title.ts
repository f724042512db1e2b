// Paper titles carry LaTeX ("$\text{VG}^2$GT", "$O(n^2)$"): labels are drawn on a canvas and panels
// show text, so the markup is read once here, by a small scanner, into the plain text a reader expects.

const SYMBOLS: Record<string, string> = {
  times: '×',
  cdot: '·',
  pm: '±',
  mp: '∓',
  div: '÷',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  neq: '≠',
  ne: '≠',
  approx: '≈',
  sim: '~',
  equiv: '≡',
  propto: '∝',
  infty: '∞',
  in: '∈',
  notin: '∉',
  subset: '⊂',
  subseteq: '⊆',
  cup: '∪',
  cap: '∩',
  exists: '∃',
  forall: '∀',
  neg: '¬',
  land: '∧',
  lor: '∨',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  leftrightarrow: '↔',
  Rightarrow: '⇒',
  mapsto: '↦',
  partial: '∂',
  nabla: '∇',
  sum: '∑',
  prod: '∏',
  int: '∫',
  sqrt: '√',
  ell: 'ℓ',
  star: '⋆',
  ast: '*',
  top: 'T',
  prime: '′',
  dagger: '†',
  circ: '∘',
  dots: '…',
  ldots: '…',
  cdots: '⋯',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  // Spacing commands.
  ',': ' ',
  ';': ' ',
  ':': ' ',
  ' ': ' ',
  quad: ' ',
  '!': '',
};

// Characters a backslash escapes, and commands that only style their argument (or what follows).
const ESCAPED = new Set(['$', '&', '%', '_', '#', '{', '}', '^', '~']);
const STYLES = new Set([
  'text',
  'textrm',
  'textbf',
  'textit',
  'textsc',
  'emph',
  'textsf',
  'texttt',
  'mathrm',
  'mathbf',
  'mathit',
  'mathsf',
  'mathtt',
  'mathcal',
  'mathbb',
  'mathfrak',
  'mathscr',
  'boldsymbol',
  'bm',
  'operatorname',
  'bf',
  'rm',
  'it',
  'sf',
  'tt',
  'cal',
  'left',
  'right',
  'big',
  'Big',
  'mathbin',
  'mathrel',
]);

const SUPERSCRIPTS: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()abcdefghijklmnoprstuvwxyzT'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ'[i]!]),
);
const SUBSCRIPTS: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()aehijklmnoprstuvx'].map((c, i) => [c, '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'[i]!]),
);

/** `^2` → ², `_i` → ᵢ when every character has a Unicode form; otherwise the text itself ("∃^*" → "∃*"). */
function script(text: string, forms: Record<string, string>): string {
  const chars = [...text];
  return chars.length > 0 && chars.every((c) => forms[c] !== undefined) ? chars.map((c) => forms[c]).join('') : text;
}

class Scanner {
  at = 0;
  constructor(private readonly source: string) {}

  /** Plain text up to `stop` (exclusive) or the end; `math` inside `$…$`, where `^` and `_` are markup too. */
  read(math: boolean, stop?: string): string {
    let out = '';
    while (this.at < this.source.length) {
      const c = this.source[this.at]!;
      if (stop !== undefined && c === stop) return out;
      if (c === '\\') out += this.command(math);
      else if (c === '$' && !math) out += this.math();
      else if (c === '{') out += this.group(math);
      else if (math && (c === '^' || c === '_')) {
        this.at++;
        out += script(this.argument(true), c === '^' ? SUPERSCRIPTS : SUBSCRIPTS);
      } else {
        out += c;
        this.at++;
      }
    }
    return out;
  }

  /** `$…$` (or `$$…$$`) as plain text; a `$` with no closing one is a dollar sign. */
  private math(): string {
    const double = this.source.startsWith('$$', this.at);
    const fence = double ? '$$' : '$';
    const close = this.source.indexOf(fence, this.at + fence.length);
    if (close < 0) {
      this.at++;
      return '$';
    }
    const inner = new Scanner(this.source.slice(this.at + fence.length, close));
    this.at = close + fence.length;
    return inner.read(true);
  }

  private group(math: boolean): string {
    this.at++; // {
    const text = this.read(math, '}');
    this.at++; // }
    return text;
  }

  /** The argument of a command, `^` or `_`: a `{group}`, a command, or one character. */
  private argument(math: boolean): string {
    while (this.source[this.at] === ' ') this.at++;
    const c = this.source[this.at];
    if (c === undefined) return '';
    if (c === '{') return this.group(math);
    if (c === '\\') return this.command(math);
    this.at++;
    return c;
  }

  private command(math: boolean): string {
    const start = this.at;
    this.at++; // backslash
    const word = /^[A-Za-z]+/.exec(this.source.slice(this.at))?.[0] ?? this.source[this.at] ?? '';
    this.at += word.length;
    if (ESCAPED.has(word)) return word;
    if (word in SYMBOLS) return SYMBOLS[word]!;
    if (word === 'frac') {
      const over = this.argument(math);
      return `${over}/${this.argument(math)}`;
    }
    if (STYLES.has(word)) {
      // `\text{…}` and `\bf{…}` take an argument; `\bf D` styles what follows.
      const text = this.source[this.at] === '{' ? this.group(math && !word.startsWith('text')) : '';
      return text;
    }
    if (!math) {
      // Outside math an unknown command is left as written.
      this.at = start + 1;
      return '\\';
    }
    return this.source[this.at] === '{' ? this.group(math) : word;
  }
}

/** A title (or name) with its LaTeX markup read into plain text; text without `$` or `\` comes back unchanged. */
export function plainTitle(title: string): string {
  if (!title.includes('$') && !title.includes('\\')) return title;
  return new Scanner(title)
    .read(false)
    .replace(/\s{2,}/g, ' ')
    .trim();
}
