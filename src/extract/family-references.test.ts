import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities } from './index.js';

const models = (abstract: string) =>
  extractEntities({ title: 'A Study', abstract }, defaultExtractorConfig())
    .filter((e) => e.type === 'model')
    .map((e) => [e.name, e.aliases]);

describe('a bare family name beside one release of it', () => {
  it('is a short reference to that release', () => {
    expect(models('Our planner matches LLaMA 3.1 8B on GSM8K. The same plans improve LLaMA by only 5.7 points.')).toEqual([
      ['Llama 3.1 8B', ['LLaMA']],
    ]);
  });
  it('stays its own entity when the paper names the family before the release', () => {
    expect(models('Models such as Stable Diffusion are unsafe. We attack Stable Diffusion 3.5 Large Turbo.')).toEqual([
      ['Stable Diffusion', []],
      ['Stable Diffusion 3.5 Large Turbo', []],
    ]);
  });
  it('is no entity of its own after two releases, and a release is never folded into another', () => {
    expect(models('We probe Qwen2.5 and Qwen2.5-14B; Qwen models crystallize late. GPT-4 and GPT-4 Turbo agree.')).toEqual([
      ['Qwen2.5', []],
      ['Qwen2.5-14B', []],
      ['GPT-4', []],
      ['GPT-4 Turbo', []],
    ]);
  });
});
