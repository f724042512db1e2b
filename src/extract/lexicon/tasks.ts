import type { LexiconEntry } from '../lexicon.js';

// Research problems and application tasks, short canonical lowercase names.
const k = (name: string, aliases: string[] = []): LexiconEntry => ({ name, type: 'task', aliases });

export const TASKS: readonly LexiconEntry[] = [
  k('language modeling', ['language modelling']), k('machine translation'), k('question answering', ['QA']), k('summarization', ['text summarization', 'summarisation']),
  k('text classification'), k('sentiment analysis'), k('named entity recognition', ['NER']), k('natural language inference', ['NLI']), k('information retrieval'),
  k('code generation'), k('code synthesis', ['program synthesis']), k('code completion'), k('program repair', ['automated program repair', 'bug fixing']), k('software engineering'),
  k('mathematical reasoning', ['math reasoning']), k('math word problems', ['math word problem solving']), k('theorem proving', ['formal theorem proving', 'formal proofs']), k('commonsense reasoning'),
  k('image classification'), k('object detection'), k('semantic segmentation'), k('instance segmentation'), k('image segmentation'), k('image generation'), k('text-to-image generation'),
  k('image captioning'), k('visual question answering', ['VQA']), k('video generation'), k('text-to-video generation'), k('video understanding'), k('long video understanding'),
  k('action recognition'), k('video question answering', ['video QA']), k('depth estimation'), k('pose estimation'), k('3D reconstruction'), k('novel view synthesis'), k('image editing'),
  k('speech recognition', ['automatic speech recognition', 'ASR']), k('text-to-speech', ['TTS', 'speech synthesis']), k('speaker verification'), k('audio generation'), k('music generation'),
  k('time series forecasting'), k('time series classification'), k('anomaly detection'), k('recommendation', ['recommender systems']), k('link prediction'), k('node classification'), k('graph classification'),
  k('molecule generation', ['molecular generation']), k('protein structure prediction'), k('drug discovery'), k('autonomous driving'), k('robot manipulation', ['robotic manipulation']),
  k('long-context modeling', ['long-context language modeling']), k('instruction following'), k('dialogue', ['dialogue generation']), k('reasoning'), k('planning'), k('decision making'),
  k('function approximation'), k('density estimation'), k('causal inference'), k('out-of-distribution detection', ['OOD detection']), k('hate speech detection'), k('fact checking', ['fact verification']),
];
