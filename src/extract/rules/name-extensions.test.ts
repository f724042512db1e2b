import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities } from '../index.js';

const config = defaultExtractorConfig({ combination: 'rules' });
const mentions = (abstract: string, type: string) =>
  extractEntities({ title: 'T', abstract }, config)
    .filter((e) => e.type === type)
    .map((e) => [e.name, e.evidence.mention]);

describe('mention boundaries', () => {
  it.each([
    ['We fine-tune Llama 3.1 8B on the data.', [['Llama 3.1 8B', 'Llama 3.1 8B']]],
    ['We fine-tune Llama on the data.', [['LLaMA', 'Llama']]],
    [
      'Qwen2.5 7B and Llama-3.1-8B agree.',
      [
        ['Qwen2.5 7B', 'Qwen2.5 7B'],
        ['Llama-3.1-8B', 'Llama-3.1-8B'],
      ],
    ],
    ['It runs ChatGLM2 50 times faster.', [['ChatGLM2', 'ChatGLM2']]],
  ])('keeps versions and sizes of a model name, and no count after them: %s', (abstract, expected) => {
    expect(mentions(abstract, 'model')).toEqual(expected);
  });
  it('keeps the head noun after a coined technique name', () => {
    expect(mentions('We train with the FoPP scheduler and the DiffSolver solver.', 'method')).toContainEqual([
      'FoPP scheduler',
      'FoPP scheduler',
    ]);
  });
});
