import { describe, expect, it } from 'vitest';
import { encodeCursor, pageRequest } from './cursor.js';

describe('cursors', () => {
  const list = { field: 'papers', args: { search: 'diffusion' } };

  it('point past their offset, for the list and arguments that issued them', () => {
    expect(pageRequest(10, encodeCursor(list, 19), list)).toEqual({ first: 10, offset: 20 });
    expect(() => pageRequest(10, encodeCursor(list, 19), { field: 'papers', args: { search: 'graph' } })).toThrow(/other arguments/);
  });

  it('name the arguments that changed, or all of them for a cursor without hints', () => {
    const filtered = { field: 'papers', args: { search: 'diffusion', where: { years: [2024] } } };
    const cursor = encodeCursor(filtered, 9);
    const refusal = (args: Record<string, unknown>) => {
      try {
        pageRequest(10, cursor, { field: 'papers', args });
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refusal({ search: 'diffusion', where: { years: [2025] } })).toContain('with other arguments (`where`)');
    expect(refusal({ search: 'graph', where: { years: [2024] } })).toContain('with other arguments (`search`)');
    expect(refusal({ search: 'graph', where: null })).toContain('with other arguments (`search`, `where`)');
    expect(refusal({ search: 'diffusion', where: { years: [2024] } })).toBe('accepted');
    // A cursor issued before the hints (the 12-character digest alone) still pages, and a refusal names every argument.
    const [tag, offset] = Buffer.from(cursor, 'base64url').toString().split(':');
    const older = Buffer.from(`${tag!.slice(0, 'papers|'.length + 12)}:${offset}`).toString('base64url');
    expect(pageRequest(10, older, filtered)).toEqual({ first: 10, offset: 10 });
    expect(() => pageRequest(10, older, { field: 'papers', args: { search: 'graph', where: { years: [2024] } } })).toThrow(
      'with other arguments (`search`, `where`)',
    );
  });

  it('still check their arguments after the memo of argument digests was cleared', () => {
    const cursor = encodeCursor(list, 4);
    for (let i = 0; i < 10_001; i++) encodeCursor({ field: 'papers', args: { search: `term ${i}` } }, 0);
    expect(pageRequest(5, cursor, list)).toEqual({ first: 5, offset: 5 });
    expect(() => pageRequest(5, cursor, { field: 'papers', args: { search: 'term 3' } })).toThrow(/other arguments/);
  });
});
