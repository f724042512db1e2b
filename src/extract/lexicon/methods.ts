import type { LexiconEntry } from '../lexicon.js';

// Named techniques, architectures and procedures in common use (sources: standard textbooks and
// survey papers; the original papers for named methods).
const t = (name: string, aliases: string[] = [], caseSensitive = false): LexiconEntry => ({ name, type: 'method', aliases, caseSensitive });

export const METHODS: readonly LexiconEntry[] = [
  t('Transformer', ['Transformers', 'transformer architecture']), t('attention mechanism'), t('self-attention'), t('multi-head attention'), t('cross-attention'), t('linear attention'),
  t('sparse attention'), t('FlashAttention', ['Flash Attention', 'FlashAttention-2']), t('PagedAttention'), t('sliding window attention'), t('grouped-query attention', ['GQA'], false),
  t('multi-query attention', ['MQA']), t('rotary position embedding', ['RoPE', 'rotary embeddings']), t('ALiBi'), t('state space model', ['SSM', 'state-space model', 'state space models']),
  t('Mamba', [], true), t('S4', [], true), t('RWKV'), t('xLSTM'), t('RetNet'), t('Hyena', [], true), t('RNN', ['recurrent neural network']), t('LSTM', ['long short-term memory']), t('GRU', ['gated recurrent unit']),
  t('convolutional neural network', ['CNN', 'ConvNet']), t('graph neural network', ['GNN']), t('graph convolutional network', ['GCN']), t('graph attention network', ['GAT'], true),
  t('Vision Transformer', ['ViT']), t('U-Net', ['UNet']), t('ResNet'), t('mixture of experts', ['MoE', 'mixture-of-experts', 'Mixture-of-Experts']), t('variational autoencoder', ['VAE']),
  t('generative adversarial network', ['GAN', 'generative adversarial networks']), t('diffusion model', ['diffusion models', 'denoising diffusion probabilistic model', 'DDPM']), t('DDIM'),
  t('latent diffusion model', ['LDM', 'latent diffusion']), t('score-based generative model', ['score-based model']), t('flow matching'), t('rectified flow'), t('normalizing flow', ['normalizing flows']),
  t('classifier-free guidance', ['CFG'], false), t('consistency model', ['consistency models']), t('Schrödinger bridge', ['Schrodinger bridge']), t('neural radiance field', ['NeRF']), t('3D Gaussian Splatting', ['3DGS', 'Gaussian Splatting']),
  t('speculative decoding'), t('beam search'), t('greedy decoding'), t('nucleus sampling', ['top-p sampling']), t('top-k sampling'), t('Best-of-N sampling', ['Best-of-N', 'best-of-n']),
  t('majority voting', ['majority vote', 'self-consistency']), t('repeated sampling'), t('Monte Carlo tree search', ['MCTS']), t('tree search'), t('chain-of-thought', ['CoT', 'chain-of-thought prompting', 'chain of thought']),
  t('tree of thoughts', ['ToT']), t('in-context learning', ['ICL']), t('few-shot prompting'), t('retrieval-augmented generation', ['RAG']), t('ReAct', [], true), t('Reflexion'),
  t('reward model', ['reward models', 'reward modeling']), t('process reward model', ['PRM']), t('outcome reward model', ['ORM'], true),
  t('reinforcement learning from human feedback', ['RLHF']), t('direct preference optimization', ['DPO', 'Direct Preference Optimization']), t('proximal policy optimization', ['PPO']),
  t('group relative policy optimization', ['GRPO']), t('REINFORCE', [], true), t('Q-learning'), t('deep Q-network', ['DQN']), t('actor-critic'), t('soft actor-critic', ['SAC'], false), t('policy gradient', ['policy gradients']),
  t('Thompson sampling'), t('upper confidence bound', ['UCB']), t('LinUCB'), t('epsilon-greedy', ['ε-greedy']), t('model-based reinforcement learning', ['model-based RL']), t('offline reinforcement learning', ['offline RL']),
  t('imitation learning'), t('behavior cloning', ['behaviour cloning']), t('inverse reinforcement learning', ['IRL'], true), t('multi-armed bandit', ['multi-armed bandits']),
  t('supervised fine-tuning', ['SFT']), t('instruction tuning', ['instruction-tuning']), t('LoRA', ['low-rank adaptation', 'Low-Rank Adaptation']), t('QLoRA'), t('prefix tuning', ['prefix-tuning']),
  t('prompt tuning'), t('adapter tuning', ['adapters']), t('parameter-efficient fine-tuning', ['PEFT']), t('knowledge distillation', ['distillation']), t('quantization'), t('pruning'),
  t('mixed precision training', ['mixed-precision training']), t('gradient checkpointing'), t('data parallelism'), t('tensor parallelism'), t('pipeline parallelism'), t('ZeRO', [], true),
  t('FSDP', ['fully sharded data parallel']), t('DeepSpeed'), t('Megatron-LM'), t('federated learning'), t('contrastive learning'), t('self-supervised learning', ['self-supervised']),
  t('masked language modeling', ['MLM', 'masked language modelling']), t('masked autoencoder', ['MAE'], false), t('SimCLR'), t('MoCo'), t('BYOL'), t('knowledge graph embedding'),
  t('stochastic gradient descent', ['SGD']), t('Adam', [], true), t('AdamW'), t('gradient descent'), t('Newton method', ["Newton's method"]), t('mirror descent'), t('Frank-Wolfe'), t('ADMM'),
  t('backpropagation', ['back-propagation']), t('dropout'), t('batch normalization', ['BatchNorm', 'batch norm']), t('layer normalization', ['LayerNorm']), t('weight decay'),
  t('learning rate schedule', ['learning rate schedules']), t('cosine schedule', ['cosine annealing']), t('warmup'), t('curriculum learning'), t('active learning'), t('meta-learning', ['meta learning']),
  t('transfer learning'), t('domain adaptation'), t('continual learning'), t('multi-task learning'), t('Bayesian optimization'), t('Gaussian process', ['Gaussian processes', 'GP'], false),
  t('Markov chain Monte Carlo', ['MCMC']), t('Langevin dynamics'), t('variational inference'), t('expectation maximization', ['EM algorithm']), t('kernel methods', ['kernel method']),
  t('support vector machine', ['SVM']), t('random forest', ['random forests']), t('gradient boosting', ['XGBoost', 'LightGBM']), t('k-means', ['k-means clustering']), t('principal component analysis', ['PCA']),
  t('locality sensitive hashing', ['LSH', 'locality-sensitive hashing']), t('optimal transport', ['OT'], false), t('determinantal point process', ['DPP', 'determinantal point processes']),
  t('volume sampling'), t('importance sampling'), t('rejection sampling'), t('Gibbs sampling'), t('linear programming'), t('dynamic programming'), t('submodular optimization'),
  t('linear predictive coding', ['LPC']), t('Fourier transform', ['FFT', 'fast Fourier transform']), t('wavelet transform'), t('tokenizer', ['tokenization']), t('byte-pair encoding', ['BPE']),
  t('word2vec'), t('GloVe'), t('ELMo'), t('sequence-to-sequence', ['seq2seq']), t('encoder-decoder'), t('autoregressive model', ['autoregressive models']), t('next-token prediction'),
  t('causal masking'), t('KV cache', ['key-value cache', 'KV caching']), t('test-time training'), t('test-time scaling', ['test-time compute scaling']), t('model merging'), t('weight averaging'),
  t('neural architecture search', ['NAS'], false), t('AutoML'), t('early stopping'), t('label smoothing'), t('data augmentation'), t('mixup'), t('CutMix'), t('adversarial training'),
  t('differential privacy'), t('DP-SGD'), t('Shapley values', ['SHAP']), t('LIME', [], true), t('Grad-CAM'), t('temporal point process', ['temporal point processes', 'Hawkes process']),
  t('neural ODE', ['neural ordinary differential equations', 'Neural ODEs']), t('physics-informed neural network', ['PINN', 'PINNs']), t('Fourier neural operator', ['FNO']),
];
