import { cypher, CypherQuery, int } from '../graph/cypher';

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

const WEIGHT_OF_KIND = `CASE kind ${Object.entries(REASON_WEIGHTS)
  .filter(([kind]) => kind !== 'NEAR_IN_TIME')
  .map(([kind, weight]) => `WHEN '${kind}' THEN ${weight.toFixed(1)}`)
  .join(' ')} ELSE 0.0 END`;

/**
 * The `limit` events most related to each of several events, scored and ordered in Cypher (so only the top rows
 * leave the database): every event linked by an explicit follow-up, a shared participant, country, topic or
 * source, with the shared nodes per reason, the distance in days and the score of the documented formula; ties go
 * to the nearer date, then the id.
 */
export function relatedEventsQuery(eventIds: readonly string[], limit: number): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $eventIds AS eventId
      CALL (eventId) {
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
        WITH e, o, kind, collect(DISTINCT via) AS vias
        WHERE o <> e
        WITH e, o, kind, vias, ${WEIGHT_OF_KIND} * CASE WHEN size(vias) = 0 THEN 1 ELSE size(vias) END AS weight
        WITH e, o, collect({kind: kind, via: vias, weight: weight}) AS reasons, sum(weight) AS structural
        WITH o, reasons, structural,
             CASE WHEN e.date IS NULL OR o.date IS NULL THEN null ELSE abs(duration.inDays(e.date, o.date).days) END AS daysApart
        WITH o, reasons, daysApart,
             round(structural + CASE WHEN daysApart IS NOT NULL AND daysApart <= $nearDays
                                     THEN round($nearWeight * (1 - daysApart / toFloat($nearDays)), 2) ELSE 0.0 END, 2) AS score
        ORDER BY score DESC, coalesce(daysApart, 9223372036854775807), o.id
        LIMIT $limit
        RETURN collect({event: o, reasons: reasons, daysApart: daysApart, score: score}) AS related
      }
      RETURN eventId, related`,
    params: { eventIds, limit: int(limit), nearDays: int(NEAR_IN_TIME_DAYS), nearWeight: REASON_WEIGHTS.NEAR_IN_TIME },
  };
}
