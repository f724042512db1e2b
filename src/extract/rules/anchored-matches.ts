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
      while (from > 0 && isSpace(text.charCodeAt(from - 1))) from--;
      while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    }
    for (let j = from; j < a.index; j++) starts.push(j);
  }
  starts.sort((x, y) => x - y);
  let next = 0;
  let failed = -1;
  for (const j of starts) {
    // Windows of nearby anchors overlap: a start that failed once fails again.
    if (j < next || j === failed) continue;
    phrase.lastIndex = j;
    const m = phrase.exec(text);
    if (!m) {
      failed = j;
      continue;
    }
    next = j + m[0].length;
    yield m;
  }
}

/** What `/\s/` matches, by character code (the regex on a one-character string cost more than the scan it served). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
