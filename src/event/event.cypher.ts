import { EventOrder } from '../common/enums';
import { Cursor } from '../common/paging';
import { cypher, CypherQuery, int } from '../graph/cypher';
import { EventFilter } from './event-filter.input';

/** The sort key of an event for an ordering: its date as text, with undated events last either way. */
export function eventSortKey(order: EventOrder): string {
  return order === EventOrder.DATE_DESC ? "coalesce(toString(e.date), '')" : "coalesce(toString(e.date), '~')";
}

/** WHERE conditions and parameters for a filter; every value is a parameter. */
export function eventFilterClause(filter: EventFilter | undefined): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (!filter) return { where, params };
  const list = (name: keyof EventFilter, condition: string) => {
    const values = filter[name] as unknown[] | undefined;
    if (values && values.length > 0) {
      params[name] = values;
      where.push(condition);
    }
  };
  list('types', 'e.type IN $types');
  list('countryIds', 'EXISTS { (e)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(c:Country) WHERE c.id IN $countryIds }');
  list('participantIds', 'EXISTS { (e)<-[:PARTICIPATED_IN]-(p:Entity) WHERE p.id IN $participantIds }');
  list('topicIds', 'EXISTS { (e)-[:ADDRESSES]->(t:Topic) WHERE t.id IN $topicIds }');
  list('placeIds', 'EXISTS { (e)-[:HELD_IN]->(p:Place) WHERE p.id IN $placeIds }');
  if (filter.from) {
    params.from = filter.from;
    where.push('e.date >= date($from)');
  }
  if (filter.to) {
    params.to = filter.to;
    where.push('e.date <= date($to)');
  }
  if (filter.status) {
    params.status = filter.status;
    where.push('e.status = $status');
  }
  if (filter.text) {
    params.text = filter.text.toLowerCase();
    where.push("(toLower(e.title) CONTAINS $text OR toLower(coalesce(e.summary, '')) CONTAINS $text)");
  }
  return { where, params };
}

/** One page of events after a cursor, fetching one extra row to tell whether more follow. */
export function eventsPageQuery(filter: EventFilter | undefined, order: EventOrder, limit: number, after: Cursor | null): CypherQuery {
  const { where, params } = eventFilterClause(filter);
  const key = eventSortKey(order);
  const descending = order === EventOrder.DATE_DESC;
  const keyset = after ? [`(${key} ${descending ? '<' : '>'} $afterKey OR (${key} = $afterKey AND e.id ${descending ? '<' : '>'} $afterId))`] : [];
  const conditions = [...where, ...keyset];
  return {
    cypher: cypher`
      MATCH (e:Event)
      ${conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : ''}
      WITH e, ${key} AS sortKey
      ORDER BY sortKey ${descending ? 'DESC' : 'ASC'}, e.id ${descending ? 'DESC' : 'ASC'}
      LIMIT $limit
      RETURN e, sortKey`,
    params: { ...params, limit: int(limit + 1), ...(after ? { afterKey: after.key, afterId: after.id } : {}) },
  };
}

/** How many events match a filter. */
export function eventsCountQuery(filter: EventFilter | undefined): CypherQuery {
  const { where, params } = eventFilterClause(filter);
  return {
    cypher: cypher`
      MATCH (e:Event)
      ${where.length > 0 ? `WHERE ${where.join('\n  AND ')}` : ''}
      RETURN count(e) AS count`,
    params,
  };
}
