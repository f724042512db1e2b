import { describe, expect, it } from 'vitest';
import { filterWords, matchNames, NameMatch, wordPatterns } from './name-match.js';

const match = (name: string, typed: string) => matchNames([name], filterWords(typed));

describe('name filter matching', () => {
  it('finds a word at the start of a name, after punctuation, at a case change and at a digit', () => {
    expect(match('LoRA', 'lora')).toBe(NameMatch.Name);
    for (const name of ['QLoRA', 'AdaLoRA', 'MoSLoRA', 'ER-LoRA', 'MultiLoRa', 'LoRA in LoRA'])
      expect(match(name, 'lora'), name).toBe(NameMatch.WholeWords);
    for (const name of ['DistilBERT', 'BERT2BERT', 'mmBERT', 'ColBERT-v2']) expect(match(name, 'bert'), name).toBe(NameMatch.WholeWords);
    // "Ro|BER|Ta": the capital before lower case starts a word, so "bert" only starts one here.
    expect(match('RoBERTa', 'bert')).toBe(NameMatch.WordPrefix);
    expect(match('GSM8K', '8k')).toBe(NameMatch.WholeWords);
    expect(match('GPT-4o', '4o')).toBe(NameMatch.WholeWords);
    expect(match('SWE-bench Lite', '-bench')).toBe(NameMatch.WholeWords);
  });

  it('does not find a word inside another word or inside a run of capitals', () => {
    for (const name of ['exploration', 'semantic exploration', 'Hilbert-Schmidt Independence Criterion', 'IRGPT']) {
      expect(match(name, name === 'IRGPT' ? 'gpt' : name.includes('ploration') ? 'lora' : 'bert'), name).toBeUndefined();
    }
  });

  it('tells a whole word from a word prefix, and the name or an alias typed from both', () => {
    expect(match('loraxial', 'lora')).toBe(NameMatch.WordPrefix);
    expect(match('attention mechanism', 'attention')).toBe(NameMatch.WholeWords);
    expect(match('linear attention', 'linear attent')).toBe(NameMatch.WordPrefix);
    expect(matchNames(['LoRA', 'Low-Rank Adaptation'], ['low-rank', 'adaptation'])).toBe(NameMatch.Alias);
    expect(matchNames(['Low-Rank Adaptation', 'LoRA'], ['low-rank', 'adaptation'])).toBe(NameMatch.Name);
    // Each word at its best over the name and aliases; the entity at its worst word.
    expect(matchNames(['Low-Rank Adaptation', 'LoRAs'], ['lora', 'adapt'])).toBe(NameMatch.WordPrefix);
    expect(matchNames(['linear attention'], ['attention', 'linear'])).toBe(NameMatch.WholeWords);
    expect(matchNames(['linear attention'], ['attention', 'quadratic'])).toBeUndefined();
  });

  it('keeps positions right where lower-casing changes the length of the name', () => {
    expect(match('İstanbul LoRA', 'lora')).toBe(NameMatch.WholeWords);
  });

  it('makes Java patterns with the same boundary and the word as a literal', () => {
    const { start, whole } = wordPatterns('c++(');
    expect(start).toContain('(?iu:c\\+\\+\\()');
    expect(whole.endsWith('.*')).toBe(true);
  });
});
