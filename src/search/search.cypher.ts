import { cypher, CypherQuery, int } from '../graph/cypher';
import { ShipNode, shipNode } from '../graph/shipped-node';
import { EntityKindName, SEARCH_INDEX, SEARCH_INDEX_OF_KIND } from '../graph/kinds';

/** Where a page of hits starts: after the hit with this score and id (hits are ordered by score, then id). */
export interface SearchAfter {
  score: number;
  id: string;
}

/**
 * Full-text search over names, aliases, native names and titles: the index of all kinds, or, for some kinds, each
 * kind's own index (so matches of other kinds never crowd them out). Index names come from a fixed table.
 *
 * Each index is asked for its `fetch` best hits; of those, the `limit` best after `after` (by score, then id) are the
 * page. An index's best hits may cut a run of equal scores anywhere, so the statement also returns, per index, how
 * many hits it gave and its lowest score: the caller asks again for more when a cut could fall among the page's ties
 * (see SearchService). `ship` says how the nodes leave Neo4j.
 */
export function searchQuery(
  lucene: string,
  kinds: EntityKindName[] | null,
  fetch: number,
  limit: number,
  after: SearchAfter | null = null,
  ship: ShipNode = shipNode,
): CypherQuery {
  const indexes = kinds && kinds.length > 0 ? [...new Set(kinds)].map((kind) => SEARCH_INDEX_OF_KIND[kind]) : [SEARCH_INDEX];
  const calls = indexes
    .map(
      (index) =>
        `CALL db.index.fulltext.queryNodes('${index}', $lucene, {limit: $fetch}) YIELD node, score RETURN '${index}' AS index, node, score`,
    )
    .join('\nUNION ALL\n');
  return {
    cypher: cypher`
      CALL () {
        ${calls}
      }
      WITH collect({index: index, node: node, score: score}) AS hits
      CALL (hits) {
        UNWIND hits AS hit
        WITH hit WHERE $afterScore IS NULL OR hit.score < $afterScore OR (hit.score = $afterScore AND hit.node.id > $afterId)
        WITH hit ORDER BY hit.score DESC, hit.node.id
        LIMIT $limit
        WITH hit.node AS node, hit.score AS score
        RETURN collect({node: ${ship('node')}, score: score}) AS page
      }
      RETURN page,
             [index IN $indexes | {
               count: size([hit IN hits WHERE hit.index = index]),
               lowest: reduce(lowest = null, hit IN hits | CASE WHEN hit.index = index AND (lowest IS NULL OR hit.score < lowest) THEN hit.score ELSE lowest END)
             }] AS cuts`,
    params: {
      lucene,
      indexes,
      fetch: int(fetch),
      limit: int(limit),
      afterScore: after?.score ?? null,
      afterId: after?.id ?? null,
    },
  };
}
