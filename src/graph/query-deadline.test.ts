import { describe, expect, it } from 'vitest';
import { walkNeighborhood, type NeighborFetch } from './neighborhood.js';
import { remainingQueryTime, withQueryDeadline } from './query-deadline.js';

describe('query deadlines', () => {
  it('gives store calls the time left, and stops a neighbourhood walk past it', async () => {
    expect(remainingQueryTime()).toBeUndefined();
    await withQueryDeadline(Date.now() + 60_000, async () => {
      expect(remainingQueryTime()).toBeGreaterThan(59_000);
    });
    const fetch: NeighborFetch = async (ids) =>
      new Map(ids.map((id) => [id, { nodes: [{ id: `${id}+`, type: 'method' as const, size: 1 }], degree: 1 }]));
    await expect(walkNeighborhood('a', { depth: 2, limit: 10 }, fetch)).resolves.toEqual({ ids: ['a', 'a+', 'a++'], truncated: false });
    await expect(withQueryDeadline(Date.now() - 1, () => walkNeighborhood('a', { depth: 2, limit: 10 }, fetch))).rejects.toMatchObject({
      code: 'STORE_TIMEOUT',
    });
  });
});
