/**
 * Whether a token looks like a coined name rather than an English word: inner capitals
 * ("HyperAttention", "LiPCoT"), capitals with digits ("GSM8K", "ChatGLM2"), or an all-capital
 * word of two or more letters ("MATH", "SpecTr" qualifies by its inner capital).
 */
export function isCoinedName(word: string): boolean {
  if (word.length < 2 || !/\p{L}/u.test(word)) return false;
  if (/^\p{Lu}[\p{Ll}]+$/u.test(word)) return false;
  if (/^[\p{Ll}]+$/u.test(word)) return false;
  if (/^\d/.test(word) && !/\p{Lu}/u.test(word)) return false;
  return /\p{Ll}\p{Lu}|\p{Lu}{2}|\p{Lu}.*\d|\d.*\p{Lu}|^\p{Lu}[\p{Ll}]+-\p{Lu}/u.test(word);
}

// Capitalised or coined words that are prose, units or roman numerals, not entity names.
const NOT_NAMES = new Set([
  'AI',
  'ML',
  'NLP',
  'LLM',
  'LLMs',
  'LM',
  'LMs',
  'VLM',
  'VLMs',
  'MLLM',
  'MLLMs',
  'GPU',
  'GPUs',
  'CPU',
  'CPUs',
  'TPU',
  'TPUs',
  'RTX',
  'GTX',
  // Sensors and modalities: what the data is, not an entity of the paper.
  'LiDAR',
  'LIDAR',
  'RGB',
  'RGB-D',
  'GPS',
  'IMU',
  'EEG',
  'ECG',
  'MRI',
  'fMRI',
  'API',
  'APIs',
  'SOTA',
  'II',
  'III',
  'IV',
  'VI',
  'OK',
  'USA',
  'US',
  'UK',
  'EU',
  'PhD',
  'ID',
  'IDs',
  'OOD',
  'IID',
  'PDE',
  'PDEs',
  'ODE',
  'ODEs',
  'MDP',
  'MDPs',
  'QA',
  'RL',
  'DL',
  'CV',
  'NN',
  'NNs',
  'DNN',
  'DNNs',
  'CNN',
  'CNNs',
  'RNN',
  'RNNs',
  'GNN',
  'GNNs',
  'KB',
  'MB',
  'GB',
  'TB',
  'FLOPs',
  'FLOP',
  'TFLOPs',
  'RAM',
  'I/O',
  'IoT',
  'SQL',
  'HTML',
  'JSON',
  'PDF',
  'URL',
  'HTTP',
  'AUC',
  'F1',
  'ROC',
  'MSE',
  'MAE',
  'RMSE',
  'BLEU',
  'ROUGE',
  'FID',
  'PSNR',
  'SSIM',
  'TTS',
  'ASR',
  'OCR',
  'RGB',
  'RGB-D',
  'BEV',
  'NeRF',
  'NeRFs',
  'KL',
  'SGD',
  'CoT',
  'ICL',
  'RAG',
  'SFT',
  'PEFT',
  'RLHF',
  'DPO',
  'PPO',
  'VAE',
  'VAEs',
  'GAN',
  'GANs',
  'MoE',
  'MoEs',
  'SSM',
  'SSMs',
  'LoRA',
  'AR',
  'NAR',
  'IR',
  'ViT',
  'ViTs',
  'SOTA',
]);

// Venues, hosts and the organisations that release models are named in abstracts but are not
// methods, datasets or models.
const VENUES = new Set([
  'NeurIPS',
  'NIPS',
  'ICML',
  'ICLR',
  'AAAI',
  'IJCAI',
  'CVPR',
  'ICCV',
  'ECCV',
  'ACL',
  'EMNLP',
  'NAACL',
  'COLING',
  'KDD',
  'SIGIR',
  'WWW',
  'UAI',
  'AISTATS',
  'COLT',
  'TMLR',
  'JMLR',
  'arXiv',
  'GitHub',
  'GitLab',
  'HuggingFace',
  'OpenReview',
  'PyTorch',
  'TensorFlow',
  'JAX',
  'ArXiv',
  'OpenAI',
  'Google',
  'Microsoft',
  'Anthropic',
  'DeepMind',
  'NVIDIA',
  'Alibaba',
  'Baidu',
  'Tencent',
  'ByteDance',
  'IBM',
]);

export function isGenericAcronym(word: string): boolean {
  return NOT_NAMES.has(word) || isVenueOrHost(word);
}

/** A venue, code host or organisation ("NeurIPS'24", "GitHub", "OpenAI"). */
export function isVenueOrHost(word: string): boolean {
  return VENUES.has(word.replace(/['’]\d+$/, ''));
}

// The accelerators speeds are reported on ("17.8x on H100, 16.5x on RTX 3090"): NVIDIA's data-centre and
// consumer GPUs, Google's TPUs, AMD's Instinct: hardware, never a dataset, model or method.
const HARDWARE =
  /^(?:NVIDIA\s+)?(?:[ABHLPVK]\d{2,3}[GS]?|G[HB]\d{3}|(?:RTX|GTX)\s?A?\d{3,4}(?:\s?Ti)?|TPU\s?v?\d+[a-z]?|MI\d{3}X?)(?:\s?GPUs?)?$/i;

/** A GPU or other accelerator ("H100", "A100 GPUs", "RTX 3090", "TPU v4", "MI300X"). */
export function isHardware(words: string): boolean {
  return HARDWARE.test(words);
}

/** A version on its own ("V2", "v1.5"): what a name may carry, never a name. */
export function isBareVersion(word: string): boolean {
  return /^v\d+(?:\.\d+)*$/i.test(word);
}

/** A count or size on its own ("14B", "1.2M", "5K"): what a name may carry, never a name. */
export function isBareQuantity(word: string): boolean {
  return /^\d[\d.,]*\s?[KMBTkmbt]?$/.test(word);
}

/** A coined word that can stand alone as a name: three characters or more, no venue-year suffix. */
export function isStandaloneName(word: string): boolean {
  return word.length >= 3 && !/['’]/.test(word) && isCoinedName(word) && !isGenericAcronym(word);
}
