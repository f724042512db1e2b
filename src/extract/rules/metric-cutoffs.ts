// "Recall@1", "Recall@K", "mAP@0.5", "Hits@10": a cut-off written right after a measure is part of its name.
const CUTOFF_AFTER = /^@(?:\d+(?:\.\d+)?|[Kk])(?![\p{L}\p{N}])/u;

/** Where a measure's name ends when a cut-off follows it; `end` itself otherwise. */
export function metricCutoffEnd(text: string, end: number): number {
  const cutoff = CUTOFF_AFTER.exec(text.slice(end, end + 8));
  return cutoff ? end + cutoff[0].length : end;
}
