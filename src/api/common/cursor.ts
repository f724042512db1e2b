import { createHash } from 'node:crypto';
import { InvalidArgumentError, inRange, type Page } from '../../model/index.js';
import type { PageInfo } from './page-info.type.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * The list a cursor pages: the field it came from and the arguments that choose its items (not
 * `first` or `after`). A cursor names both, so one from another list is refused, not read as an offset.
 */
export interface CursorList {
  readonly field: string;
  readonly args?: Readonly<Record<string, unknown>>;
}

const CURSOR = /^([A-Za-z.]+)\|([\w-]+):(\d+)$/;

// graphql-js coerces input objects in the schema's field order, so equal arguments stringify alike;
// an argument given as null is the same list as one left out.
const stringified = (value: unknown): string => JSON.stringify(value ?? {}, (_key, inner: unknown) => (inner === null ? undefined : inner));
const hash = (text: string): string => createHash('sha256').update(text).digest('base64url');

const DIGEST = 12;
const HINT = 3;

/**
 * The arguments' digest, then a short hint of each argument's own (in the list's argument order), which
 * only says which argument changed when the digest differs: 12 characters check, 3 an argument name.
 */
function digest(args: CursorList['args']): string {
  const json = stringified(args);
  let known = digests.get(json);
  if (known === undefined) {
    // A bounded memo: a list's pages share their arguments, and hashing was ~1% of a small query's busy time in a profile.
    if (digests.size >= DIGESTS_KEPT) digests.clear();
    const hints = Object.values(args ?? {}).map((value) => hash(stringified(value)).slice(0, HINT));
    digests.set(json, (known = hash(json).slice(0, DIGEST) + hints.join('')));
  }
  return known;
}

const DIGESTS_KEPT = 10_000;
const digests = new Map<string, string>();

/** The arguments whose hints differ; all of them when the cursor carries no hints (or other ones). */
function changedArguments(issued: string, now: string, args: CursorList['args']): string[] {
  const names = Object.keys(args ?? {});
  if (issued.length !== now.length) return names;
  const changed = names.filter((_, i) => {
    const at = DIGEST + i * HINT;
    return issued.slice(at, at + HINT) !== now.slice(at, at + HINT);
  });
  return changed.length > 0 ? changed : names;
}

/** Cursors are opaque to clients; inside, the list's field, its arguments' digest and an offset. */
export function encodeCursor(list: CursorList, offset: number): string {
  return cursorAt(`${list.field}|${digest(list.args)}`, offset);
}

function cursorAt(tag: string, offset: number): string {
  return Buffer.from(`${tag}:${offset}`).toString('base64url');
}

/** `first` and the offset `after` points past, refusing a cursor that another list (or other arguments) issued. */
export function pageRequest(first: number | undefined, after: string | undefined, list: CursorList): { first: number; offset: number } {
  return { first: pageSize(first), offset: after === undefined || after === null ? 0 : offsetAfter(after, list) };
}

/**
 * The same without checking whose cursor it is: only for a page fetched ahead of the field that
 * owns it, which checks the cursor again before using the page.
 */
export function pageRequestUnchecked(first: number | undefined, after: string | undefined): { first: number; offset: number } {
  return { first: pageSize(first), offset: after === undefined || after === null ? 0 : offsetAfter(after) };
}

function pageSize(first: number | undefined): number {
  return inRange('first', first ?? DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE);
}

function offsetAfter(after: string, list?: CursorList): number {
  const decoded = CURSOR.exec(Buffer.from(after, 'base64url').toString());
  const offset = decoded ? Number(decoded[3]) + 1 : NaN;
  if (!decoded || !Number.isSafeInteger(offset)) {
    throw new InvalidArgumentError(`"after" is not a cursor this API issued: ${JSON.stringify(after)}`);
  }
  if (!list) return offset;
  if (decoded[1] !== list.field) {
    throw new InvalidArgumentError(`"after" is a cursor of \`${decoded[1]}\`, not of \`${list.field}\`: pass a cursor this list returned`);
  }
  const now = digest(list.args);
  if (decoded[2]!.slice(0, DIGEST) !== now.slice(0, DIGEST)) {
    const names = changedArguments(decoded[2]!, now, list.args);
    const which = names.length === 0 ? '' : ` (${names.map((name) => `\`${name}\``).join(', ')})`;
    throw new InvalidArgumentError(
      `"after" is a cursor of \`${list.field}\` with other arguments${which}: page with the arguments of the page it came from`,
    );
  }
  return offset;
}

/** Edges with cursors and page info for a store page of `list`. */
export function connectionParts<T, E>(
  list: CursorList,
  page: Page<T>,
  toEdge: (item: T, cursor: string) => E,
): { edges: E[]; pageInfo: PageInfo; totalCount: number } {
  const tag = `${list.field}|${digest(list.args)}`;
  const edges = page.items.map((item, i) => toEdge(item, cursorAt(tag, page.offset + i)));
  const first = page.items.length > 0 ? cursorAt(tag, page.offset) : undefined;
  const last = page.items.length > 0 ? cursorAt(tag, page.offset + page.items.length - 1) : undefined;
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
