/** A broad research area and the words that signal it (weight 1–3). */
export interface TopicDefinition {
  readonly name: string;
  readonly signals: readonly (readonly [RegExp, number])[];
  /** When set, the topic applies only to texts this matches. */
  readonly requires?: RegExp;
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

/**
 * Scores each topic by the signals present (a signal in the title counts double) and keeps the
 * best one or two that reach MIN_SCORE and RELATIVE of the best score. Evidence is the first
 * strongest signal's position.
 */
export function scoreTopics(title: string, text: string, topics: readonly TopicDefinition[]): TopicScore[] {
  const scored: TopicScore[] = [];
  for (const topic of topics) {
    if (topic.requires && !topic.requires.test(text)) continue;
    let score = 0;
    let best = { weight: 0, start: 0, end: 0 };
    for (const [signal, weight] of topic.signals) {
      const m = signal.exec(text);
      if (!m) continue;
      const w = weight * (signal.test(title) ? 2 : 1);
      score += w;
      if (w > best.weight) best = { weight: w, start: m.index, end: m.index + m[0].length };
    }
    if (score >= MIN_SCORE) scored.push({ name: topic.name, score, start: best.start, end: best.end });
  }
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const top = scored[0]?.score ?? 0;
  return scored.filter((t) => t.score >= top * RELATIVE).slice(0, MAX_TOPICS);
}
