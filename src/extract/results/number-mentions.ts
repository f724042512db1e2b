/** A number as written in a sentence, with its unit read off the text right after it. */
export interface NumberMention {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** The upper end of a range written "2.11–2.41×" or "63%-66%". */
  readonly upper?: number;
  /** Canonical unit: "%", "points", "x", "ms", "s", "min", "h", "GB", … or undefined. */
  readonly unit?: string;
  /** Written with a plus or minus sign: "+5.25". */
  readonly signed: boolean;
  readonly decimal: boolean;
}

// One grammar for a number in prose or LaTeX math: an optional sign, digits (thousands separators,
// a decimal part), an optional range's second number, an optional unit. The look-behind keeps digits
// inside names out ("GPT-4", "ISIC2017", "precision@1", "x^2") and a number after "digit:" ("mAP@0.50:0.95",
// "1:1") with the one before it; the look-ahead keeps "8B", "15k" out.
const UNIT = String.raw`\\?%|percent(?:age points?)?|per cent|pp|points?|pts|×|\\times|x|fold|times|milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|hours?|h|GB|MB|TB|mm|cm|m`;
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.@^/\\])(?<!\p{L}-)(?<!\d:)(?<sign>[+±−]|(?<=[\s(])-)?\$?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:\$?\s?(?<unit1>\\?%))?(?:\s*(?:-{1,3}|–|—|~|∼)\s*\$?(?<num2>\d+(?:\.\d+)?))?` +
    String.raw`(?:\$?[\s-]?(?<unit>${UNIT})\$?)?(?![\p{L}\p{N}])`,
  'gu',
);

const CANONICAL_UNIT: Readonly<Record<string, string>> = {
  '%': '%',
  '\\%': '%',
  percent: '%',
  'per cent': '%',
  pp: 'points',
  point: 'points',
  points: 'points',
  pts: 'points',
  'percentage point': 'points',
  'percentage points': 'points',
  '×': 'x',
  '\\times': 'x',
  x: 'x',
  fold: 'x',
  times: 'x',
  ms: 'ms',
  millisecond: 'ms',
  milliseconds: 'ms',
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  h: 'h',
  hour: 'h',
  hours: 'h',
};

/** Every number of `text` between `from` and `to`, with its unit. */
export function numberMentions(text: string, from = 0, to = text.length): NumberMention[] {
  const found: NumberMention[] = [];
  NUMBER.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(NUMBER)) {
    const g = m.groups!;
    const rawUnit = (g.unit ?? g.unit1)?.trim();
    const unit = rawUnit === undefined ? undefined : (CANONICAL_UNIT[rawUnit.toLowerCase()] ?? rawUnit);
    const sign = g.sign === '−' || g.sign === '-' ? -1 : 1;
    const start = from + m.index + (m[0].startsWith('$') ? 1 : 0);
    found.push({
      start,
      end: from + m.index + m[0].replace(/\$$/, '').length,
      value: sign * Number(g.num!.replace(/,/g, '')),
      ...(g.num2 !== undefined ? { upper: Number(g.num2) } : {}),
      ...(unit !== undefined ? { unit } : {}),
      signed: g.sign !== undefined && g.sign !== '±',
      decimal: g.num!.includes('.'),
    });
  }
  return found;
}
