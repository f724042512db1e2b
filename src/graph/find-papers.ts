import { NotFoundError, paperIdVariants, type PaperNode } from '../model/index.js';
import type { GraphStore } from './store.js';

/**
 * Papers by id as users write them: the paper id, a record's own id, or a bare arXiv id or URL
 * ("2310.06825", "https://arxiv.org/abs/2310.06825v2") for the paper stored as arxiv:2310.06825.
 */
export async function findPapers(store: GraphStore, ids: readonly string[]): Promise<(PaperNode | undefined)[]> {
  const found = await store.getPapers(ids);
  const retry = ids.flatMap((id, i) =>
    found[i]
      ? []
      : paperIdVariants(id)
          .slice(1)
          .map((variant) => ({ i, variant })),
  );
  if (retry.length === 0) return found;
  const again = await store.getPapers(retry.map((r) => r.variant));
  retry.forEach((r, k) => (found[r.i] ??= again[k]));
  return found;
}

export function paperNotFound(id: string): NotFoundError {
  return new NotFoundError(
    `no paper with id ${JSON.stringify(id)}: paper ids are "arxiv:<arXiv id>" (a bare arXiv id or URL works too), the record's own id, ` +
      `or for a paper with neither its title as a slug, cut short, and a hash ("large-language-monkeys-scaling-inference-compute-with-repeat-31f0dd1436"); ` +
      `a search by its title's words finds it`,
  );
}
