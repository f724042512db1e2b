import type { TopicDefinition } from '../topics.js';

// papergraph's research-area taxonomy: broad, stable areas a researcher browses by. Signals are
// the words and phrases whose presence makes an area likely (weights 1 to 3), written as real words
// and matched on whole words with plurals folded: each form that counts is listed ("genome", "genomic").
// "Computer vision" and "Natural language processing" were dropped: they covered a large share of
// all papers, so they told a reader little and linked unrelated papers (the held-out topic-pair
// scores rose without them).
const topic = (name: string, signals: [string, number][], requires?: string): TopicDefinition => ({
  name,
  signals: signals.map(([phrases, weight]) => [phrases.split('|'), weight] as const),
  ...(requires ? { requires: requires.split('|') } : {}),
});

export const TOPICS: readonly TopicDefinition[] = [
  topic('Efficient attention & sequence models', [
    [
      'linear attention|sparse attention|efficient attention|subquadratic attention|sub-quadratic attention|flash attention|FlashAttention',
      3,
    ],
    ['state space model|SSM|Mamba|RWKV|xLSTM|recurrent|recurrence|recurrently', 3],
    ['long context|long sequence|context length', 2],
    ['quadratic time|quadratic complexity|quadratic cost', 2],
    ['attention mechanism|attention matrix|attention layer', 1],
    ['transformer', 1],
  ]),
  topic('Test-time compute & inference', [
    ['test-time compute|test-time scaling|inference-time compute|inference-time scaling', 3],
    ['repeated sampling|best-of-n|majority voting|majority vote', 3],
    ['speculative decoding|decoding speed|draft model', 3],
    ['verifier|reward model', 2],
    ['inference compute|inference cost', 2],
    ['sampling budget|sampling from large|number of samples', 1],
    ['decoding', 1],
  ]),
  topic('Generative models & diffusion', [
    ['diffusion model|denoising diffusion|score-based', 3],
    ['flow matching|normalizing flow|rectified flow|Schrödinger bridge|Schrodinger bridge', 3],
    ['generative model|GAN|VAE', 2],
    ['image generation|text-to-image|image synthesis', 2],
    ['sampling steps|denoising|denoise|denoised|denoiser', 1],
  ]),
  topic('Reinforcement learning & bandits', [
    ['reinforcement learning|RL|RLHF', 3],
    ['bandit|regret', 3],
    ['online learning|adversarial losses|adversarial environment', 2],
    ['MDP|Markov decision', 3],
    ['policy|policies', 1],
    ['reward', 1],
    ['Thompson sampling|exploration', 2],
  ]),
  topic('Optimization & learning theory', [
    ['convergence rate|convergence analysis|convergence guarantee|converge|converges|converged|convergence|convergent', 2],
    ['gradient descent|SGD|optimizer|optimiser|learning rate', 2],
    ['upper bound|lower bound|theoretical analysis|theoretical guarantee', 2],
    ['sample complexity|generalization bound|minimax', 3],
    ['convex|nonconvex|non-convex|submodular', 3],
    ['least squares|approximation error|theorem', 2],
  ]),
  topic('Time series & temporal data', [
    ['time series|timeseries', 3],
    ['forecasting|forecast', 3],
    ['temporal point process|event sequence', 3],
    ['temporal data|temporal dependency|temporal dependence|temporal dependencies', 2],
    ['EEG|ECG|sensor data', 2],
  ]),
  topic('Data curation & datasets', [
    ['data selection|data curation|data filtering|data mixture', 3],
    ['new dataset|novel dataset|large-scale dataset|new benchmark|novel benchmark|large-scale benchmark', 2],
    ['training data quality|synthetic data', 2],
    ['annotation|annotator|annotate|annotated|annotating', 1],
    ['dataset', 1],
  ]),
  topic('Speech & audio', [
    ['speech|spoken', 3],
    ['audio|acoustic', 3],
    ['speaker|voice|ASR|TTS', 2],
    ['music', 2],
  ]),
  topic('Video understanding & generation', [
    ['video', 3],
    ['frame|temporal consistency|temporal coherence', 1],
    ['action recognition|video understanding|video generation', 3],
  ]),
  topic(
    'LLM evaluation, agents & safety',
    [
      [
        'benchmarking LLMs|benchmarking language models|evaluating LLMs|evaluation of LLMs|evaluating large language models|evaluation of large language models',
        3,
      ],
      ['agent|agentic|tool use', 3],
      ['bias|biased|biases|fairness|toxic|toxicity|safety|jailbreak|jailbreaking|alignment', 2],
      ['hallucination|hallucinate|hallucinated|hallucinating', 3],
      ['large language model|LLM', 1],
      ['human preference|LLM-as-a-judge|judge', 2],
    ],
    // Bias, safety, alignment and agents belong here only when language models are the subject.
    'LLM|large language model|language model|GPT|ChatGPT|chatbot',
  ),
  topic('Code generation & software engineering', [
    ['code generation|code synthesis|program synthesis', 3],
    ['software|GitHub issues|bug|program repair', 3],
    ['HumanEval|MBPP|SWE-bench', 3],
    ['program|code', 1],
    // "coding" is as often source, speech or sparse coding: 62 of the 279 training abstracts with it have this
    // topic. Even in the title it adds to other signals and never makes the topic alone.
    ['coding', 0.5],
  ]),
  topic('Fine-tuning & transfer learning', [
    ['parameter-efficient|LoRA|adapter|prompt tuning|prefix tuning', 3],
    ['fine-tuning|fine-tuned|fine-tune|finetuning|finetuned|finetune', 2],
    ['transfer learning|domain adaptation|pretrained|pre-trained', 2],
    ['instruction tuning|distillation', 2],
  ]),
  topic('Distributed & parallel training systems', [
    ['distributed training|data parallel|model parallel|pipeline parallel|tensor parallel', 3],
    ['GPU|TPU|accelerator|cluster', 2],
    ['throughput|communication cost|communication overhead|memory footprint', 2],
    ['system', 1],
  ]),
  topic('Graphs & relational learning', [
    ['graph neural|GNN|message passing', 3],
    ['graph|node|edge', 1],
    ['knowledge graph|molecule|molecular', 2],
  ]),
  topic('Robotics & embodied AI', [
    ['robot|robotic|robotics|manipulation', 3],
    ['embodied|navigation|locomotion', 3],
    ['sim-to-real|control', 1],
  ]),
  topic('Healthcare & science', [
    ['clinical|medical|patient|disease|diagnosis|diagnostic|diagnose|diagnosed|diagnoses', 3],
    ['protein|molecule|molecular|drug|genome|genomic|genomics|chemistry|physics', 3],
    ['EEG|MRI|health|healthcare', 2],
  ]),
];
