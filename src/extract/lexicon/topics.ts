import type { TopicDefinition } from '../topics.js';

// papergraph's research-area taxonomy: broad, stable areas a researcher browses by. Signals are
// the words and phrases whose presence makes an area likely (weights 1 to 3). "Computer vision" and
// "Natural language processing" were dropped: they covered a large share of all papers, so they told
// a reader little and linked unrelated papers (the held-out topic-pair scores rose without them).
const topic = (name: string, signals: [string, number][], requires?: string): TopicDefinition => ({
  name,
  signals: signals.map(([pattern, weight]) => [new RegExp(String.raw`\b(?:${pattern})`, 'i'), weight] as const),
  ...(requires ? { requires: new RegExp(String.raw`\b(?:${requires})`, 'i') } : {}),
});

export const TOPICS: readonly TopicDefinition[] = [
  topic('Efficient attention & sequence models', [
    ['(?:linear|sparse|efficient|sub-?quadratic|flash) ?attention', 3],
    ['state[- ]space models?|SSMs?\\b|Mamba|RWKV|xLSTM|recurren', 3],
    ['long[- ]context|long sequences?|context length', 2],
    ['quadratic (?:time|complexity|cost)', 2],
    ['attention (?:mechanism|matrix|layers?)', 1],
    ['transformers?\\b', 1],
  ]),
  topic('Test-time compute & inference', [
    ['test[- ]time (?:compute|scaling)|inference[- ]time (?:compute|scaling)', 3],
    ['repeated sampling|best-of-n|majority vot', 3],
    ['speculative decoding|decoding speed|draft model', 3],
    ['verifiers?\\b|reward models?', 2],
    ['inference compute|inference cost', 2],
    ['sampling (?:budget|from large)|number of samples', 1],
    ['decoding', 1],
  ]),
  topic('Generative models & diffusion', [
    ['diffusion models?|denoising diffusion|score-based', 3],
    ['flow matching|normalizing flows?|rectified flow|Schr[öo]dinger bridge', 3],
    ['generative models?|GANs?\\b|VAEs?\\b', 2],
    ['image generation|text-to-image|image synthesis', 2],
    ['sampling steps|denois', 1],
  ]),
  topic('Reinforcement learning & bandits', [
    ['reinforcement learning|\\bRL\\b|RLHF', 3],
    ['bandits?\\b|regret', 3],
    ['online learning|adversarial (?:losses|environments?)', 2],
    ['MDPs?\\b|Markov decision', 3],
    ['polic(?:y|ies)\\b', 1],
    ['reward', 1],
    ['Thompson sampling|exploration', 2],
  ]),
  topic('Optimization & learning theory', [
    ['convergence (?:rate|analysis|guarantee)|converges?', 2],
    ['gradient descent|SGD|optimi[sz]ers?\\b|learning rate', 2],
    ['(?:upper|lower) bounds?|theoretical (?:analysis|guarantees?)', 2],
    ['sample complexity|generalization bound|minimax', 3],
    ['convex|non-?convex|submodular', 3],
    ['least[- ]squares|approximation error|theorem', 2],
  ]),
  topic('Time series & temporal data', [
    ['time[- ]series', 3],
    ['forecasting', 3],
    ['temporal point process|event sequences?', 3],
    ['temporal (?:data|dependenc)', 2],
    ['EEG|ECG|sensor data', 2],
  ]),
  topic('Data curation & datasets', [
    ['data selection|data curation|data filtering|data mixture', 3],
    ['(?:new|novel|large-scale) (?:dataset|benchmark)', 2],
    ['training data quality|synthetic data', 2],
    ['annotat', 1],
    ['datasets?\\b', 1],
  ]),
  topic('Speech & audio', [
    ['speech|spoken', 3],
    ['audio|acoustic', 3],
    ['speaker|voice|ASR\\b|TTS\\b', 2],
    ['music', 2],
  ]),
  topic('Video understanding & generation', [
    ['videos?\\b', 3],
    ['frames?\\b|temporal (?:consistency|coherence)', 1],
    ['action recognition|video understanding|video generation', 3],
  ]),
  topic(
    'LLM evaluation, agents & safety',
    [
      ['benchmark(?:ing)? (?:LLMs?|language models)|evaluat\\w+ (?:of )?(?:LLMs?|large language models)', 3],
      ['agents?\\b|agentic|tool use', 3],
      ['bias|fairness|toxic|safety|jailbreak|alignment', 2],
      ['hallucinat', 3],
      ['large language models?|LLMs?\\b', 1],
      ['human preference|LLM-as-a-judge|judges?\\b', 2],
    ],
    // Bias, safety, alignment and agents belong here only when language models are the subject.
    'LLMs?\\b|large language models?|language models?|GPT|ChatGPT|chatbots?',
  ),
  topic('Code generation & software engineering', [
    ['code generation|code synthesis|program synthesis|coding', 3],
    ['software|GitHub issues|bugs?\\b|program repair', 3],
    ['HumanEval|MBPP|SWE-bench', 3],
    ['programs?\\b|code\\b', 1],
  ]),
  topic('Fine-tuning & transfer learning', [
    ['parameter[- ]efficient|LoRA|adapters?\\b|prompt tuning|prefix tuning', 3],
    ['fine-?tun\\w+', 2],
    ['transfer learning|domain adaptation|pre-?trained', 2],
    ['instruction tuning|distillation', 2],
  ]),
  topic('Distributed & parallel training systems', [
    ['distributed training|data parallel|model parallel|pipeline parallel|tensor parallel', 3],
    ['GPUs?\\b|TPUs?\\b|accelerators?|clusters?', 2],
    ['throughput|communication (?:cost|overhead)|memory footprint', 2],
    ['systems?\\b', 1],
  ]),
  topic('Graphs & relational learning', [
    ['graph neural|GNNs?\\b|message passing', 3],
    ['graphs?\\b|nodes?\\b|edges?\\b', 1],
    ['knowledge graphs?|molecul', 2],
  ]),
  topic('Robotics & embodied AI', [
    ['robots?|robotic|manipulation', 3],
    ['embodied|navigation|locomotion', 3],
    ['sim-to-real|control', 1],
  ]),
  topic('Healthcare & science', [
    ['clinical|medical|patients?|disease|diagnos', 3],
    ['protein|molecul|drug|genom|chemistry|physics', 3],
    ['EEG|MRI|health', 2],
  ]),
];
