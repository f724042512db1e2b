import { comparePapersByDate } from '../graph-model.js';

interface Dated {
  readonly title: string;
  readonly published?: string;
}

/**
 * Every paper id newest first (comparePapers('PUBLISHED'), the order of paperSortKey), sorted once
 * at load and kept in order by each write, so that no request sorts all papers.
 */
export class PaperOrder {
  private ids: string[] = [];

  constructor(private readonly paper: (id: string) => Dated) {}

  /** Newest first, then title, then id. */
  readonly compare = (a: string, b: string): number => comparePapersByDate(this.paper(a), this.paper(b)) || (a < b ? -1 : a > b ? 1 : 0);

  reset(ids: string[]): void {
    this.ids = ids.sort(this.compare);
  }

  /** Takes out the papers a write removed or replaced and merges in the ones it wrote (one pass over the order). */
  update(removed: ReadonlySet<string>, added: string[]): void {
    const kept = removed.size > 0 ? this.ids.filter((id) => !removed.has(id)) : this.ids;
    added.sort(this.compare);
    const merged: string[] = new Array<string>(kept.length + added.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < merged.length; k++) {
      merged[k] = j >= added.length || (i < kept.length && this.compare(kept[i]!, added[j]!) <= 0) ? kept[i++]! : added[j++]!;
    }
    this.ids = merged;
  }

  all(): readonly string[] {
    return this.ids;
  }
}

/**
 * items[offset, offset + first) in the order of `compare`, without sorting them all: a method's page
 * picks 20 of tens of thousands of papers by keeping only the best offset + first seen so far.
 */
export function pageInOrder<T>(items: readonly T[], offset: number, first: number, compare: (a: T, b: T) => number): T[] {
  const wanted = offset + first;
  if (first <= 0 || offset >= items.length) return [];
  // Keeping a long sorted prefix costs more than one sort.
  if (wanted * 8 >= items.length) return [...items].sort(compare).slice(offset, wanted);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === wanted && compare(item, best[wanted - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(best[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > wanted) best.pop();
  }
  return best.slice(offset);
}
