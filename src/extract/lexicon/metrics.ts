import type { LexiconEntry } from '../lexicon.js';

// Evaluation measures with lowercase canonical names, as the evaluation literature writes them.
const x = (name: string, aliases: string[] = [], caseSensitive = false): LexiconEntry => ({ name, type: 'metric', aliases, caseSensitive });

export const METRICS: readonly LexiconEntry[] = [
  x('accuracy', ['top-1 accuracy', 'top-5 accuracy', 'classification accuracy']), x('precision'), x('recall'), x('F1-score', ['F1 score', 'F1', 'F-score', 'F1-measure', 'macro-F1', 'micro-F1']),
  x('AUC', ['AUROC', 'ROC-AUC', 'area under the curve', 'AUC-ROC']), x('AUPRC', ['PR-AUC']), x('perplexity', ['PPL']), x('BLEU'), x('ROUGE', ['ROUGE-L', 'ROUGE-1', 'ROUGE-2']),
  x('METEOR', [], true), x('CIDEr'), x('BERTScore'), x('chrF'), x('word error rate', ['WER']), x('character error rate', ['CER']), x('exact match', ['EM']),
  x('mean average precision', ['mAP']), x('intersection over union', ['IoU', 'mIoU', 'mean IoU']), x('FID', ['Fréchet Inception Distance', 'Frechet Inception Distance']), x('FVD', ['Fréchet Video Distance']),
  x('Inception Score', ['IS'], true), x('CLIP score', ['CLIPScore']), x('PSNR', ['peak signal-to-noise ratio']), x('SSIM', ['structural similarity']), x('LPIPS'),
  x('mean squared error', ['MSE']), x('mean absolute error', ['MAE']), x('root mean squared error', ['RMSE']), x('MAPE'), x('R2', ['R^2', 'coefficient of determination'], true),
  x('pass@k', ['pass@1', 'pass@10', 'pass@100']), x('win rate', ['win-rate']), x('success rate'), x('speedup', ['speed-up']), x('throughput'), x('latency'), x('inference time'),
  x('regret', ['cumulative regret', 'Bayesian regret']), x('cumulative reward', ['average return']), x('coverage'), x('NDCG', ['nDCG']), x('MRR', ['mean reciprocal rank']),
  x('Recall@k', ['Recall@1', 'Recall@5', 'Recall@10', 'R@1', 'R@5']), x('Hits@k', ['Hits@1', 'Hits@10']), x('equal error rate', ['EER']), x('MOS', ['mean opinion score']),
  x('sample complexity'), x('query complexity'), x('calibration error', ['ECE', 'expected calibration error']), x('memory usage', ['memory footprint']), x('FLOPs'), x('wall-clock time', ['wall clock time']),
  x('sensitivity'), x('specificity'), x('Dice score', ['Dice coefficient', 'Dice']), x('Spearman correlation', ["Spearman's rank correlation"]), x('Pearson correlation'), x('log-likelihood', ['negative log-likelihood', 'NLL']), x('bits per dimension', ['bits/dim']),
];
