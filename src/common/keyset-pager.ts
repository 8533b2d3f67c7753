import { ConnectionPage } from './connection.type';
import { ShipNode } from '../graph/shipped-node';
import { keysetCountQuery, keysetPageQuery } from './keyset.cypher';
import { decodeCursor, encodeCursor, pageSize, toPage } from './paging';
import { GraphExecutor } from '../graph/executor';
import { NodeRecord } from '../graph/values';

/** What a keyset-paged list needs: the label and sort key (constants of the caller) and its filter conditions. */
export interface KeysetList {
  label: string;
  key: string;
  order: string;
  where?: string[];
  params?: Record<string, unknown>;
  /** How the page's nodes are shipped (see keysetPageQuery). */
  ship?: ShipNode;
}

/** Reads one page of a keyset list (and its count, lazily). */
export async function readKeysetPage(
  graph: GraphExecutor,
  list: KeysetList,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionPage<NodeRecord>> {
  const limit = pageSize(first);
  const cursor = decodeCursor(after, list.order);
  const where = list.where ?? [];
  const params = list.params ?? {};
  const rows = await graph.read(keysetPageQuery(list.label, list.key, where, params, limit, cursor, list.ship));
  const keys = new Map(rows.map((row) => [(row.n as NodeRecord).id, row.sortKey as string]));
  const page = toPage(
    rows.map((row) => row.n as NodeRecord),
    limit,
    cursor,
    (node) => encodeCursor({ order: list.order, key: keys.get(node.id) ?? null, id: node.id }),
  );
  return {
    ...page,
    totalCount: async () => Number((await graph.read(keysetCountQuery(list.label, where, params)))[0]?.count ?? 0),
  };
}
