import { singular } from '../../model/index.js';
import { lookupLexicon, type CompiledLexicon, type LexiconEntry } from '../lexicon.js';
import { joinable, type Token } from '../text-spans.js';

export interface LexiconMatch {
  readonly entry: LexiconEntry;
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly lastToken: number;
}

/** Longest, leftmost, non-overlapping matches of lexicon names and aliases in a token stream. */
export function lexiconMatches(text: string, tokens: readonly Token[], lexicon: CompiledLexicon): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const maxLength = lexicon.firstTokens.get(tokens[i]!.key) ?? lexicon.firstTokens.get(singular(tokens[i]!.key));
    if (maxLength === undefined) continue;
    const found = longestAt(text, tokens, i, maxLength, lexicon);
    if (found) {
      matches.push(found);
      i = found.lastToken;
    }
  }
  return matches;
}

function longestAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  maxLength: number,
  lexicon: CompiledLexicon,
): LexiconMatch | undefined {
  let last = i;
  // keys[n - 1], surfaces[n - 1]: the first n tokens' keys joined and their texts joined by spaces.
  const keys: string[] = [tokens[i]!.key];
  const surfaces: string[] = [tokens[i]!.text];
  while (keys.length < maxLength && last + 1 < tokens.length && joinable(text, tokens[last]!, tokens[last + 1]!)) {
    last++;
    keys.push(keys[keys.length - 1]! + tokens[last]!.key);
    surfaces.push(`${surfaces[surfaces.length - 1]!} ${tokens[last]!.text}`);
  }
  for (let n = keys.length; n >= 1; n--) {
    const entry = lookupLexicon(lexicon, surfaces[n - 1]!, keys[n - 1]!);
    if (entry) {
      const lastToken = i + n - 1;
      return { entry, start: tokens[i]!.start, end: tokens[lastToken]!.end, firstToken: i, lastToken };
    }
  }
  return undefined;
}
