import type { LexiconEntry } from '../lexicon.js';

// Released pretrained models whose names the family-shape rule cannot recognise on its own
// (sources: the model cards and release notes of each).
const m = (name: string, aliases: string[] = [], caseSensitive = false): LexiconEntry => ({ name, type: 'model', aliases, caseSensitive });

export const MODELS: readonly LexiconEntry[] = [
  m('GPT-4o', ['GPT4o']), m('GPT-4', ['GPT4']), m('GPT-3.5', ['GPT-3.5-Turbo', 'gpt-3.5-turbo']), m('GPT-3', ['GPT3']), m('GPT-2', ['GPT2']), m('ChatGPT'), m('o1', [], true), m('o3', [], true),
  m('Claude 3.5 Sonnet', ['Claude-3.5-Sonnet']), m('Claude 3 Opus'), m('Claude', [], true), m('Gemini 1.5 Pro'), m('Gemini', [], true),
  m('Llama 2', ['Llama-2', 'LLaMA-2', 'LLaMA 2', 'Llama2']), m('Llama 3', ['Llama-3', 'LLaMA-3', 'LLaMA 3', 'Llama3']), m('LLaMA', ['Llama', 'LLaMa'], true),
  m('Mistral 7B', ['Mistral-7B']), m('Mixtral 8x7B', ['Mixtral-8x7B']), m('Vicuna', [], true), m('Alpaca', [], true),
  m('BERT', [], true), m('RoBERTa'), m('T5', [], true), m('BART', [], true), m('GPT-J'), m('GPT-NeoX'), m('Pythia', [], true), m('OPT', [], true), m('BLOOM', [], true), m('Falcon', [], true),
  m('CLIP', [], true), m('BLIP-2'), m('LLaVA'), m('Stable Diffusion', ['SD']), m('SDXL'), m('DALL-E 2', ['DALL·E 2']), m('DALL-E 3'), m('Imagen', [], true), m('Sora', [], true),
  m('Whisper', [], true), m('wav2vec 2.0', ['wav2vec2', 'Wav2Vec2']), m('HuBERT'), m('Segment Anything Model', ['SAM', 'Segment Anything']), m('DINOv2'),
  m('AlphaFold', ['AlphaFold2', 'AlphaFold 2']), m('AlphaGo'), m('AlphaZero'), m('MuZero'), m('Codex', [], true), m('StarCoder'), m('Code Llama', ['CodeLlama']),
  m('ChatGLM', [], true), m('ChatGLM2'), m('Qwen', [], true), m('DeepSeek-V2'), m('DeepSeek-R1'), m('Phi-3'), m('Gemma', [], true),
];
