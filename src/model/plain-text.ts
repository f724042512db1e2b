// Titles and abstracts carry LaTeX ("$\text{VG}^2$GT", "$O(n^2)$"): the explorer draws labels on a canvas and the
// extractor names entities in plain text, so the markup is read by a small scanner into the text a reader expects.

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

/** `^2` → ², `_i` → ᵢ when every character has a Unicode form (each one UTF-16 unit, so offsets hold). */
function script(text: string, forms: Record<string, string>): string | undefined {
  const chars = [...text];
  return chars.length > 0 && chars.every((c) => forms[c] !== undefined) ? chars.map((c) => forms[c]).join('') : undefined;
}

/** Plain text read from LaTeX, with where each of its characters came from in the source. */
export interface PlainText {
  readonly text: string;
  /** `from[i]` is the offset in the source of the markup that produced `text[i]`. */
  readonly from: readonly number[];
}

class Scanner {
  at = 0;
  out = '';
  from: number[] = [];
  constructor(private readonly source: string) {}

  /** Writes `text` as produced by the source at `at`; runs of white space become one space. */
  private emit(text: string, at: number): void {
    for (const c of text) {
      if (/\s/.test(c) && (this.out === '' || this.out.endsWith(' '))) continue;
      this.out += /\s/.test(c) ? ' ' : c;
      for (let unit = 0; unit < c.length; unit++) this.from.push(at);
    }
  }

  /** Reads up to `end` or a `stop` character; `math` inside `$…$`, where `^` and `_` are markup too. */
  read(math: boolean, end: number, stop?: string): void {
    while (this.at < end) {
      const c = this.source[this.at]!;
      if (stop !== undefined && c === stop) return;
      if (c === '\\') this.command(math, end);
      else if (c === '$' && !math) this.math();
      else if (c === '{') this.group(math, end);
      else if (math && (c === '^' || c === '_')) this.script(c === '^' ? SUPERSCRIPTS : SUBSCRIPTS, end);
      else {
        this.emit(c, this.at);
        this.at++;
      }
    }
  }

  /** `$…$` (or `$$…$$`); a `$` with no closing one is a dollar sign. */
  private math(): void {
    const fence = this.source.startsWith('$$', this.at) ? '$$' : '$';
    const close = this.source.indexOf(fence, this.at + fence.length);
    if (close < 0) {
      this.emit('$', this.at);
      this.at++;
      return;
    }
    this.at += fence.length;
    this.read(true, close);
    this.at = close + fence.length;
  }

  private group(math: boolean, end: number): void {
    this.at++; // {
    this.read(math, end, '}');
    this.at++; // }
  }

  /** `^x`, `_{ij}`: the argument in Unicode super- or subscripts where every character has one, else as it is. */
  private script(forms: Record<string, string>, end: number): void {
    this.at++; // ^ or _
    const start = this.out.length;
    this.argument(true, end);
    const shifted = script(this.out.slice(start), forms);
    if (shifted !== undefined) this.out = this.out.slice(0, start) + shifted;
  }

  /** The argument of a command, `^` or `_`: a `{group}`, a command, or one character. */
  private argument(math: boolean, end: number): void {
    while (this.source[this.at] === ' ') this.at++;
    if (this.at >= end) return;
    const c = this.source[this.at]!;
    if (c === '{') this.group(math, end);
    else if (c === '\\') this.command(math, end);
    else {
      this.emit(c, this.at);
      this.at++;
    }
  }

  private command(math: boolean, end: number): void {
    const start = this.at;
    this.at++; // backslash
    const word = /^[A-Za-z]+/.exec(this.source.slice(this.at, end))?.[0] ?? this.source[this.at] ?? '';
    this.at += word.length;
    if (ESCAPED.has(word)) this.emit(word, start);
    else if (Object.hasOwn(SYMBOLS, word)) this.emit(SYMBOLS[word]!, start);
    else if (word === 'frac') {
      this.argument(math, end);
      this.emit('/', start);
      this.argument(math, end);
    } else if (STYLES.has(word)) {
      // `\text{…}` and `\bf{…}` take an argument; `\bf D` styles what follows.
      if (this.source[this.at] === '{') this.group(math && !word.startsWith('text'), end);
    } else if ((word === 'url' || word === 'href') && !math && this.closes(end)) {
      this.link(word === 'href', end);
    } else if (!math) {
      // Outside math an unknown command is left as written.
      this.at = start + 1;
      this.emit('\\', start);
    } else if (this.source[this.at] === '{') this.group(math, end);
    else this.emit(word, start);
  }

  /** A `{…}` group starts here and closes before `end`. */
  private closes(end: number): boolean {
    const close = this.source.indexOf('}', this.at);
    return this.source[this.at] === '{' && close >= 0 && close < end;
  }

  /**
   * `\url{address}` is the address as written (`_`, `%` and `~` are not markup there); `\href{address}{text}`
   * is its text, followed by the address in brackets unless the text is the address itself.
   */
  private link(withText: boolean, end: number): void {
    const from = this.at + 1;
    const close = this.source.indexOf('}', from);
    const address = this.source.slice(from, close);
    this.at = close + 1;
    const verbatim = () => {
      for (let i = 0; i < address.length; i++) this.emit(address[i]!, from + i);
    };
    if (!withText || this.source[this.at] !== '{') return verbatim();
    const [out, written] = [this.out, this.from.length];
    this.group(false, end);
    if (this.out.slice(out.length).trim() === address.trim()) {
      // The text is the address: the address as written, where a mention of it points.
      this.out = out;
      this.from.length = written;
      verbatim();
    } else this.emit(` (${address})`, this.at - 1);
  }
}

/** Text with its LaTeX markup read into plain text, and where each character of it came from. */
export function plainText(source: string): PlainText {
  if (!source.includes('$') && !source.includes('\\')) return { text: source, from: Array.from({ length: source.length }, (_, i) => i) };
  const scanner = new Scanner(source);
  scanner.read(false, source.length);
  while (scanner.out.endsWith(' ')) {
    scanner.out = scanner.out.slice(0, -1);
    scanner.from.pop();
  }
  return { text: scanner.out, from: scanner.from };
}

/** Where a source offset falls in the plain text: the first character produced at or after it. */
export function plainOffset(plain: PlainText, offset: number): number {
  const i = plain.from.findIndex((at) => at >= offset);
  return i < 0 ? plain.text.length : i;
}

/** A title (or name) with its LaTeX markup read into plain text; text without `$` or `\` comes back unchanged. */
export function plainTitle(title: string): string {
  return plainText(title).text;
}
