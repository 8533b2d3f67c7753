import { cypher, CypherQuery, int } from '../graph/cypher';
import { ShipNode, shipNode } from '../graph/shipped-node';
import { EntityKindName, SEARCH_INDEX, SEARCH_INDEX_OF_KIND } from '../graph/kinds';

/**
 * Full-text search over names, aliases, native names and titles: the index of all kinds, or, for some kinds, each
 * kind's own index (so matches of other kinds never crowd them out). Index names come from a fixed table. `ship`
 * says how the nodes leave Neo4j (by default every property but internal ones; a request ships what it reads).
 */
export function searchQuery(
  lucene: string,
  kinds: EntityKindName[] | null,
  limit: number,
  ship: ShipNode = shipNode,
): CypherQuery {
  const indexes = kinds && kinds.length > 0 ? [...new Set(kinds)].map((kind) => SEARCH_INDEX_OF_KIND[kind]) : [SEARCH_INDEX];
  const calls = indexes
    .map((index) => `CALL db.index.fulltext.queryNodes('${index}', $lucene, {limit: $limit}) YIELD node, score RETURN node, score`)
    .join('\nUNION ALL\n');
  return {
    cypher: cypher`
      CALL () {
        ${calls}
      }
      WITH node, score
      ORDER BY score DESC, node.id
      LIMIT $limit
      RETURN ${ship('node')} AS node, score`,
    params: { lucene, limit: int(limit) },
  };
}
