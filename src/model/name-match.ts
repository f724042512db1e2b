/**
 * How a name filter matches entity names: every word typed must start at a word start of the name or
 * an alias, ignoring case ("lora" finds "LoRA", "QLoRA", "ER-LoRA" and "MultiLoRa", not "exploration";
 * "bert" finds "RoBERTa", not "Hilbert"). Word starts are where a letter or digit follows anything else,
 * punctuation and spaces themselves, case changes inside a word (a lower-case letter then a capital:
 * "Flash|Attention"; the last capital of a run before lower case: "Q|LoRA") and letter-digit changes
 * ("GSM|8|K"). An all-capital run has no inner word starts ("IRGPT" is one word).
 *
 * The rule is one regular expression, WORD_BOUNDARY: the in-process store tests it in JavaScript and the
 * Neo4j store sends it inside its patterns (Java regex), so both stores find the same entities.
 */
export const WORD_BOUNDARY =
  '(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L}))';

/** How well a name or alias matches what was typed; lower is better. */
export const NameMatch = {
  /** The name is the text typed, ignoring case. */
  Name: 0,
  /** An alias is the text typed, ignoring case (a topic's aliases are its signal words: below a name). */
  Alias: 1,
  /** Every word typed is a whole word of the name or an alias. */
  WholeWords: 2,
  /** Every word typed starts a word of the name or an alias (at least one only starts it). */
  WordPrefix: 3,
} as const;
export type NameMatch = (typeof NameMatch)[keyof typeof NameMatch];
type WordMatch = typeof NameMatch.WholeWords | typeof NameMatch.WordPrefix;

const boundary = new RegExp(WORD_BOUNDARY, 'uy');

function isWordBoundary(text: string, at: number): boolean {
  boundary.lastIndex = at;
  return boundary.test(text);
}

/** Where `word` (lower case) occurs in `text` ignoring case, as positions in `text`. */
function* occurrences(text: string, word: string): Generator<number> {
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) yield at;
    return;
  }
  // A few letters (İ) lower-case to two characters: positions in `lower` would not be positions in `text`.
  for (let at = 0; at + word.length <= text.length; at++) if (text.slice(at, at + word.length).toLowerCase() === word) yield at;
}

/** Whether `word` (lower case) starts at a word start of `text`, and whether it also ends at a word end. */
function wordIn(text: string, word: string): WordMatch | undefined {
  let best: WordMatch | undefined;
  for (const at of occurrences(text, word)) {
    if (!isWordBoundary(text, at)) continue;
    if (isWordBoundary(text, at + word.length)) return NameMatch.WholeWords;
    best = NameMatch.WordPrefix;
  }
  return best;
}

/**
 * How an entity with these names (its name, then its aliases) matches the words typed (lower case, split on
 * white space), or undefined when some word starts no word of any of them.
 */
export function matchNames(names: readonly string[], words: readonly string[]): NameMatch | undefined {
  if (words.length === 0) return NameMatch.Name;
  const typed = words.join(' ');
  if (names[0]?.toLowerCase() === typed) return NameMatch.Name;
  if (names.some((n) => n.toLowerCase() === typed)) return NameMatch.Alias;
  let worst: NameMatch = NameMatch.WholeWords;
  for (const word of words) {
    let best: NameMatch | undefined;
    for (const name of names) {
      const found = wordIn(name, word);
      if (found !== undefined && (best === undefined || found < best)) best = found;
      if (best === NameMatch.WholeWords) break;
    }
    if (best === undefined) return undefined;
    if (best > worst) worst = best;
  }
  return worst;
}

/** The words of a name filter: lower case, split on white space. */
export function filterWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** `word` as a literal inside a Java or JavaScript regular expression. */
function literal(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * Java regular expressions (Cypher `=~`, which must match the whole name) for one word typed: `start`
 * when it starts a word of a name, `whole` when it is a whole word. Case is ignored for the word only;
 * the boundary reads the name's own capitals.
 */
export function wordPatterns(word: string): { start: string; whole: string } {
  const w = `(?iu:${literal(word)})`;
  return { start: `(?s).*${WORD_BOUNDARY}${w}.*`, whole: `(?s).*${WORD_BOUNDARY}${w}${WORD_BOUNDARY}.*` };
}
