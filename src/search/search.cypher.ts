import { cypher, CypherQuery, int } from '../graph/cypher';

/** Full-text search over names, aliases, native names and titles, optionally within some labels (a fixed list). */
export function searchQuery(lucene: string, labels: string[] | null, limit: number): CypherQuery {
  return {
    cypher: cypher`
      CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
      WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
      RETURN node, score
      ORDER BY score DESC, node.id
      LIMIT $limit`,
    params: { lucene, labels, limit: int(limit), candidates: int(labels ? limit * 20 : limit) },
  };
}
