import { entityKey } from '../../model/index.js';
import { candidate, type Candidate } from '../candidate.js';
import type { PaperText } from '../paper-text.js';
import { findAcronymDefinitions, type AcronymDefinition } from '../rules/acronyms.js';
import { scoreTopics, type TopicDefinition } from '../topics.js';

/**
 * The paper's broad areas; the evidence is the strongest signal. The acronyms the paper defines do not
 * count: a defined acronym means its long form, which the paper writes and which carries its own signals,
 * so "TTS" defined as "test-time scaling" signals no speech paper. Undefined acronyms ("ASR" alone) still count.
 */
export function topicCandidates(
  paper: PaperText,
  topics: readonly TopicDefinition[],
  definitions: readonly AcronymDefinition[] = findAcronymDefinitions(paper.masked),
): Candidate[] {
  const defined = new Set(definitions.map((d) => d.acronym));
  return scoreTopics(paper.title, paper.masked, topics, defined).map((topic) =>
    candidate({
      type: 'topic',
      name: topic.name,
      key: entityKey(topic.name),
      start: topic.start,
      end: topic.end,
      // Whole hundredths: 0.3 + 3/20 is 0.44999999999999996 in floating point, and exports print every digit.
      confidence: Math.min(0.9, Math.round(30 + (topic.score * 100) / 20) / 100),
      rule: 'topic',
    }),
  );
}
