import { describe, expect, it } from 'vitest';
import { comparePapers, paperSortKey } from './graph-model.js';

describe('paperSortKey', () => {
  it('orders papers exactly as comparePapers("PUBLISHED") does', () => {
    const dates = [undefined, '2019', '2019-05', '2019-05-01', '2019-05-31', '2019-12', '2020', '2009-01-01', '2024-07-31'];
    const titles = ['A', 'AB', 'B', 'a', 'Zeta', 'É'];
    const papers = dates.flatMap((published, i) =>
      titles.map((title, j) => ({ id: `p${(i * 7 + j * 3) % 11}-${i}-${j}`, title, ...(published ? { published } : {}) })),
    );
    const byComparator = [...papers].sort(comparePapers('PUBLISHED')).map((p) => p.id);
    const byKey = [...papers].sort((a, b) => (paperSortKey(a) < paperSortKey(b) ? -1 : 1)).map((p) => p.id);
    expect(byKey).toEqual(byComparator);
    expect(byComparator.slice(0, 2)).toEqual([
      papers.find((p) => p.published === '2024-07-31' && p.title === 'A')!.id,
      papers.find((p) => p.published === '2024-07-31' && p.title === 'AB')!.id,
    ]);
  });
});
