import { describe, expect, it } from 'vitest';
import { findModelNames } from './model-names.js';
import { findSizedModelNames } from './sized-model-names.js';
import { findVersionedModelNames } from './versioned-model-names.js';

const surfaces = (find: (t: string) => { start: number; end: number }[], text: string) => find(text).map((m) => text.slice(m.start, m.end));

describe('model-name shapes', () => {
  it.each([
    ['On Qwen2.5-VL, FastOCR retains', ['Qwen2.5-VL']],
    ['we train Qwen2.5-Math-1.5B.', ['Qwen2.5-Math-1.5B']],
    ['GPT-4o mini and Llama 4 Scout', ['GPT-4o mini', 'Llama 4 Scout']],
    ['Gemini 2.5 Flash Image edits', ['Gemini 2.5 Flash Image']],
    ['Llama 3.1 8B and Claude 3.5 Sonnet', ['Llama 3.1 8B', 'Claude 3.5 Sonnet']],
    ['Llama-3.1-FoundationAI-SecurityLLM-Reasoning-8B Technical Report', ['Llama-3.1-FoundationAI-SecurityLLM-Reasoning-8B']],
    ['YOLOv8n, DINOv2 and ConvNeXtV2', ['YOLOv8n', 'DINOv2', 'ConvNeXtV2']],
    ['Llama-2-chat and GPT-4o-Mini-2024-07-18', ['Llama-2-chat', 'GPT-4o-Mini-2024-07-18']],
    ['Whisper large-v3, Whisper large-v3-turbo and Distil-Whisper', ['Whisper large-v3', 'Whisper large-v3-turbo', 'Distil-Whisper']],
    ['BERT large and T5 small, on', ['BERT large', 'T5 small']],
    ['Qwen 2.5-7B, LLaMA 3.2-3B and Gemini 2.5 Flash-Lite', ['Qwen 2.5-7B', 'LLaMA 3.2-3B', 'Gemini 2.5 Flash-Lite']],
    ['ViT-B/32, ViT-L/14 and YOLOv8n-seg', ['ViT-B/32', 'ViT-L/14', 'YOLOv8n-seg']],
  ])('%s → %j', (text, expected) => {
    expect(surfaces(findModelNames, text)).toEqual(expected);
  });

  it.each([
    ['BERT-based encoders', ['BERT']],
    ['ResNet50 0.566 and ChatGLM2 50 times faster', ['ResNet50', 'ChatGLM2']],
    ['the GPT-4 base model', ['GPT-4']],
    ['CLIP large-scale pretraining and a BERT small model', ['CLIP', 'BERT']],
    ['CLIP Vision-Language Knowledge', ['CLIP']],
    ['GPT-4/GPT-3.5 and BERT 12-layer encoders', ['GPT-4', 'GPT-3.5', 'BERT']],
    ['Philosophy and CLIPScore', []],
  ])('stops where prose starts: %s → %j', (text, expected) => {
    expect(surfaces(findModelNames, text)).toEqual(expected);
  });

  it.each([
    ['Fara-7B: An Efficient Agentic Model', ['Fara-7B']],
    ['we train ReasonIR-8B and Mathstral-7B-v0.1.', ['ReasonIR-8B', 'Mathstral-7B-v0.1']],
    ['EuroLLM 1.7B Instruct', ['EuroLLM 1.7B']],
    ['AgriChain-VL3B and GPT-OSS-20B', ['AgriChain-VL3B', 'GPT-OSS-20B']],
    ['our 14B model, a 59M-parameter encoder, LiDAR-256 and The 7B variant', []],
    ['we curate TreeOfLife-200M and pretrain on JFT-300M', []],
  ])('names with a parameter count are models: %s → %j', (text, expected) => {
    expect(surfaces(findSizedModelNames, text)).toEqual(expected);
  });

  it.each([
    ['SeedEdit 3.0 beats SeedEdit 1.6 and HunyuanVideo 1.5.', ['SeedEdit 3.0', 'SeedEdit 1.6', 'HunyuanVideo 1.5']],
    ['BioCLIP 2: scaling. We train BioCLIP 2 on data.', ['BioCLIP 2', 'BioCLIP 2']],
    ['GSM8K 2 times; MMLU 62.5, HumanEval 71.3 points, Table 2, ML-SUPERB 2.0 and MATH 3.5x faster', []],
  ])('coined names with a release number are models: %s → %j', (text, expected) => {
    expect(surfaces(findVersionedModelNames, text)).toEqual(expected);
  });

  it('takes a whole release number written once after a model the lexicon knows', () => {
    const text = 'We compare SigLIP 2 and SAM 3 with FooNet 2 on COCO.';
    const known = (name: string): boolean => name === 'SigLIP' || name === 'SAM';
    expect(findVersionedModelNames(text, known).map((m) => m.name)).toEqual(['SigLIP 2', 'SAM 3']);
    expect(findVersionedModelNames(text).map((m) => m.name)).toEqual([]);
  });

  it('takes the release number after a known model of several words, from the longest run of words that names it', () => {
    const known = (name: string): boolean => name === 'Segment Anything Model';
    expect(
      findVersionedModelNames('We Adopt Segment Anything Model 3 here; Segment Anything Model 2.1 too.', known).map((m) => m.name),
    ).toEqual(['Segment Anything Model 3', 'Segment Anything Model 2.1']);
    expect(findVersionedModelNames('A Segment Anything Model 3 times.', () => false)).toEqual([]);
  });
});
