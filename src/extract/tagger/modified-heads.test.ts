import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../../model/index.js';
import { candidate, type Candidate } from '../candidate.js';
import { withModifiersOf } from './modified-heads.js';

const text = 'We report matching accuracy, Domain Adaptation in Semantic Segmentation and 3D object detection.';
const at = (surface: string, type: Candidate['type'], rule: string): Candidate => {
  const start = text.indexOf(surface);
  return candidate({
    type,
    name: surface.toLowerCase(),
    key: typedEntityKey(type, surface),
    start,
    end: start + surface.length,
    confidence: 0.85,
    rule,
  });
};

describe('a winning head takes the modifiers of the candidate it beat', () => {
  it.each([
    {
      case: 'a measure',
      winner: at('accuracy', 'metric', 'lexicon'),
      loser: at('matching accuracy', 'metric', 'tagger'),
      name: 'matching accuracy',
    },
    {
      case: 'a task',
      winner: at('object detection', 'task', 'lexicon'),
      loser: at('3D object detection', 'task', 'tagger'),
      name: '3d object detection',
    },
  ])('$case', ({ winner, loser, name }) => {
    const widened = withModifiersOf(winner, loser, text);
    expect(widened && [text.slice(widened.start, widened.end), widened.name, widened.key, widened.rule]).toEqual([
      text.slice(loser.start, loser.end),
      name,
      typedEntityKey(winner.type, name),
      winner.rule,
    ]);
  });
  it.each([
    {
      case: 'a phrase around the name',
      winner: at('Semantic Segmentation', 'task', 'lexicon'),
      loser: at('Domain Adaptation in Semantic Segmentation', 'task', 'tagger'),
    },
    { case: 'another type', winner: at('accuracy', 'metric', 'lexicon'), loser: at('matching accuracy', 'task', 'tagger') },
    {
      case: 'a loser that does not end the winner',
      winner: at('matching', 'metric', 'tagger'),
      loser: at('matching accuracy', 'metric', 'tagger'),
    },
    {
      case: 'names of other types',
      winner: at('object detection', 'method', 'lexicon'),
      loser: at('3D object detection', 'method', 'tagger'),
    },
  ])('not $case', ({ winner, loser }) => {
    expect(withModifiersOf(winner, loser, text)).toBeUndefined();
  });
});
