import { describe, expect, it } from 'vitest';
import { isNestedName } from './keys.js';

describe('nested names', () => {
  it('are names whose words are a proper, contiguous part of the other', () => {
    expect(isNestedName('DeepSeek-V2-Coder-Instruct', 'DeepSeek')).toBe(true);
    expect(isNestedName('machine translation', 'out-of-distribution machine translation')).toBe(true);
    expect(isNestedName('Llama-3.2-1B', 'LLaMA')).toBe(true);
  });
  it('are not spellings of one name, acronyms, or words in another order', () => {
    expect(isNestedName('GPT-4o', 'gpt 4o')).toBe(false);
    expect(isNestedName('Mixture-of-Memories', 'MoM')).toBe(false);
    expect(isNestedName('SWE-bench Lite', 'SWE Lite')).toBe(false);
    expect(isNestedName('Transformers', 'Transformer')).toBe(false);
  });
});
