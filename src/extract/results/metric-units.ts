// A time or a multiplier measures how fast, how long or how much: only a measure of time, speed, size or
// cost can be stated in one ("12 ms" is no accuracy, "2.3x faster" no AP).
const TIME_OR_RATIO_MEASURE =
  /\b(?:time|latency|speed-?ups?|throughput|runtime|fps|cost|memory|flops|compression|efficiency|errors?|distance|delay|duration|length)\b/i;
export const TIME_UNITS: ReadonlySet<string> = new Set(['ms', 's', 'min', 'h']);

/** Whether a measure named `metric` can be stated in `unit` (every measure takes a plain number or a percentage). */
export function metricFitsUnit(metric: string, unit: string | undefined): boolean {
  if (unit !== 'x' && !TIME_UNITS.has(unit ?? '')) return true;
  return TIME_OR_RATIO_MEASURE.test(metric);
}
