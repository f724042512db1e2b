import { singular } from '../model/index.js';

/** A broad research area and the phrases that signal it (weight 1–3). */
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
}

// Hyphens and apostrophes split words: "state-space" is "state space", "fine-tuned" is "fine tuned".
const WORD = /[\p{L}\p{N}]+/gu;

// "LLMs", "GPUs": an acronym's plural, too short for singular().
const ACRONYM_PLURAL = /^[\p{Lu}\d]{2,}s$/u;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    stem: ACRONYM_PLURAL.test(m[0]) ? m[0].slice(0, -1).toLowerCase() : singular(m[0].toLowerCase()),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

interface CompiledTopic {
  readonly signals: readonly (readonly [readonly (readonly string[])[], number])[];
  readonly requires?: readonly (readonly string[])[];
}

// Topic definitions are data passed in; their phrases are split once per definition, not once per paper.
const compiledTopics = new WeakMap<TopicDefinition, CompiledTopic>();

function compiled(topic: TopicDefinition): CompiledTopic {
  let found = compiledTopics.get(topic);
  if (!found) {
    const stems = (phrases: readonly string[]) => phrases.map((p) => words(p).map((w) => w.stem));
    found = {
      signals: topic.signals.map(([phrases, weight]) => [stems(phrases), weight] as const),
      ...(topic.requires ? { requires: stems(topic.requires) } : {}),
    };
    compiledTopics.set(topic, found);
  }
  return found;
}

/** The words of a text, where the first occurrence of a phrase is found by whole words. */
class StemmedText {
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly words: readonly Word[]) {
    words.forEach((w, i) => {
      const at = this.starts.get(w.stem);
      if (at) at.push(i);
      else this.starts.set(w.stem, [i]);
    });
  }

  /** The first occurrence of a phrase (its stems in sequence), as a character span. */
  first(stems: readonly string[]): { start: number; end: number } | undefined {
    for (const i of this.starts.get(stems[0] ?? '') ?? []) {
      if (stems.every((s, k) => this.words[i + k]?.stem === s))
        return { start: this.words[i]!.start, end: this.words[i + stems.length - 1]!.end };
    }
    return undefined;
  }
}

/**
 * Scores each topic by the signals present (a signal in the title counts double) and keeps the
 * best one or two that reach MIN_SCORE and RELATIVE of the best score. Evidence is the first
 * strongest signal's position.
 */
export function scoreTopics(title: string, text: string, topics: readonly TopicDefinition[]): TopicScore[] {
  const inText = new StemmedText(words(text));
  const inTitle = new StemmedText(words(title));
  const firstOf = (phrases: readonly (readonly string[])[], where: StemmedText) => {
    let best: { start: number; end: number } | undefined;
    for (const phrase of phrases) {
      const at = where.first(phrase);
      if (at && (!best || at.start < best.start)) best = at;
    }
    return best;
  };
  const scored: TopicScore[] = [];
  for (const topic of topics) {
    const { signals, requires } = compiled(topic);
    if (requires && !firstOf(requires, inText)) continue;
    let score = 0;
    let best = { weight: 0, start: 0, end: 0 };
    for (const [phrases, weight] of signals) {
      const at = firstOf(phrases, inText);
      if (!at) continue;
      const w = weight * (firstOf(phrases, inTitle) ? 2 : 1);
      score += w;
      if (w > best.weight) best = { weight: w, ...at };
    }
    if (score >= MIN_SCORE) scored.push({ name: topic.name, score, start: best.start, end: best.end });
  }
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const top = scored[0]?.score ?? 0;
  return scored.filter((t) => t.score >= top * RELATIVE).slice(0, MAX_TOPICS);
}
