import { entityKey } from '../../model/index.js';
import type { Candidate } from '../candidate.js';
import type { PaperText } from '../paper-text.js';
import { scoreTopics, type TopicDefinition } from '../topics.js';

/** The paper's broad areas; the evidence is the strongest signal. */
export function topicCandidates(paper: PaperText, topics: readonly TopicDefinition[]): Candidate[] {
  return scoreTopics(paper.title, paper.masked, topics).map((topic) => ({
    type: 'topic',
    name: topic.name,
    key: entityKey(topic.name),
    start: topic.start,
    end: topic.end,
    // Whole hundredths: 0.3 + 3/20 is 0.44999999999999996 in floating point, and exports print every digit.
    confidence: Math.min(0.9, Math.round(30 + (topic.score * 100) / 20) / 100),
    rule: 'topic',
  }));
}
