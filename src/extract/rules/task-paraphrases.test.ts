import { describe, expect, it } from 'vitest';
import { taskParaphrases } from './task-paraphrases.js';

describe('task paraphrases', () => {
  it.each([
    ["A method for classifying Parkinson's disease from speech.", "parkinson's disease classification", "classifying Parkinson's disease"],
    ['A model for answering questions about tables.', 'question answering', 'answering questions'],
    ['We work on detecting objects in aerial images.', 'object detection', 'detecting objects'],
    ['It is trained on generating the images, and more.', 'image generation', 'generating the images'],
    ['The task of Summarizing news articles.', 'news article summarization', 'Summarizing news articles'],
    ['We focus on forecasting traffic flow.', 'traffic flow forecasting', 'forecasting traffic flow'],
    ['A step towards estimating depth improves grasping.', 'depth estimation', 'estimating depth'],
    ['Estimating Depth from Focal Stacks', 'depth estimation', 'Estimating Depth'],
    ["Boolean Games: Inferring Agents' Goals", "agents' goal inference", "Inferring Agents' Goals"],
    [
      'It was 78.2% accurate in identifying violent conflict events.',
      'violent conflict event identification',
      'identifying violent conflict events',
    ],
    [
      'Markov models for automatically segmenting an electrocardiogram waveform.',
      'electrocardiogram waveform segmentation',
      'segmenting an electrocardiogram waveform',
    ],
  ])('%s → %s', (text, name, mention) => {
    const found = taskParaphrases(text);
    expect(found.map((p) => [p.name, text.slice(p.start, p.end)])).toEqual([[name, mention]]);
  });
  it.each([
    ['We are predicting whether it rains.'],
    ['This allows generating more diverse samples quickly.'],
    ['Classifying is hard.'],
    ['Gains in tracking are small.'],
  ])('finds no task where the object is not a noun phrase: %s', (text) => {
    expect(taskParaphrases(text)).toEqual([]);
  });
});
