import { InvalidArgumentError, inRange, type Page } from '../../model/index.js';
import type { PageInfo } from './page-info.type.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Cursors are opaque to clients; inside, an offset. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function pageRequest(first: number | undefined, after: string | undefined): { first: number; offset: number } {
  const size = inRange('first', first ?? DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE);
  if (after === undefined || after === null) return { first: size, offset: 0 };
  const decoded = /^o:(\d+)$/.exec(Buffer.from(after, 'base64url').toString());
  if (!decoded) throw new InvalidArgumentError(`"after" is not a cursor this API issued: ${JSON.stringify(after)}`);
  const offset = Number(decoded[1]) + 1;
  if (!Number.isSafeInteger(offset)) throw new InvalidArgumentError(`"after" is not a cursor this API issued: ${JSON.stringify(after)}`);
  return { first: size, offset };
}

/** Edges with cursors and page info for a store page. */
export function connectionParts<T, E>(
  page: Page<T>,
  toEdge: (item: T, cursor: string) => E,
): { edges: E[]; pageInfo: PageInfo; totalCount: number } {
  const edges = page.items.map((item, i) => toEdge(item, encodeCursor(page.offset + i)));
  const first = page.items.length > 0 ? encodeCursor(page.offset) : undefined;
  const last = page.items.length > 0 ? encodeCursor(page.offset + page.items.length - 1) : undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      ...(first ? { startCursor: first } : {}),
      ...(last ? { endCursor: last } : {}),
    },
    totalCount: page.totalCount,
  };
}
