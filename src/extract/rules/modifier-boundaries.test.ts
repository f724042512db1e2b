import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../../model/index.js';
import { candidate, type Candidate } from '../candidate.js';
import { withModifierBoundaries } from './modifier-boundaries.js';

function task(text: string, span: string, name = span.toLowerCase(), rule = 'task-head', type: 'task' | 'metric' = 'task'): Candidate {
  const start = text.indexOf(span);
  return candidate({ type, name, key: typedEntityKey(type, name), start, end: start + span.length, confidence: 0.58, rule });
}
const bounded = (text: string, span: string, name?: string, rule?: string) => {
  const c = withModifierBoundaries(task(text, span, name, rule), text);
  return { name: c.name, mention: text.slice(c.start, c.end), key: c.key };
};

describe('task and metric boundaries by the name grammar of the training gold', () => {
  it.each([
    ['We study 3D object detection from lidar.', 'object detection', '3d object detection', '3D object detection'],
    ['a model for video anomaly detection in', 'anomaly detection', 'video anomaly detection', 'video anomaly detection'],
    ['We enable consistent 3D editing of scenes.', 'consistent 3D editing', '3d editing', '3D editing'],
    ['We target robust image classification here.', 'robust image classification', 'image classification', 'image classification'],
  ])('%s: "%s" → %s', (text, span, name, mention) => {
    expect(bounded(text, span)).toEqual({ name, mention, key: typedEntityKey('task', name) });
  });

  it('adds leading words to a canonical name the lexicon gave', () => {
    expect(bounded('Results on 3D object detectors show', 'object detectors', 'object detection').name).toBe('3d object detection');
  });

  it('keeps a task of two words whole, and a task after a word that does not lead task names', () => {
    expect(bounded('an efficient reasoning model', 'efficient reasoning').name).toBe('efficient reasoning');
    expect(bounded('we improve object detection', 'object detection').name).toBe('object detection');
  });

  it('leaves paraphrased tasks and other types alone', () => {
    expect(
      bounded('a method for classifying video frames', 'classifying video frames', 'video frame classification', 'task-paraphrase').name,
    ).toBe('video frame classification');
  });

  it('bounds metric names by their own grammar', () => {
    const metric = (text: string, span: string, name: string) => {
      const c = withModifierBoundaries(task(text, span, name, 'lexicon', 'metric'), text);
      return `${c.name} / ${text.slice(c.start, c.end)}`;
    };
    expect(metric('It lowers the attack success rate to 3%.', 'success rate', 'success rate')).toBe(
      'attack success rate / attack success rate',
    );
    expect(metric('We reach state-of-the-art accuracy on all tasks.', 'state-of-the-art accuracy', 'state-of-the-art accuracy')).toBe(
      'accuracy / accuracy',
    );
  });

  it('drops a word before a metric only where one word left is a measure it knows', () => {
    const known = (name: string): boolean => name.toLowerCase() === 'accuracy';
    const metric = (text: string, span: string) => {
      const c = withModifierBoundaries(task(text, span, span.toLowerCase(), 'tagger', 'metric'), text, known);
      return `${c.name} / ${text.slice(c.start, c.end)}`;
    };
    expect(metric('It keeps model accuracy while halving model size.', 'model accuracy')).toBe('accuracy / accuracy');
    expect(metric('It keeps model accuracy while halving model size.', 'model size')).toBe('model size / model size');
  });
});
