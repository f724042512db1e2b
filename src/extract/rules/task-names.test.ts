import { describe, expect, it } from 'vitest';
import { canonicalTaskName } from './task-names.js';

describe('task names with the nominal head first', () => {
  it.each([
    ['detection of ai-generated images', 'ai-generated image detection'],
    ['segmentation of diabetic retinopathy lesions', 'diabetic retinopathy lesion segmentation'],
    ['estimation of the stimulus', 'stimulus estimation'],
    ['localization of objects', 'object localization'],
    ['Estimation of Hawkes processes', 'Hawkes process estimation'],
    ['detection of anomalies', 'anomaly detection'],
    // A clause or a coordination inside the object: the name stays as written.
    ['detection of objects in videos', 'detection of objects in videos'],
    ['classification of images and texts', 'classification of images and texts'],
    ['completion of tubular structures based on point clouds', 'completion of tubular structures based on point clouds'],
    // Not a nominal head, or too long an object.
    ['learning of representations', 'learning of representations'],
    ['detection of very small moving aerial objects', 'detection of very small moving aerial objects'],
    ['object detection', 'object detection'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalTaskName(name)).toBe(canonical);
  });
});
