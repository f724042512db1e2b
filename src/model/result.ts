import type { EntityType, Evidence } from './entity.js';

/** "over 95%" is a lower bound, "below 1%" an upper one. */
export type ResultBound = 'lower' | 'upper';
/** Which way a difference moved the quantity it measures. */
export type ResultChange = 'increase' | 'decrease';

/** An entity a result points to, named as the extractor found it. */
export interface ResultEntityRef {
  readonly type: EntityType;
  readonly name: string;
  readonly key: string;
  /** The form the sentence uses, when it differs from the name ("DES" for "Detection with Enriched Semantics"). */
  readonly mention?: string;
}

/**
 * A number an abstract reports on a benchmark: "56% with 250 samples" (absolute), "+20%" or
 * "2× faster" (a delta: relative to something else, never ranked). The evidence's mention is the
 * number's surface text.
 */
export interface ExtractedResult {
  readonly benchmark: ResultEntityRef;
  readonly value: number;
  /** "%", "x" (a multiplier), "points", a time or size unit; absent for a plain number. */
  readonly unit?: string;
  readonly metric?: ResultEntityRef;
  /** The model or method that reached it. */
  readonly subject?: ResultEntityRef;
  /** Qualifiers that tell this number apart: "with 250 samples", "zero-shot", "before", "after". */
  readonly condition?: string;
  readonly isDelta: boolean;
  /** For a difference, when the text says which way it went ("a 1.6% drop": decrease; "23.6% higher": increase). */
  readonly change?: ResultChange;
  readonly bound?: ResultBound;
  readonly evidence: Evidence;
  /** 0..1: how sure the extractor is that benchmark, value and subject belong together. */
  readonly confidence: number;
}

/** A result as a store returns it: ids point to the paper and to entity nodes. */
export interface StoredResult {
  readonly id: string;
  readonly paperId: string;
  readonly benchmarkId: string;
  readonly metricId?: string;
  readonly subjectId?: string;
  readonly value: number;
  readonly unit?: string;
  /** The metric's and the subject's names as extracted. */
  readonly metric?: string;
  readonly subject?: string;
  readonly condition?: string;
  readonly isDelta: boolean;
  readonly change?: ResultChange;
  readonly bound?: ResultBound;
  readonly evidence: Evidence;
  readonly confidence: number;
}

/** A page of a leaderboard, with the metrics its groups are ranked by (most results first). */
export interface LeaderboardPage {
  readonly items: readonly RankedResult[];
  readonly totalCount: number;
  readonly offset: number;
  readonly metrics: readonly string[];
}

/**
 * A leaderboard row: its rank among the results of its metric and unit (1 = best), or null when the
 * result names no metric or the metric's direction is unknown (model/metric-direction.ts).
 */
export interface RankedResult {
  readonly result: StoredResult;
  readonly rank: number | null;
}

/** "56%", "2.3x", "3.2 points": a value with its unit as written in prose (signs stick, words take a space). */
export function valueWithUnit(value: number, unit: string | undefined | null): string {
  if (!unit) return String(value);
  return unit === '%' || unit === 'x' || unit === '×' ? `${value}${unit}` : `${value} ${unit}`;
}

/**
 * A result's value as people write it: "Δ −1.6%" for "a 1.6% drop", "Δ +3.5%", "≥95%" for "over 95%", "56%".
 * A difference the text gives no direction for keeps its bare value ("Δ 5%" of "outperforms X by 5%").
 */
export function resultValueText(r: Pick<ExtractedResult, 'value' | 'unit' | 'isDelta' | 'change' | 'bound'>): string {
  const bound = r.bound === 'lower' ? '≥' : r.bound === 'upper' ? '≤' : '';
  const magnitude = r.isDelta && r.change !== undefined ? Math.abs(r.value) : r.value;
  const sign = !r.isDelta || r.change === undefined ? '' : r.change === 'decrease' ? '−' : '+';
  return `${r.isDelta ? 'Δ ' : ''}${bound}${sign}${valueWithUnit(magnitude, r.unit)}`;
}
