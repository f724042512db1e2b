// "Recall@1", "Recall@K", "mAP@0.5", "Hits@10": a cut-off written right after a measure is part of its name.
const CUTOFF_AFTER = /^@(?:\d+(?:\.\d+)?|[Kk])(?![\p{L}\p{N}])/u;

/** Where a measure's name ends when a cut-off follows it; `end` itself otherwise. */
export function metricCutoffEnd(text: string, end: number): number {
  const cutoff = CUTOFF_AFTER.exec(text.slice(end, end + 8));
  return cutoff ? end + cutoff[0].length : end;
}

const WRITTEN_CUTOFF = /@(\d+(?:\.\d+)?)$|^(top-\d+)\s/i;

/**
 * The name of a measure the lexicon matched with its cut-off written in ("pass@10" of pass@k, "R@1" of
 * Recall@k, "top-5 accuracy" of accuracy): one measure per cut-off, so that a leaderboard never ranks
 * pass@10 values with pass@1 ones. Undefined when the surface has no cut-off the canonical name lacks.
 */
export function cutoffMetricName(canonical: string, surface: string): string | undefined {
  const cutoff = WRITTEN_CUTOFF.exec(surface);
  if (!cutoff) return undefined;
  if (cutoff[1] !== undefined) return /@k$/i.test(canonical) ? canonical.replace(/@k$/i, `@${cutoff[1]}`) : undefined;
  return canonical.toLowerCase().startsWith(cutoff[2]!.toLowerCase()) ? undefined : surface.toLowerCase();
}
