import { cypher, CypherQuery, int } from '../graph/cypher';
import { shipNode } from '../graph/shipped-node';

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
 * Countries and topics are hubs (a country takes part in thousands of events), so events that share only a country
 * or a topic are looked for among the NEARBY_EVENTS dated events nearest in time on each side (by date, then id),
 * through the date index; events linked by a follow-up, a participant or a source are always candidates. This bounds
 * the work per event whatever the size of the graph; every candidate is then scored on all it shares.
 */
export const NEARBY_EVENTS = 200;

/** The weight of the kind of link the Cypher expression `kind` names, as a Cypher expression. */
const weightOf = (kind: string) =>
  `CASE ${kind} ${Object.entries(REASON_WEIGHTS)
    .filter(([name]) => name !== 'NEAR_IN_TIME')
    .map(([name, weight]) => `WHEN '${name}' THEN ${weight.toFixed(1)}`)
    .join(' ')} ELSE 0.0 END`;

/**
 * The `limit` events most related to each of several events, scored and ordered in Cypher (so only the top rows
 * leave the database). Candidates: events linked by a follow-up, a shared participant or a shared source, and the
 * NEARBY_EVENTS nearest in time on each side; each is scored on everything it shares (follow-ups, participants,
 * countries, topics, sources) and on its nearness in time, with the shared nodes and the weight per reason, the
 * distance in days and the score of the documented formula (the sum of the weights); a candidate that shares nothing is left out; ties go to the nearer date, then the id. The
 * event's own participants, countries, topics and sources are read once, and each candidate's few links are checked
 * against them: nothing is ever expanded from a hub, and no pair of nodes is checked for a relationship between them.
 */
export function relatedEventsQuery(eventIds: readonly string[], limit: number, nearby: number = NEARBY_EVENTS): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $eventIds AS eventId
      CALL (eventId) {
        MATCH (e:Event {id: eventId})
        // What the event links to, once: each candidate is scored by looking at its own few links, never at a hub's.
        WITH e,
             [(e)<-[:PARTICIPATED_IN]-(p:Person|Organization) | p] AS participants,
             [(e)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(c:Country) | c] AS countries,
             [(e)-[:ADDRESSES]->(t:Topic) | t] AS topics,
             [(e)<-[:MENTIONS]-(s:Source) | s] AS sources
        CALL (e) {
          MATCH (e)-[:FOLLOWS_UP]-(o:Event) RETURN o
          UNION
          MATCH (e)<-[:PARTICIPATED_IN]-(:Person|Organization)-[:PARTICIPATED_IN]->(o:Event) RETURN o
          UNION
          MATCH (e)<-[:MENTIONS]-(:Source)-[:MENTIONS]->(o:Event) RETURN o
          UNION
          MATCH (o:Event) WHERE o.date >= e.date WITH o ORDER BY o.date ASC, o.id ASC LIMIT $nearby RETURN o
          UNION
          MATCH (o:Event) WHERE o.date <= e.date WITH o ORDER BY o.date DESC, o.id DESC LIMIT $nearby RETURN o
        }
        WITH e, o, participants, countries, topics, sources WHERE o <> e
        WITH e, o, [shared IN [
               {kind: 'FOLLOWS_UP', via: [], count: CASE WHEN EXISTS { (e)-[:FOLLOWS_UP]->(o) } THEN 1 ELSE 0 END},
               {kind: 'FOLLOWED_BY', via: [], count: CASE WHEN EXISTS { (e)<-[:FOLLOWS_UP]-(o) } THEN 1 ELSE 0 END},
               {kind: 'SHARED_PARTICIPANT', via: [(o)<-[:PARTICIPATED_IN]-(p:Person|Organization) WHERE p IN participants | p]},
               {kind: 'SHARED_COUNTRY', via: [(o)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(c:Country) WHERE c IN countries | c]},
               {kind: 'SHARED_TOPIC', via: [(o)-[:ADDRESSES]->(t:Topic) WHERE t IN topics | t]},
               {kind: 'SAME_SOURCE', via: [(o)<-[:MENTIONS]-(s:Source) WHERE s IN sources | s]}
             ] | {kind: shared.kind, count: shared.count,
                  via: reduce(seen = [], node IN shared.via | CASE WHEN node IN seen THEN seen ELSE seen + node END)}] AS links
        WITH e, o, [link IN links WHERE coalesce(link.count, size(link.via)) > 0 | {
               kind: link.kind,
               via: [via IN link.via | ${shipNode('via')}],
               weight: ${weightOf('link.kind')} * coalesce(link.count, size(link.via))
             }] AS reasons
        WHERE size(reasons) > 0
        WITH e, o, reasons, reduce(total = 0.0, reason IN reasons | total + reason.weight) AS structural
        WITH o, reasons, structural,
             CASE WHEN e.date IS NULL OR o.date IS NULL THEN null ELSE abs(duration.inDays(e.date, o.date).days) END AS daysApart
        WITH o, reasons, structural, daysApart,
             CASE WHEN daysApart IS NOT NULL AND daysApart <= $nearDays
                  THEN round($nearWeight * (1 - daysApart / toFloat($nearDays)), 2) ELSE 0.0 END AS near
        // Nearness in time is a reason like the others (its weight computed here only), when it weighs anything.
        WITH o, daysApart, round(structural + near, 2) AS score,
             reasons + CASE WHEN near > 0 THEN [{kind: 'NEAR_IN_TIME', via: [], weight: near}] ELSE [] END AS reasons
        ORDER BY score DESC, coalesce(daysApart, 9223372036854775807), o.id
        LIMIT $limit
        RETURN collect({event: ${shipNode('o')}, reasons: reasons, daysApart: daysApart, score: score}) AS related
      }
      RETURN eventId, related`,
    params: { eventIds, limit: int(limit), nearby: int(nearby), nearDays: int(NEAR_IN_TIME_DAYS), nearWeight: REASON_WEIGHTS.NEAR_IN_TIME },
  };
}
