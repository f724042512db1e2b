import { describe, expect, it } from 'vitest';
import { MAX_PREFIX_TERMS, PaperIndex } from './paper-index.js';

describe('the paper index', () => {
  // Ten words starting "trans", the i-th in i + 1 papers; "trans" itself and "tr" in one paper each.
  const words = ['transa', 'transb', 'transc', 'transd', 'transe', 'transf', 'transg', 'transh', 'transi', 'transj'];
  const index = new PaperIndex();
  const papersOf = new Map<string, string[]>();
  let n = 0;
  words.forEach((word, i) => {
    for (let k = 0; k <= i; k++) {
      const id = `p${n++}`;
      index.add({ id, title: `study ${word}`, abstract: 'graph learning' });
      papersOf.set(word, [...(papersOf.get(word) ?? []), id]);
    }
  });
  index.add({ id: 'trans', title: 'study trans', abstract: 'graph learning' });
  index.add({ id: 'tr', title: 'study tr', abstract: 'graph' });
  const ids = (text: string) => index.find(text).map((h) => h.id);

  it('reads the last word as a prefix of the words in the most papers, at most a few', () => {
    const kept = words.slice(-MAX_PREFIX_TERMS);
    expect(new Set(ids('study tran'))).toEqual(new Set(kept.flatMap((w) => papersOf.get(w)!)));
    // The rarest words are left out: thousands of rare words sharing a prefix cannot make a search slow.
    expect(ids('tran')).not.toContain(papersOf.get('transa')![0]);
    expect(ids('transa')).toEqual(papersOf.get('transa'));
  });

  it('scores an exact match above the prefix matches', () => {
    expect(ids('trans')[0]).toBe('trans');
    expect(ids('trans')).toHaveLength(1 + kept());
  });

  it('reads a last word shorter than three characters as a word, and needs every word', () => {
    expect(ids('tr')).toEqual(['tr']);
    expect(ids('graph lear')).toHaveLength(n + 1);
    expect(ids('learning tr')).toEqual([]);
  });

  it('leaves out the words that would take the prefix past its paper budget', () => {
    const budgeted = new PaperIndex(12);
    for (const [word, papers] of [
      ['transa', 10],
      ['transb', 5],
      ['transc', 2],
    ] as const) {
      for (let k = 0; k < papers; k++) budgeted.add({ id: `${word}-${k}`, title: word, abstract: '' });
    }
    // 10 papers fit, 5 more would not, 2 more do.
    const found = new Set(budgeted.find('tran').map((h) => h.id.split('-')[0]));
    expect(found).toEqual(new Set(['transa', 'transc']));
  });

  function kept(): number {
    return words.slice(-MAX_PREFIX_TERMS).reduce((sum, w) => sum + papersOf.get(w)!.length, 0);
  }

  it('pages and counts a search as slices of the whole ranking, counting only accepted papers', () => {
    const all = index.find('graph lear');
    expect(index.search('graph lear', { first: 5, offset: 3 })).toEqual({ hits: all.slice(3, 8), total: all.length });
    const even = (id: string) => Number(id.slice(1)) % 2 === 0;
    const accepted = all.filter((h) => even(h.id));
    expect(index.search('graph lear', { first: 4, offset: 0, accept: even })).toEqual({
      hits: accepted.slice(0, 4),
      total: accepted.length,
    });
  });

  it('scores as an index of the remaining papers once papers are discarded, before and after their postings are dropped', () => {
    const docs = Array.from({ length: 3000 }, (_, i) => ({
      id: `d${i}`,
      title: `paper ${i % 7 === 0 ? 'graph' : 'vision'} ${i % 3 === 0 ? 'learning' : 'models'}`,
      abstract: `words ${'graph '.repeat(i % 5)}and ${i % 11 === 0 ? 'learning' : 'transformers'}.`,
    }));
    const changed = new PaperIndex();
    for (const d of docs) changed.add(d);
    const kept = (upTo: number) => docs.filter((_, i) => i % 2 === 0 || i >= upTo);
    const fresh = (upTo: number) => {
      const built = new PaperIndex();
      for (const d of kept(upTo)) built.add(d);
      return built;
    };
    const queries = ['graph', 'learning', 'graph lear', 'vision models', 'and trans'];
    // 500 discarded: postings still held; 1,500: past a quarter of the slots, dropped.
    for (const upTo of [1000, 3000]) {
      for (let i = upTo === 1000 ? 0 : 1000; i < upTo; i++) if (i % 2 === 1) changed.discard(`d${i}`);
      const reference = fresh(upTo);
      for (const q of queries) {
        const got = changed.find(q, { titleBoost: 2 });
        const want = reference.find(q, { titleBoost: 2 });
        expect(got.map((h) => h.id)).toEqual(want.map((h) => h.id));
        got.forEach((h, i) => expect(h.score).toBeCloseTo(want[i]!.score, 9));
      }
    }
    expect(changed.documentCount).toBe(kept(3000).length);
  });
});
