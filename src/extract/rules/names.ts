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
  'AI', 'ML', 'NLP', 'LLM', 'LLMs', 'LM', 'LMs', 'VLM', 'VLMs', 'MLLM', 'MLLMs', 'GPU', 'GPUs', 'CPU', 'CPUs', 'TPU',
  'TPUs', 'API', 'APIs', 'SOTA', 'II', 'III', 'IV', 'VI', 'OK', 'USA', 'US', 'UK', 'EU', 'PhD', 'ID', 'IDs', 'OOD',
  'IID', 'PDE', 'PDEs', 'ODE', 'ODEs', 'MDP', 'MDPs', 'QA', 'RL', 'DL', 'CV', 'NN', 'NNs', 'DNN', 'DNNs', 'CNN', 'CNNs',
  'RNN', 'RNNs', 'GNN', 'GNNs', 'KB', 'MB', 'GB', 'TB', 'FLOPs', 'FLOP', 'TFLOPs', 'RAM', 'I/O', 'IoT', 'SQL', 'HTML',
  'JSON', 'PDF', 'URL', 'HTTP', 'AUC', 'F1', 'ROC', 'MSE', 'MAE', 'RMSE', 'BLEU', 'ROUGE', 'FID', 'PSNR', 'SSIM', 'TTS',
  'ASR', 'OCR', 'RGB', 'RGB-D', 'BEV', 'NeRF', 'NeRFs', 'KL', 'SGD', 'CoT', 'ICL', 'RAG', 'SFT', 'PEFT', 'RLHF', 'DPO',
  'PPO', 'VAE', 'VAEs', 'GAN', 'GANs', 'MoE', 'MoEs', 'SSM', 'SSMs', 'LoRA', 'AR', 'NAR', 'IR', 'ViT', 'ViTs', 'SOTA',
]);

export function isGenericAcronym(word: string): boolean {
  return NOT_NAMES.has(word);
}
