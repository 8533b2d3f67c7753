import { cypher, CypherQuery, int } from '../graph/cypher';
import { GraphExecutor } from '../graph/executor';
import { shipNode } from '../graph/shipped-node';
import { NodeRecord } from '../graph/values';
import { withPrefetch } from '../prefetch/prefetch.cypher';
import { Fetched, Prefetcher } from '../prefetch/prefetcher';
import { Selection, WHOLE_NODES } from '../prefetch/selection';
import { ConnectionPage, countOnce } from './connection.type';
import { badUserInput } from '../http/errors';
import { Cursor, decodeCursor, encodeCursor, pageSize, toPage } from './paging';

/**
 * A list read a page at a time (keyset paging): the nodes a MATCH binds to `variable`, the conditions on them, and
 * the order, a sort key then the id. Every connection of the API (events, people, organizations, sources) is one of
 * these; its builder writes `match`, `where` and `sortKey` from fixed Cypher, with every value a parameter.
 */
export interface PagedList {
  /** The variable the match binds, once per node (`e`, `n`). */
  variable: string;
  /** A MATCH (or anchored MATCH ... WITH DISTINCT) that yields each listed node once. */
  match: string;
  where: string[];
  params: Record<string, unknown>;
  /** The sort key, a Cypher expression over the variable that is never null. */
  sortKey: string;
  descending?: boolean;
  /** The ordering's name, which cursors carry (a cursor of another ordering is refused). */
  order: string;
  /**
   * Set when the match starts from every node of a label and the sort key is a date property as text, undated last
   * (`coalesce(toString(v.date), undatedKey)`): a page then walks that property's range index in order and stops at
   * the page's end, and reads undated nodes only when the dated ones do not fill it (datedPageQuery).
   */
  indexedDate?: { property: string; undatedKey: string };
}

/** `WHERE a AND b ...`, or nothing. */
export function whereClause(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : '';
}

/** The order of a page, over the columns `sortKey` and the list's variable. */
export function pageOrder(list: PagedList): string {
  const direction = list.descending ? 'DESC' : 'ASC';
  return `sortKey ${direction}, ${list.variable}.id ${direction}`;
}

/**
 * One page of a list after a cursor, with one extra row that only tells whether more follow. `ship` says how each
 * node leaves Neo4j (by default every property but internal ones; a request ships only what it reads).
 */
export function pageQuery(list: PagedList, limit: number, after: Cursor | null, ship = shipNode): CypherQuery {
  if (list.indexedDate) return datedPageQuery(list, list.indexedDate, limit, after, ship);
  const { variable: v, sortKey } = list;
  const op = list.descending ? '<' : '>';
  const keyset = after ? [`(${sortKey} ${op} $afterKey OR (${sortKey} = $afterKey AND ${v}.id ${op} $afterId))`] : [];
  return {
    cypher: cypher`
      ${list.match}
      ${whereClause([...list.where, ...keyset])}
      WITH ${v}, ${sortKey} AS sortKey
      ORDER BY ${pageOrder(list)}
      LIMIT $limit
      RETURN ${ship(v)} AS ${v}, sortKey`,
    params: { ...list.params, limit: int(limit + 1), ...(after ? { afterKey: after.key, afterId: after.id } : {}) },
  };
}

/**
 * A page of a list in date order without sorting the whole list: the dated nodes come from the date's range index in
 * its order (the id breaks ties among the few of one day), as many as the page holds; the undated ones, last in
 * either direction, are read only when the dated ones run out before the page is full (the UNWIND gives the match a
 * row to run on only then: a condition on \`dated\` would be checked after the match). The rows, sort keys and cursors
 * are those of pageQuery.
 */
export function datedPageQuery(
  list: PagedList,
  { property, undatedKey }: NonNullable<PagedList['indexedDate']>,
  limit: number,
  after: Cursor | null,
  ship = shipNode,
): CypherQuery {
  const { variable: v } = list;
  const op = list.descending ? '<' : '>';
  const direction = list.descending ? 'DESC' : 'ASC';
  const dated = [`${v}.${property} IS NOT NULL`, ...list.where];
  const undated = [`${v}.${property} IS NULL`, ...list.where];
  const params: Record<string, unknown> = { ...list.params, limit: int(limit + 1) };
  if (after?.key === undatedKey) {
    dated.push('false');
    undated.push(`${v}.id ${op} $afterId`);
    params.afterId = after.id;
  } else if (after) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(after.key ?? '')) throw badUserInput('after', 'after is not a cursor returned by this API');
    dated.push(`(${v}.${property} ${op} date($afterKey) OR (${v}.${property} = date($afterKey) AND ${v}.id ${op} $afterId))`);
    params.afterKey = after.key;
    params.afterId = after.id;
  }
  return {
    cypher: cypher`
      CALL () {
        ${list.match}
        ${whereClause(dated)}
        WITH ${v} ORDER BY ${v}.${property} ${direction}, ${v}.id ${direction}
        LIMIT $limit
        RETURN collect(${v}) AS dated
      }
      CALL (dated) {
        UNWIND CASE WHEN size(dated) < $limit THEN [true] ELSE [] END AS more
        ${list.match}
        ${whereClause(undated)}
        WITH ${v} ORDER BY ${v}.id ${direction}
        LIMIT $limit
        RETURN collect(${v}) AS undated
      }
      UNWIND (dated + undated)[0..$limit] AS ${v}
      WITH ${v}, ${list.sortKey} AS sortKey
      RETURN ${ship(v)} AS ${v}, sortKey`,
    params,
  };
}

/** How many nodes the list holds. */
export function countQuery(list: PagedList): CypherQuery {
  return {
    cypher: cypher`
      ${list.match}
      ${whereClause(list.where)}
      RETURN count(${list.variable}) AS count`,
    params: list.params,
  };
}

/**
 * Reads a page of a list with what its edges' selection needs, in one statement: the page, extended by the prefetch
 * of the selection below its nodes (the prefetcher primes the request's loaders with it). totalCount counts once,
 * when asked, or at once beside the page when the selection reads it.
 */
export async function readPage(
  graph: GraphExecutor,
  prefetcher: Prefetcher,
  list: PagedList,
  first: number | null | undefined,
  after: string | null | undefined,
  selection: Selection = WHOLE_NODES,
): Promise<ConnectionPage<NodeRecord>> {
  const limit = pageSize(first);
  const cursor = decodeCursor(after, list.order);
  const totalCount = countOnce(async () => Number((await graph.read(countQuery(list)))[0]?.count ?? 0));
  if (selection.countNow) totalCount().catch(() => undefined); // its error reaches totalCount when resolved
  const parts = prefetcher.enabled ? selection.parts(list.variable) : null;
  const page = pageQuery(list, limit, cursor, prefetcher.enabled ? selection.ship : shipNode);
  const rows = await graph.read(parts ? withPrefetch(page, [list.variable, 'sortKey'], pageOrder(list), parts) : page);
  const keys = new Map<string, string | null>();
  const nodes = rows.map((row) => {
    const node = row[list.variable] as NodeRecord;
    keys.set(node.id, row.sortKey as string | null);
    return parts ? prefetcher.prime(node, row.fetched as Fetched) : node;
  });
  const edges = toPage(nodes, limit, cursor, (node) => encodeCursor({ order: list.order, key: keys.get(node.id) ?? null, id: node.id }));
  return { ...edges, totalCount };
}
