import { entityKey, metricDirection, type LeaderboardPage, type RankedResult, type StoredResult } from '../model/index.js';
import { compareText } from './write-plan.js';
import type { ResultRow } from './write-plan.js';

export interface LeaderboardQuery {
  /** Only results measured by this metric (an entity id, or a name compared by key). */
  readonly metricId?: string;
  readonly metricName?: string;
  readonly first: number;
  readonly offset: number;
}

/**
 * Ranks a benchmark's absolute results (deltas are never ranked), best first by the metric's
 * direction (model/metric-direction.ts). Results are grouped by metric and unit — "65%", "8.1" and
 * "7.4 points" are not ranked against each other — the group with the most results first, then by
 * metric name and unit, results without a metric last; each group is ranked on its own. Ties:
 * higher confidence, then paper and result id. A group without a metric, or whose metric's direction
 * is unknown, is listed in the same way (highest value first, or lowest for a time unit) with rank
 * null: an order there says nothing about which result is better. A bound from the worse side ("under 1%
 * accuracy", "above 10 s") is listed after its group's ranked results, unranked.
 */
export function rankResults(results: readonly StoredResult[], query: LeaderboardQuery): LeaderboardPage {
  const key = query.metricName === undefined ? undefined : entityKey(query.metricName);
  const absolute = results.filter(
    (r) =>
      !r.isDelta &&
      (query.metricId === undefined && key === undefined
        ? true
        : (query.metricId !== undefined && r.metricId === query.metricId) ||
          (key !== undefined && r.metric !== undefined && entityKey(r.metric) === key)),
  );
  const groups = new Map<string, { metric: string; unit: string; results: StoredResult[] }>();
  for (const r of absolute) {
    const [metric, unit] = [r.metric ?? '', r.unit ?? ''];
    const id = JSON.stringify([metric, unit]);
    const group = groups.get(id) ?? { metric, unit, results: [] };
    group.results.push(r);
    groups.set(id, group);
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      (a.metric === '' ? 1 : 0) - (b.metric === '' ? 1 : 0) ||
      b.results.length - a.results.length ||
      compareText(a.metric, b.metric) ||
      compareText(a.unit, b.unit),
  );
  const ranked: RankedResult[] = [];
  for (const { metric, unit, results: group } of ordered) {
    const direction = metricDirection(metric || undefined, unit || undefined);
    group.sort(
      (a, b) =>
        (direction === 'lower' ? a.value - b.value : b.value - a.value) ||
        b.confidence - a.confidence ||
        compareText(a.paperId, b.paperId) ||
        compareText(a.id, b.id),
    );
    const ranks = metric !== '' && direction !== undefined;
    // "less than 1% accuracy" bounds the value from the worse side: it says the result is no better than
    // that, so it is listed after the ranked ones, unranked, rather than ranked at its bound.
    const worseSide = direction === 'lower' ? 'lower' : 'upper';
    const scored = ranks ? group.filter((r) => r.bound !== worseSide) : group;
    scored.forEach((result, i) => ranked.push({ result, rank: ranks ? i + 1 : null }));
    if (ranks) for (const result of group) if (result.bound === worseSide) ranked.push({ result, rank: null });
  }
  return {
    items: ranked.slice(query.offset, query.offset + query.first),
    totalCount: ranked.length,
    offset: query.offset,
    metrics: [...new Set(ordered.map((g) => g.metric).filter((m) => m !== ''))],
  };
}

/** A stored row as the store interface returns it; Neo4j leaves null properties out, so both null and absent mean none. */
export function toStoredResult(
  row: Partial<ResultRow> &
    Pick<ResultRow, 'id' | 'paperId' | 'benchmarkId' | 'value' | 'isDelta' | 'mention' | 'start' | 'end' | 'sentence' | 'confidence'>,
): StoredResult {
  return {
    id: row.id,
    paperId: row.paperId,
    benchmarkId: row.benchmarkId,
    ...(row.metricId != null ? { metricId: row.metricId } : {}),
    ...(row.subjectId != null ? { subjectId: row.subjectId } : {}),
    value: row.value,
    ...(row.unit != null ? { unit: row.unit } : {}),
    ...(row.metric != null ? { metric: row.metric } : {}),
    ...(row.subject != null ? { subject: row.subject } : {}),
    ...(row.condition != null ? { condition: row.condition } : {}),
    isDelta: row.isDelta,
    ...(row.change != null ? { change: row.change } : {}),
    ...(row.bound != null ? { bound: row.bound } : {}),
    evidence: { mention: row.mention, start: row.start, end: row.end, sentence: row.sentence },
    confidence: row.confidence,
  };
}

/** A paper's results in the order of its text; across papers, by paper id. */
export function compareResults(a: StoredResult, b: StoredResult): number {
  return compareText(a.paperId, b.paperId) || a.evidence.start - b.evidence.start || compareText(a.id, b.id);
}
