import { cypher, CypherQuery } from '../graph/cypher';

/** How much each kind of link weighs (per shared node for the SHARED_* and SAME_SOURCE kinds). */
export const REASON_WEIGHTS = {
  FOLLOWS_UP: 5,
  FOLLOWED_BY: 5,
  SHARED_PARTICIPANT: 3,
  SHARED_COUNTRY: 1,
  SHARED_TOPIC: 1,
  SAME_SOURCE: 0.5,
  /** At most this for two events on the same day, falling to 0 at NEAR_IN_TIME_DAYS apart. */
  NEAR_IN_TIME: 2,
} as const;
export const NEAR_IN_TIME_DAYS = 30;

/**
 * Every event linked to one event by an explicit follow-up, a shared participant, country, topic or source, with the
 * shared nodes per reason and the distance in days; one query for many events. Scoring and ordering are done by the service.
 */
export function relatedEventsQuery(eventIds: readonly string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $eventIds AS eventId
      MATCH (e:Event {id: eventId})
      CALL (e) {
        MATCH (e)-[:FOLLOWS_UP]->(o:Event) RETURN o, 'FOLLOWS_UP' AS kind, null AS via
        UNION ALL
        MATCH (e)<-[:FOLLOWS_UP]-(o:Event) RETURN o, 'FOLLOWED_BY' AS kind, null AS via
        UNION ALL
        MATCH (e)<-[:PARTICIPATED_IN]-(p:Person|Organization)-[:PARTICIPATED_IN]->(o:Event) RETURN o, 'SHARED_PARTICIPANT' AS kind, p AS via
        UNION ALL
        MATCH (e)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(c:Country)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(o:Event) RETURN o, 'SHARED_COUNTRY' AS kind, c AS via
        UNION ALL
        MATCH (e)-[:ADDRESSES]->(t:Topic)<-[:ADDRESSES]-(o:Event) RETURN o, 'SHARED_TOPIC' AS kind, t AS via
        UNION ALL
        MATCH (e)<-[:MENTIONS]-(s:Source)-[:MENTIONS]->(o:Event) RETURN o, 'SAME_SOURCE' AS kind, s AS via
      }
      WITH eventId, e, o, kind, collect(DISTINCT via) AS vias
      WHERE o <> e
      WITH eventId, e, o, collect({kind: kind, via: vias}) AS reasons
      RETURN eventId, o AS event, reasons,
             CASE WHEN e.date IS NULL OR o.date IS NULL THEN null
                  ELSE abs(duration.inDays(e.date, o.date).days) END AS daysApart`,
    params: { eventIds },
  };
}
