import { describe, expect, it } from 'vitest';
import { TOPICS } from './lexicon/topics.js';
import { defaultExtractorConfig, extractEntities } from './index.js';
import { scoreTopics, type TopicDefinition } from './topics.js';

const areas: TopicDefinition[] = [
  { name: 'Sequences', signals: [[['recurrent', 'recurrence'], 3]] },
  { name: 'Science', signals: [[['genome', 'genomic'], 3]] },
  { name: 'Systems', signals: [[['cluster'], 2]] },
  { name: 'Agents', signals: [[['tool use', 'agent'], 3]], requires: ['LLM'] },
];
const names = (title: string, text: string) => scoreTopics(title, text, areas).map((t) => t.name);

describe('topic signals', () => {
  it('match whole words and listed forms, with plurals folded', () => {
    expect(names('T', 'Recurrence helps on genomic data.')).toEqual(['Science', 'Sequences']);
    expect(names('T', 'LLMs with agents.')).toEqual(['Agents']);
  });
  it('never match inside a longer word', () => {
    // A stem-like prefix ("cluster", "genom") used to find "clustering" and "genomics" alike.
    expect(names('T', 'Clustering of genomewide, recurrently wired nets.')).toEqual([]);
  });
  it('match a phrase only as its words in sequence, and need what a topic requires', () => {
    expect(names('T', 'The tool we use is an agent.')).toEqual([]);
    expect(names('T', 'LLM tool use.')).toEqual(['Agents']);
  });
  it('match no phrase across a sentence or clause break ("…the data. Filtering…")', () => {
    expect(names('T', 'LLM tool. Use it.')).toEqual([]);
    expect(names('T', 'An LLM tool, use it.')).toEqual([]);
    expect(names('T', 'An LLM tool-use agent.')).toEqual(['Agents']);
  });
  it('give the evidence of the first strongest signal, counting a title signal double', () => {
    const [top] = scoreTopics('Recurrent nets', 'Recurrent nets\n\nWe study recurrence.', areas);
    expect(top).toEqual({ name: 'Sequences', score: 6, start: 0, end: 9 });
  });
  it('are phrases that find themselves: every shipped signal matches its own text', () => {
    for (const topic of TOPICS) {
      for (const [phrases] of topic.signals) {
        for (const phrase of phrases) {
          const alone: TopicDefinition = { name: topic.name, signals: [[[phrase], 2]] };
          expect(
            scoreTopics('T', `In this paper: ${phrase}.`, [alone]).map((t) => t.name),
            phrase,
          ).toEqual([topic.name]);
        }
      }
    }
  });
});

describe('topics and the acronyms a paper defines', () => {
  it('reads a defined acronym as its long form, not as the signal the same letters are elsewhere', () => {
    const topicsOf = (title: string, abstract: string): string[] =>
      extractEntities({ title, abstract }, defaultExtractorConfig())
        .filter((e) => e.type === 'topic')
        .map((e) => e.name);
    expect(
      topicsOf(
        'BitCal-TTS: Calibrated Stopping for Reasoning',
        'Test-time scaling (TTS) improves reasoning on math benchmarks. We calibrate TTS stopping rules.',
      ),
    ).not.toContain('Speech & audio');
    expect(topicsOf('Faster TTS', 'We make TTS voices sound natural for every speaker.')).toContain('Speech & audio');
  });
});

describe('the shipped code topic', () => {
  const code = (title: string, abstract: string) =>
    scoreTopics(title, abstract, TOPICS).some((t) => t.name === 'Code generation & software engineering');
  it('is not given by "coding" alone, which is as often source, speech or sparse coding', () => {
    expect(code('Linear Predictive Coding for tokenizing signals', 'We tokenize EEG signals with linear predictive coding.')).toBe(false);
    expect(code('Sparse coding of spikes', 'A convolutional sparse coding model of neural coding.')).toBe(false);
  });
  it('is given by code generation, and by coding beside code', () => {
    expect(code('Agents that write programs', 'We study code generation with LLM agents.')).toBe(true);
    expect(code('Coding agents', 'Coding agents edit code and run the program.')).toBe(true);
  });
});
