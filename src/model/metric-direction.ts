/**
 * Which way a metric is better, told from its name (and a time unit): lower when the name says it
 * measures an error, a loss, a distance or a cost, or the value is a time; higher when the name says it
 * measures accuracy, overlap, quality, a score or a rate of success; otherwise unknown.
 *
 * | direction | when                                                                                    |
 * | --------- | --------------------------------------------------------------------------------------- |
 * | unknown   | the name says it is an attack success rate (ASR): better for an attack, worse for a defence |
 * | lower     | the name contains error, loss, perplexity (ppl), latency, runtime, time, FID, FVD, FAD, KID, LPIPS, DISTS, NIQE, BRISQUE, MSE, RMSE, MAE, MAPE, MASE, CRPS, Brier, ECE, NLL (negative log-likelihood), WER, CER, DER, TPOT, TER, EER, FPR, FNR, false positive/negative, EPE, AbsRel, distance, EMD, divergence, distortion (MCD), regret, MPJPE, ADE, FDE, Chamfer, hallucination, cost, memory, energy, real-time factor (RTF), Self-BLEU, bits per (bits/dim, bpc, bpd); or the unit is `ms`, `s`, `min`, `h` |
 * | higher    | the name contains accuracy, precision, recall, F1, F-score/measure, AUC, AUROC, AUPRC, area under (the curve), AP, mAP, IoU, Dice, Jaccard, BLEU, ROUGE, METEOR, CIDEr, BERTScore, chrF, COMET, SARI, MAUVE, distinct, exact match (EM), Inception Score, CLIP score, PSNR, SSIM (structural similarity), SNR (signal-to-noise), SDR, PESQ, STOI, MOS, VMAF, MUSIQ, R², pass@, win rate, success rate, hit rate, Hits@, R@k, speedup, throughput, tokens per second, MFU, reward, return, NDCG, MRR, correlation, Spearman, Pearson, Kendall, kappa (κ), MCC, log-likelihood, ELBO, Elo, sensitivity, specificity, TPR, PPV, NPV, panoptic quality, NDS (nuScenes detection score), MOTA, IDF1, HOTA, G-mean, C-index |
 * | unknown   | anything else ("coverage", "FLOPs", "approximation ratio", "score", no metric and no time unit) |
 */
export type MetricDirection = 'higher' | 'lower';

const AMBIGUOUS = /attack success rate|\basr\b/i;
const LOWER_IS_BETTER =
  /(?:error|loss|perplexity|\bppl\b|latency|runtime|\btime\b|\bfid\b|\bfvd\b|\bfad\b|\bkid\b|lpips|\bdists\b|niqe|brisque|\bmse\b|\brmse\b|\bmae\b|mape\b|\bmase\b|\bcrps\b|brier|\bece\b|negative log|\bnll\b|\bwer\b|\bcer\b|\bder\b|\btpot\b|\bter\b|\beer\b|\bfpr\d*\b|\bfnr\b|false positive|false negative|\bepe\b|absrel|distance|\bemd\b|divergence|distortion|\bmcd\b|regret|mpjpe|\bade\b|\bfde\b|chamfer|hallucination|\bcost\b|memory|energy|real-time factor|\brtf\b|self-bleu|bits per|bits ?\/ ?dim|\bbp[cd]\b)/i;
const HIGHER_IS_BETTER =
  /(?:accuracy|precision|recall|\bf1\b|f-score|f-measure|\bauc\b|auroc|auprc|area under|\bm?ap(?:\d+|[sml])?\b|\bm?iou\b|intersection over union|\bdice\b|jaccard|bleu|rouge|meteor|cider|bertscore|chrf|\bcomet\b|\bsari\b|mauve|distinct|exact match|\bem\b|inception score|clip ?score|psnr|ssim|structural similarity|\bsnr\b|signal-to-noise|\bsdr\b|\bpesq\b|\bstoi\b|\bmos\b|opinion score|vmaf|musiq|\br2\b|r\^2|r-squared|coefficient of determination|pass@|win[ -]rate|success rate|hit rate|hits@|\br@\d|speed-?up|throughput|tokens per second|\bmfu\b|flops utilization|reward|\breturn\b|ndcg|discounted cumulative gain|\bmrr\b|reciprocal rank|correlation|spearman|pearson|kendall|kappa|κ|\bmcc\b|log[- ]?likelihood|\belbo\b|evidence lower bound|\belo\b|sensitivity|specificity|\btpr\b|true positive|\bppv\b|\bnpv\b|predictive value|panoptic quality|\bpq\b|\bnds\b|detection score|\bmota\b|\bidf1\b|\bhota\b|g-mean|c-index|concordance)/i;
const TIME_UNITS = new Set(['ms', 's', 'min', 'h']);

/** The way a metric is better, or undefined when neither its name nor a time unit tells. */
export function metricDirection(metric: string | undefined, unit?: string): MetricDirection | undefined {
  if (metric !== undefined && AMBIGUOUS.test(metric)) return undefined;
  if ((metric !== undefined && LOWER_IS_BETTER.test(metric)) || (unit !== undefined && TIME_UNITS.has(unit))) return 'lower';
  if (metric !== undefined && HIGHER_IS_BETTER.test(metric)) return 'higher';
  return undefined;
}

/** Whether the name (or a time unit) tells which way the metric is better; results of the others are not ranked. */
export function directionKnown(metric: string | undefined, unit?: string): boolean {
  return metricDirection(metric, unit) !== undefined;
}
