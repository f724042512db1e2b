import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory/memory-store.js';
import { remainingQueryTime, withQueryDeadline } from './query-deadline.js';

describe('query deadlines', () => {
  it('gives store calls the time left, and stops a neighbourhood walk past it', async () => {
    expect(remainingQueryTime()).toBeUndefined();
    await withQueryDeadline(Date.now() + 60_000, async () => {
      expect(remainingQueryTime()).toBeGreaterThan(59_000);
    });
    const store = await MemoryStore.open();
    await expect(store.neighborhood('paper:none', { depth: 2, limit: 10 })).resolves.toBeUndefined();
    await expect(withQueryDeadline(Date.now() - 1, () => store.neighborhood('paper:none', { depth: 2, limit: 10 }))).rejects.toMatchObject({
      code: 'STORE_TIMEOUT',
    });
  });
});
