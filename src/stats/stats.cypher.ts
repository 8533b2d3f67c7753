import { cypher, CypherQuery } from '../graph/cypher';
import { whereClause } from '../common/page-reader';
import { eventMatch, EVERY_EVENT } from '../event/event.cypher';
import { EventFilter } from '../event/event-filter.input';
import { EventGrouping } from './bucket.type';

/** For each grouping, how an event `e` yields its keys (fixed Cypher; the filter's values are parameters). */
const GROUPINGS: Record<EventGrouping, { keys: string; order: string }> = {
  MONTH: {
    keys: "WITH CASE WHEN e.date IS NULL THEN 'UNDATED' ELSE substring(toString(e.date), 0, 7) END AS key, null AS name",
    order: 'key',
  },
  TYPE: { keys: 'WITH e.type AS key, null AS name', order: 'count DESC, key' },
  COUNTRY: {
    keys: cypher`
      OPTIONAL MATCH (e)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(c:Country)
      WITH e, collect(DISTINCT c) AS found
      UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS c
      WITH coalesce(c.id, 'NONE') AS key, coalesce(c.name, 'No country') AS name`,
    order: 'count DESC, key',
  },
  TOPIC: {
    keys: cypher`
      OPTIONAL MATCH (e)-[:ADDRESSES]->(t:Topic)
      WITH e, collect(DISTINCT t) AS found
      UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS t
      WITH coalesce(t.id, 'NONE') AS key, coalesce(t.name, 'No topic') AS name`,
    order: 'count DESC, key',
  },
};

/**
 * Every event by month, from the date index alone (its values, not the events: no event is read) and the count of
 * events Neo4j keeps; the undated are the rest. The same rows as the general query, without reading 100,000 nodes.
 */
const EVERY_EVENT_BY_MONTH = cypher`
  MATCH (e:Event) WHERE e.date IS NOT NULL
  WITH e.date AS day, count(*) AS events
  WITH substring(toString(day), 0, 7) AS key, sum(events) AS count
  WITH collect({key: key, count: count}) AS months
  CALL () {
    MATCH (e:Event)
    RETURN count(e) AS events
  }
  UNWIND months + [{key: 'UNDATED', count: events - reduce(dated = 0, month IN months | dated + month.count)}] AS month
  WITH month WHERE month.count > 0
  RETURN month.key AS key, month.key AS label, month.count AS count
  ORDER BY key`;

/** Counts of the events a filter selects, grouped. */
export function eventStatsQuery(filter: EventFilter | undefined, grouping: EventGrouping): CypherQuery {
  const { match, where, params } = eventMatch(filter);
  if (grouping === EventGrouping.MONTH && match === EVERY_EVENT && where.length === 0) return { cypher: EVERY_EVENT_BY_MONTH, params: {} };
  const group = GROUPINGS[grouping];
  return {
    cypher: cypher`
      ${match}
      ${whereClause(where)}
      ${group.keys}
      WITH key, name, count(*) AS count
      RETURN key, coalesce(name, key) AS label, count
      ORDER BY ${group.order}`,
    params,
  };
}
