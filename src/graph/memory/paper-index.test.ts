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
});
