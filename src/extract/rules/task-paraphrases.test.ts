import { describe, expect, it } from 'vitest';
import { taskParaphrases } from './task-paraphrases.js';

describe('task paraphrases', () => {
  it.each([
    ["We study classifying Parkinson's disease from speech.", "parkinson's disease classification", "classifying Parkinson's disease"],
    ['A model for answering questions about tables.', 'question answering', 'answering questions'],
    ['Detecting objects in aerial images is hard.', 'object detection', 'Detecting objects'],
    ['It is trained on generating the images, and more.', 'image generation', 'generating the images'],
    ['We focus on forecasting traffic flow.', 'traffic flow forecasting', 'forecasting traffic flow'],
    ['Estimating depth improves grasping.', 'depth estimation', 'Estimating depth'],
  ])('%s → %s', (text, name, mention) => {
    const found = taskParaphrases(text);
    expect(found.map((p) => [p.name, text.slice(p.start, p.end)])).toEqual([[name, mention]]);
  });
  it.each([['We are predicting whether it rains.'], ['This allows generating more diverse samples quickly.'], ['Classifying is hard.']])(
    'finds no task where the object is not a noun phrase: %s',
    (text) => {
      expect(taskParaphrases(text)).toEqual([]);
    },
  );
});
