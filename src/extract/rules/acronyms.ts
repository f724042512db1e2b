export interface AcronymDefinition {
  readonly longForm: string;
  readonly longStart: number;
  readonly acronym: string;
  readonly acronymStart: number;
}

// "(LSH)", "(MoE)", "(RLHF)", "(6DCNN)", "(LLMs)": at least two capitals or a capital and a digit; a
// release number may follow ("Segment Anything Model 3 (SAM 3)").
const PAREN = /\(([\p{L}\p{N}][\p{L}\p{N}-]{0,12}(?: \d+(?:\.\d+)?)?)\)/gu;
const LEADING_FILLER =
  /^(?:(?:the|a|an|our|its|their|this|novel|new|called|named|termed|dubbed|so-called|via|using|with|of|and|on|in|for|by|to)\s+)+/i;

// A verb, relative pronoun or a preposition followed by an article: a clause, not a name ("via Model
// Internal Representations" is a name; "using a generative Network" is not).
const CLAUSE_WORD = /\s(?:is|are|was|were|which|that|we|(?:using|through|via|by)\s(?:a|an|the))\s/i;

/**
 * Acronym definitions "Long Form (LF)", found with the Schwartz–Hearst rule: every letter of the
 * acronym appears in order in the long form, the first one starting a word.
 */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  return [...longFirstDefinitions(text), ...findShortFirstDefinitions(text)];
}

function longFirstDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(PAREN)) {
    const acronym = m[1]!;
    const letters = acronym.replace(/s$/, '');
    if (!acronymShaped(letters)) continue;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const longForm = longFormBefore(letters, before);
    if (!longForm || longForm.length <= letters.length || longForm.split(/\s+/).length > letters.length + 3) continue;
    // "… Stereo Through Lighting Interpolation and Normal Estimation using a generative Network (SPLINE-Net)":
    // letters gathered across a clause, not a name.
    if (CLAUSE_WORD.test(longForm)) continue;
    const longStart = m.index - (before.length - before.lastIndexOf(longForm));
    if (longStart < 0 || text.slice(longStart, longStart + longForm.length) !== longForm) continue;
    found.push({ longForm, longStart, acronym, acronymStart: m.index + 1 });
  }
  return found;
}

const CLAUSE_BREAK = /[.;:()[\]!?]|,\s|\n/;
const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{N}'’-]*\s*)+$/u;

/**
 * The long form the words before an acronym's bracket spell, within their clause; a name in capitals with a comma
 * in it ("Wide-In, Narrow-Out (WINO)") spans the comma when the clause alone spells nothing and its word initials
 * are the acronym.
 */
function longFormBefore(letters: string, before: string): string | undefined {
  const clauses = before.split(CLAUSE_BREAK);
  const last = clauses[clauses.length - 1] ?? '';
  const spelled = (clause: string): string | undefined => {
    const words = clause.trim().split(/\s+/).filter(Boolean);
    const window = words.slice(-Math.min(letters.length + 5, letters.length * 2 + 1)).join(' ');
    return schwartzHearst(letters, window)?.replace(LEADING_FILLER, '').trim();
  };
  const found = spelled(last);
  if (found) return found;
  if (!CAPITALISED.test(last.trim())) return undefined;
  // The capitalised words that end the clause before the comma: "Wide-In" of "we introduce Wide-In".
  const words = (clauses[clauses.length - 2] ?? '').trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && k > words.length - 3 && CAPITALISED.test(words[k - 1]!)) k--;
  const previous = words.slice(k).join(' ');
  if (!previous || !before.endsWith(`${previous}, ${last.trimStart()}`)) return undefined;
  const across = spelled(`${previous}, ${last.trim()}`);
  // Across a comma only a name whose word initials are the acronym: not "Bangladesh, Bangla Sign Language (BdSL)".
  const initials = across
    ?.split(/[\s,-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return initials === letters.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') ? across : undefined;
}

// "HIES (Head Importance-Entropy Score)": a short form, then its long form in brackets.
const SHORT_THEN_LONG = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}-]{1,12})\s\(([\p{L}][^()]{2,100})\)/gu;

/**
 * The other order Schwartz and Hearst allow, "SF (Long Form)": the bracket holds nothing but the long
 * form, whose first word starts with the acronym's first letter.
 */
export function findShortFirstDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(SHORT_THEN_LONG)) {
    const acronym = m[1]!;
    const letters = acronym.replace(/s$/, '');
    const longForm = m[2]!.trim();
    if (!acronymShaped(letters)) continue;
    const words = longForm.split(/\s+/);
    if (words.length < 2 || words.length > letters.length + 3 || CLAUSE_WORD.test(` ${longForm} `)) continue;
    if (schwartzHearst(letters, longForm) !== longForm) continue;
    found.push({ longForm, longStart: m.index + acronym.length + 2, acronym, acronymStart: m.index });
  }
  return found;
}

/** At least two capitals, or a capital and a digit ("LSH", "MoE", "6DCNN"). */
function acronymShaped(letters: string): boolean {
  return (letters.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || /\p{Lu}.*\d|\d.*\p{Lu}/u.test(letters);
}

function schwartzHearst(short: string, long: string): string | undefined {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (long[l]!.toLowerCase() !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const start = long.lastIndexOf(' ', l) + 1;
  return long.slice(start);
}
