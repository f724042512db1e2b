import { describe, expect, it } from 'vitest';
import { encodeCursor, pageRequest } from './cursor.js';

describe('cursors', () => {
  const list = { field: 'papers', args: { search: 'diffusion' } };

  it('point past their offset, for the list and arguments that issued them', () => {
    expect(pageRequest(10, encodeCursor(list, 19), list)).toEqual({ first: 10, offset: 20 });
    expect(() => pageRequest(10, encodeCursor(list, 19), { field: 'papers', args: { search: 'graph' } })).toThrow(/other arguments/);
  });

  it('still check their arguments after the memo of argument digests was cleared', () => {
    const cursor = encodeCursor(list, 4);
    for (let i = 0; i < 10_001; i++) encodeCursor({ field: 'papers', args: { search: `term ${i}` } }, 0);
    expect(pageRequest(5, cursor, list)).toEqual({ first: 5, offset: 5 });
    expect(() => pageRequest(5, cursor, { field: 'papers', args: { search: 'term 3' } })).toThrow(/other arguments/);
  });
});
