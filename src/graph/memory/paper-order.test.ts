import { describe, expect, it } from 'vitest';
import { pageInOrder, PaperOrder } from './paper-order.js';

describe('pageInOrder', () => {
  it('gives the page a full sort would, duplicates and all, for every offset and size', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const items = Array.from({ length: 300 }, () => Math.floor(random() * 60));
    const compare = (a: number, b: number) => a - b;
    const sorted = [...items].sort(compare);
    for (const [offset, first] of [
      [0, 1],
      [0, 20],
      [5, 3],
      [37, 1],
      [290, 20],
      [300, 5],
      [0, 0],
      [10, 400],
    ]) {
      expect(pageInOrder(items, offset!, first!, compare)).toEqual(sorted.slice(offset, offset! + first!));
    }
  });
});

describe('PaperOrder', () => {
  it('merges written papers into the order and drops the ones a write replaced', () => {
    const papers = new Map<string, { title: string; published?: string }>([
      ['a', { title: 'A', published: '2024-01-01' }],
      ['b', { title: 'B', published: '2024-03-01' }],
      ['c', { title: 'C' }],
    ]);
    const order = new PaperOrder((id) => papers.get(id)!);
    order.reset(['a', 'b', 'c']);
    expect(order.all()).toEqual(['b', 'a', 'c']);
    papers.set('d', { title: 'D', published: '2024-02-01' });
    papers.set('c', { title: 'C', published: '2025-01-01' });
    order.update(new Set(['c']), ['d', 'c']);
    expect(order.all()).toEqual(['c', 'b', 'd', 'a']);
  });
});
