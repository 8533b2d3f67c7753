import { Cursor } from './paging';
import { ShipNode, shipNode } from '../graph/shipped-node';
import { cypher, CypherQuery, int } from '../graph/cypher';

/**
 * A keyset page over one label ordered by a text key then id, with optional extra conditions. `label` and `key`
 * come from the calling builder's constants, never from input; values are parameters. `ship` says how the nodes
 * leave Neo4j (by default every property but internal ones; a request ships only what it reads).
 */
export function keysetPageQuery(
  label: string,
  key: string,
  where: string[],
  params: Record<string, unknown>,
  limit: number,
  after: Cursor | null,
  ship: ShipNode = shipNode,
): CypherQuery {
  const conditions = [...where, ...(after ? [`(${key} > $afterKey OR (${key} = $afterKey AND n.id > $afterId))`] : [])];
  return {
    cypher: cypher`
      MATCH (n:${label})
      ${conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : ''}
      WITH n, ${key} AS sortKey
      ORDER BY sortKey, n.id
      LIMIT $limit
      RETURN ${ship('n')} AS n, sortKey`,
    params: { ...params, limit: int(limit + 1), ...(after ? { afterKey: after.key, afterId: after.id } : {}) },
  };
}

/** How many nodes of a label meet the conditions. */
export function keysetCountQuery(label: string, where: string[], params: Record<string, unknown>): CypherQuery {
  return {
    cypher: cypher`
      MATCH (n:${label})
      ${where.length > 0 ? `WHERE ${where.join('\n  AND ')}` : ''}
      RETURN count(n) AS count`,
    params,
  };
}
