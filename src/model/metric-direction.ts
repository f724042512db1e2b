/**
 * Whether a smaller value of a metric is better. Higher is better unless the metric's name says it
 * measures an error, a loss or a cost (the table below), or the value is a time.
 *
 * | lower is better when the name contains                                             |
 * | ---------------------------------------------------------------------------------- |
 * | error, loss, perplexity (ppl), latency, runtime, time, FID, KID, MSE, RMSE, MAE, WER, CER, TER, EER, FPR, FNR, distance, divergence, regret, MPJPE, ADE, FDE, Chamfer, hallucination, cost, memory, bits per (bpc, bpd) |
 */
const LOWER_IS_BETTER =
  /(?:error|loss|perplexity|\bppl\b|latency|runtime|\btime\b|\bfid\b|\bkid\b|\bmse\b|\brmse\b|\bmae\b|\bwer\b|\bcer\b|\bter\b|\beer\b|\bfpr\b|\bfnr\b|false positive|false negative|distance|divergence|regret|mpjpe|\bade\b|\bfde\b|chamfer|hallucination|\bcost\b|memory|bits per|\bbp[cd]\b)/i;
const TIME_UNITS = new Set(['ms', 's', 'min', 'h']);

export function lowerIsBetter(metric: string | undefined, unit?: string): boolean {
  if (metric !== undefined && LOWER_IS_BETTER.test(metric)) return true;
  return unit !== undefined && TIME_UNITS.has(unit);
}
