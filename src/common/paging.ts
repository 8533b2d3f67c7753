import { badUserInput } from '../http/errors';

/** Page sizes: `first` defaults to 20 and may be at most 100. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

/** Checks `first` and returns the page size; a value out of range is a BAD_USER_INPUT, never a silent cut. */
export function pageSize(first: number | undefined | null, max: number = PAGE_SIZE.max, fallback: number = PAGE_SIZE.default): number {
  if (first === undefined || first === null) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput('first', `first must be between 1 and ${max}, got ${first}`);
  }
  return first;
}

/** A keyset cursor: the sort key and id of the last item seen, and the ordering it belongs to. */
export interface Cursor {
  order: string;
  key: string | null;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.order, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** Decodes `after`; a cursor that is not one of ours, or from another ordering, is a BAD_USER_INPUT. */
export function decodeCursor(after: string | undefined | null, order: string): Cursor | null {
  if (after === undefined || after === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput('after', 'after is not a cursor returned by this API');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    !(typeof parsed[1] === 'string' || parsed[1] === null) ||
    typeof parsed[2] !== 'string'
  ) {
    throw badUserInput('after', 'after is not a cursor returned by this API');
  }
  const [ordering, key, id] = parsed as [string, string | null, string];
  if (ordering !== order) throw badUserInput('after', `after is a cursor of another ordering (${ordering}), not ${order}`);
  return { order, key, id };
}

/** Builds a connection page from rows fetched with one extra row (which only tells that more follow). */
export function toPage<T>(
  rows: T[],
  limit: number,
  after: Cursor | null,
  cursorOf: (item: T) => string,
): {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
} {
  const items = rows.slice(0, limit);
  const edges = items.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
