/**
 * The matches `text.matchAll(phrase)` would give, in order, found by trying the phrase (a sticky
 * regex) only in the few words before each anchor (a global regex for the word every match ends
 * in, such as a head noun). Exact when every match of the phrase ends in an anchor match and spans
 * at most `runs` whitespace-separated runs before it; a scan from every position of a long
 * alternation cost a large share of rule time.
 */
export function* anchoredMatches(text: string, phrase: RegExp, anchor: RegExp, runs: number): Generator<RegExpExecArray> {
  const starts: number[] = [];
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
    let from = a.index;
    for (let k = 0; k < runs && from > 0; k++) {
      while (from > 0 && /\s/.test(text[from - 1]!)) from--;
      while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    }
    for (let j = from; j < a.index; j++) starts.push(j);
  }
  starts.sort((x, y) => x - y);
  let next = 0;
  for (const j of starts) {
    if (j < next) continue;
    phrase.lastIndex = j;
    const m = phrase.exec(text);
    if (!m) continue;
    next = j + m[0].length;
    yield m;
  }
}
