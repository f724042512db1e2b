import { entityKey, singular, type EntityType } from '../model/index.js';
import { tokenize } from './text-spans.js';

export type LexiconType = Exclude<EntityType, 'repo' | 'topic'>;

/** One known entity: its canonical name, its type and the other ways it is written. */
export interface LexiconEntry {
  readonly name: string;
  readonly type: LexiconType;
  readonly aliases?: readonly string[];
  /** Match the exact case only ("MATH" the benchmark, not "math"). */
  readonly caseSensitive?: boolean;
}

/** A lexicon indexed by token keys for longest-match lookup over a token stream. */
export interface CompiledLexicon {
  readonly entries: readonly LexiconEntry[];
  /** first-token key → longest alias length in tokens starting with it */
  readonly firstTokens: ReadonlyMap<string, number>;
  /** joined token keys (or the exact surface for case-sensitive aliases) → entry */
  readonly byKey: ReadonlyMap<string, LexiconEntry>;
  readonly byExact: ReadonlyMap<string, LexiconEntry>;
}

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const firstTokens = new Map<string, number>();
  const byKey = new Map<string, LexiconEntry>();
  const byExact = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      const tokens = tokenize(form);
      const first = tokens[0];
      if (!first) continue;
      firstTokens.set(first.key, Math.max(firstTokens.get(first.key) ?? 0, tokens.length));
      const key = tokens.map((t) => t.key).join('');
      if (entry.caseSensitive || looksLikeAcronym(form)) byExact.set(tokens.map((t) => t.text).join(' '), entry);
      // The first entry for a key wins, so curated order settles conflicts.
      else if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  return { entries, firstTokens, byKey, byExact };
}

/**
 * Short forms with capitals after the first letter ("mAP", "PPL", "SAM") are acronyms: matched in
 * any case they would hit ordinary words ("map", "sam").
 */
export function looksLikeAcronym(form: string): boolean {
  return form.length <= 5 && !/\s/.test(form) && /\p{Lu}/u.test(form.slice(1));
}

/**
 * The entry for a surface form: its exact case-sensitive form first, then its key, then the key's
 * singular, then an acronym's plural ("AUROCs", "GANs": a lower-case "s" after a capital or digit).
 */
export function lookupLexicon(lexicon: CompiledLexicon, surface: string, key: string): LexiconEntry | undefined {
  return (
    lexicon.byExact.get(surface) ??
    lexicon.byKey.get(key) ??
    lexicon.byKey.get(singular(key)) ??
    (ACRONYM_PLURAL.test(surface) ? lexicon.byExact.get(surface.slice(0, -1)) : undefined)
  );
}

const ACRONYM_PLURAL = /[\p{Lu}\d]s$/u;

/** The entry a name (not a span of text) is known as, if any. */
export function lexiconEntryFor(name: string, lexicon: CompiledLexicon): LexiconEntry | undefined {
  return lookupLexicon(lexicon, name, entityKey(name));
}

/** Letters a word is compared by: "Adapters" and "adaptation" are one word here, "Data" and "Diarization" two. */
const STEM = 5;
const stems = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').slice(0, STEM))
    .filter(Boolean);

/**
 * A long form that spells one of the entry's names with other endings ("Low Rank Adapters (LoRA)" for the
 * lexicon's "Low-Rank Adaptation"): the paper means the entry, not a thing of its own.
 */
export function spellsEntry(longForm: string, entry: LexiconEntry): boolean {
  const defined = stems(longForm).join(' ');
  return defined.includes(' ') && [entry.name, ...(entry.aliases ?? [])].some((n) => stems(n).join(' ') === defined);
}
