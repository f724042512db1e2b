import { singular } from '../model/index.js';

/** A broad research area and the phrases that signal it (weight 0.5–3). */
export interface TopicDefinition {
  readonly name: string;
  /** Each signal: real words and phrases ("recurrent", "state space model"), matched on whole words, plurals folded. */
  readonly signals: readonly (readonly [readonly string[], number])[];
  /** When set, the topic applies only to texts that contain one of these phrases. */
  readonly requires?: readonly string[];
}

export interface TopicScore {
  readonly name: string;
  readonly score: number;
  readonly start: number;
  readonly end: number;
}

const MIN_SCORE = 2;
// Two at most: a third area was mostly a passing mention, and it linked papers that share little.
const MAX_TOPICS = 2;
const RELATIVE = 0.4;

interface Word {
  /** The word's identity: lowercase, plurals folded ("agents" → "agent", "LLMs" → "llm"). */
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation between it and the word before ("data. Filtering"): no phrase runs across it. */
  readonly apart: boolean;
}

// Hyphens and apostrophes split words: "state-space" is "state space", "fine-tuned" is "fine tuned".
const WORD = /[\p{L}\p{N}]+/gu;
const CLAUSE_BREAKS = new Set('.!?;:,()[]');

function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(text[i]!)) return true;
  return false;
}

// "LLMs", "GPUs": an acronym's plural, too short for singular().
const ACRONYM_PLURAL = /^[\p{Lu}\d]{2,}s$/u;

// A word's stem depends on the word alone; topic words repeat across papers, so each is folded once.
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = ACRONYM_PLURAL.test(word) ? word.slice(0, -1).toLowerCase() : singular(word.toLowerCase());
    if (stems.size < MAX_STEMS) stems.set(word, found);
  }
  return found;
}

/** The text's words, but for those `ignored` holds (as written). */
function words(text: string, ignored?: ReadonlySet<string>): Word[] {
  const found: Word[] = [];
  WORD.lastIndex = 0;
  let apart = false;
  let after = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    apart ||= breaksBetween(text, after, m.index);
    after = m.index + m[0].length;
    if (ignored?.has(m[0])) continue;
    found.push({ stem: stem(m[0]), start: m.index, end: after, apart });
    apart = false;
  }
  return found;
}

/** A topic's signals and requirements as phrase groups: each group is found at its earliest phrase. */
interface CompiledTopic {
  readonly signals: readonly { readonly group: number; readonly weight: number }[];
  readonly requires?: number;
}

/** The phrase groups of a topic list, indexed by the stem each phrase starts with. */
interface CompiledTopics {
  readonly topics: readonly CompiledTopic[];
  readonly groups: number;
  readonly byFirstStem: ReadonlyMap<string, readonly { readonly group: number; readonly stems: readonly string[] }[]>;
}

// Topic definitions are data passed in; their phrases are split and indexed once per list, not once per paper.
const compiledLists = new WeakMap<readonly TopicDefinition[], CompiledTopics>();

function compiled(definitions: readonly TopicDefinition[]): CompiledTopics {
  const known = compiledLists.get(definitions);
  if (known) return known;
  const byFirstStem = new Map<string, { group: number; stems: readonly string[] }[]>();
  let groups = 0;
  const group = (phrases: readonly string[]): number => {
    const id = groups++;
    for (const phrase of phrases) {
      const stems = words(phrase).map((w) => w.stem);
      if (stems.length === 0) continue;
      const list = byFirstStem.get(stems[0]!);
      if (list) list.push({ group: id, stems });
      else byFirstStem.set(stems[0]!, [{ group: id, stems }]);
    }
    return id;
  };
  const topics = definitions.map((topic) => ({
    signals: topic.signals.map(([phrases, weight]) => ({ group: group(phrases), weight })),
    ...(topic.requires ? { requires: group(topic.requires) } : {}),
  }));
  const found = { topics, groups, byFirstStem };
  compiledLists.set(definitions, found);
  return found;
}

/**
 * Where each phrase group first occurs in a text, by whole words: one pass over the words, trying
 * only the phrases that start with each word's stem (the earliest start wins, then the earlier phrase).
 */
function firstOccurrences(
  text: string,
  index: CompiledTopics,
  ignored: ReadonlySet<string>,
): ({ start: number; end: number } | undefined)[] {
  const found: ({ start: number; end: number } | undefined)[] = new Array<undefined>(index.groups);
  const ws = words(text, ignored);
  for (let i = 0; i < ws.length; i++) {
    for (const { group, stems } of index.byFirstStem.get(ws[i]!.stem) ?? []) {
      if (found[group] !== undefined || i + stems.length > ws.length) continue;
      let k = 1;
      while (k < stems.length && ws[i + k]!.stem === stems[k] && !ws[i + k]!.apart) k++;
      if (k === stems.length) found[group] = { start: ws[i]!.start, end: ws[i + stems.length - 1]!.end };
    }
  }
  return found;
}

/**
 * Scores each topic by the signals present (a signal in the title counts double) and keeps the
 * best one or two that reach MIN_SCORE and RELATIVE of the best score. Evidence is the first
 * strongest signal's position. Words `ignored` holds (as written) do not count, as if the texts had
 * them blanked out; the phrases around them meet across the gap.
 */
export function scoreTopics(
  title: string,
  text: string,
  topics: readonly TopicDefinition[],
  ignored: ReadonlySet<string> = new Set(),
): TopicScore[] {
  const index = compiled(topics);
  const inText = firstOccurrences(text, index, ignored);
  const inTitle = firstOccurrences(title, index, ignored);
  const scored: TopicScore[] = [];
  topics.forEach((topic, t) => {
    const { signals, requires } = index.topics[t]!;
    if (requires !== undefined && !inText[requires]) return;
    let score = 0;
    let best = { weight: 0, start: 0, end: 0 };
    for (const { group, weight } of signals) {
      const at = inText[group];
      if (!at) continue;
      const w = weight * (inTitle[group] ? 2 : 1);
      score += w;
      if (w > best.weight) best = { weight: w, ...at };
    }
    if (score >= MIN_SCORE) scored.push({ name: topic.name, score, start: best.start, end: best.end });
  });
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const top = scored[0]?.score ?? 0;
  return scored.filter((t) => t.score >= top * RELATIVE).slice(0, MAX_TOPICS);
}
