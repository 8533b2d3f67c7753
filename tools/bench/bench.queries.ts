import { cypher, int } from '../../src/graph/cypher';
import { RELATION_TYPES, SOURCE_RELATION_TYPES } from '../../src/graph/kinds';
import { HUB_DEGREE } from '../../src/graph-view/graph-view.cypher';
import { decodeEvidence, evidenceSourceIdCypher } from '../../src/graph/evidence';
import { Row } from '../../src/graph/executor';
import { relatedEventsQuery } from '../../src/related/related.cypher';
import { luceneQuery } from '../../src/search/search-query';
import { BenchParams } from './bench.params';

/** How a query's growth with the graph is judged (see bench.checks.ts). */
export type GrowthClass = 'point' | 'ranked' | 'none';

/**
 * One dashboard query: the GraphQL operation the API serves, and its baseline: the best single hand-written Cypher
 * query returning the same data, run through neo4j-driver. `apiDigest` and `baselineDigest` reduce both answers to
 * the same comparable summary (ids and counts), so a run can tell that they return the same data.
 */
export interface BenchQuery {
  name: string;
  description: string;
  growth: GrowthClass;
  /** The API's c=1 median at 100,000 events must be at most this many ms (twice it at 1,000,000): issue 16's targets. */
  targetMs: number;
  /** A point lookup: at c=16 its API CPU per request may be at most twice the stack's floor. */
  pointLookup: boolean;
  document: string;
  variables(params: BenchParams): Record<string, unknown>;
  /** Whether an answer has the data asked for (an empty answer counts as an error). */
  hasData: (data: Record<string, any>) => boolean;
  apiDigest(data: Record<string, any>): unknown;
  baseline: {
    cypher: string;
    params(params: BenchParams): Record<string, unknown>;
    /** Turns the rows into what the client uses (decoding evidence, say): part of the baseline's cost. */
    shape?(rows: Row[]): unknown;
    digest(rows: Row[]): unknown;
  };
}

const ids = (items: Array<{ id: string }> | null | undefined) => (items ?? []).map((item) => item.id);

/** Relationship types a neighborhood follows (as in src/graph-view: every fact type, no source bookkeeping). */
const FACT_TYPE_LIST = RELATION_TYPES.filter((type) => !SOURCE_RELATION_TYPES.includes(type));
const FACT_TYPES = FACT_TYPE_LIST.join('|');

/** The source id of one stored evidence string, in Cypher, as src/graph/evidence.ts reads it. */
const EVIDENCE_SOURCE_ID = evidenceSourceIdCypher('evidence');

const BY_NAME = (v: string) => `toLower(coalesce(${v}.name, ${v}.title, ${v}.id)), ${v}.id`;

const PARTICIPANTS = (event: string) => cypher`
  COLLECT {
    MATCH (${event})<-[r:PARTICIPATED_IN]-(p:Person)
    OPTIONAL MATCH (rc:Country {id: r.representing})
    WITH p, r, rc ORDER BY ${BY_NAME('p')}
    RETURN {person: p {.id, .name}, role: r.role, title: r.title, representing: rc {.id, .name}}
  }`;

export const EVENT_DETAIL: BenchQuery = {
  name: 'eventDetail',
  description: 'event detail: participants (name, role, representing), countries, topics, evidence (quote + source title)',
  growth: 'point',
  targetMs: 10,
  pointLookup: true,
  document: `query EventDetail($id: ID!) {
  event(id: $id) {
    id title type status date datePrecision dateText summary
    participants { person { id name } role title representing { id name } }
    countries { id name }
    topics { id name }
    evidence { quote start end source { id title } }
  }
}`,
  variables: (p) => ({ id: p.eventId }),
  hasData: (data) => Boolean(data.event),
  apiDigest: (data) => ({
    participants: data.event.participants.map((x: any) => `${x.person.id}>${x.representing?.id ?? ''}`),
    countries: ids(data.event.countries),
    topics: ids(data.event.topics),
    evidence: data.event.evidence.map((x: any) => `${x.source.id}:${x.quote}`),
  }),
  baseline: {
    cypher: cypher`
      MATCH (e:Event {id: $id})
      RETURN e {
        .id, .title, .type, .status, .date, .datePrecision, .dateText, .summary,
        participants: ${PARTICIPANTS('e')},
        countries: COLLECT {
          MATCH (e)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(c:Country)
          WITH DISTINCT c ORDER BY ${BY_NAME('c')}
          RETURN c {.id, .name}
        },
        topics: COLLECT {
          MATCH (e)-[:ADDRESSES]->(t:Topic)
          WITH t ORDER BY ${BY_NAME('t')}
          RETURN t {.id, .name}
        },
        evidence: COLLECT {
          UNWIND coalesce(e.evidence, []) AS evidence
          MATCH (s:Source {id: ${EVIDENCE_SOURCE_ID}})
          RETURN {evidence: evidence, source: s {.id, .title}}
        }
      } AS event`,
    params: (p) => ({ id: p.eventId }),
    shape: (rows) => rows.map((row) => decodeBaselineEvidence(row.event as Record<string, any>)),
    digest: (rows) => {
      const event = decodeBaselineEvidence(rows[0]?.event as Record<string, any>);
      return {
        participants: event.participants.map((x: any) => `${x.person.id}>${x.representing?.id ?? ''}`),
        countries: ids(event.countries),
        topics: ids(event.topics),
        evidence: event.evidence.map((x: any) => `${x.source.id}:${x.quote}`),
      };
    },
  },
};

/** The baseline's evidence: each stored JSON string decoded, with its source. */
function decodeBaselineEvidence(event: Record<string, any>): Record<string, any> {
  const evidence = (event.evidence as Array<{ evidence: string; source: Record<string, unknown> }>).flatMap(({ evidence, source }) =>
    decodeEvidence([evidence]).map(({ quote, start, end }) => ({ quote, start, end, source })),
  );
  return { ...event, evidence };
}

export const EVENTS_PAGE: BenchQuery = {
  name: 'eventsPage',
  description: 'events page of 50 with participants, filtered by a synthetic country, newest first, with totalCount',
  growth: 'none',
  targetMs: 15,
  pointLookup: false,
  document: `query EventsPage($countryId: ID!, $first: Int!) {
  events(filter: { countryIds: [$countryId] }, orderBy: DATE_DESC, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title type date datePrecision
      participants { person { id name } role representing { id name } }
    } }
  }
}`,
  variables: (p) => ({ countryId: p.countryId, first: 50 }),
  hasData: (data) => data.events?.edges?.length > 0,
  apiDigest: (data) => ({
    totalCount: data.events.totalCount,
    hasNextPage: data.events.pageInfo.hasNextPage,
    events: data.events.edges.map((edge: any) => `${edge.node.id}:${edge.node.participants.length}`),
  }),
  baseline: {
    cypher: cypher`
      MATCH (c:Country {id: $countryId})
      CALL (c) {
        MATCH (c)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(e:Event)
        RETURN count(DISTINCT e) AS total
      }
      CALL (c) {
        MATCH (c)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(e:Event)
        WITH DISTINCT e
        WITH e, coalesce(toString(e.date), '') AS sortKey
        ORDER BY sortKey DESC, e.id DESC
        LIMIT $limit
        RETURN collect(e {.id, .title, .type, .date, .datePrecision, sortKey: sortKey, participants: ${PARTICIPANTS('e')}}) AS page
      }
      RETURN total, page`,
    params: (p) => ({ countryId: p.countryId, limit: int(51) }),
    digest: (rows) => ({
      totalCount: rows[0]?.total,
      hasNextPage: (rows[0]?.page as unknown[]).length > 50,
      events: (rows[0]?.page as any[]).slice(0, 50).map((event) => `${event.id}:${event.participants.length}`),
    }),
  },
};

export const RELATED_EVENTS: BenchQuery = {
  name: 'relatedEvents',
  description: 'related events of the busy event (first 10) with reasons',
  growth: 'ranked',
  targetMs: 25,
  pointLookup: false,
  document: `query RelatedEvents($eventId: ID!) {
  relatedEvents(eventId: $eventId, first: 10) {
    score
    event { id title date type }
    reasons { kind weight via { id } }
  }
}`,
  variables: (p) => ({ eventId: p.eventId }),
  hasData: (data) => data.relatedEvents?.length > 0,
  apiDigest: (data) => data.relatedEvents.map((x: any) => `${x.event.id}:${x.score}`),
  // The API's own statement (src/related/related.cypher.ts), straight through the driver: one definition of the
  // candidates and the score, so the baseline measures what the GraphQL layers add to it.
  baseline: {
    cypher: relatedEventsQuery([], 10).cypher,
    params: (p) => relatedEventsQuery([p.eventId], 10).params,
    digest: (rows) => (rows[0]?.related as Array<{ event: { id: string }; score: number }>).map((row) => `${row.event.id}:${row.score}`),
  },
};

export const SEARCH: BenchQuery = {
  name: 'search',
  description: "search for a synthetic person's alias (first 10)",
  // An index lookup: held to a point lookup's growth (2x from 1,000 to 1,000,000 events).
  growth: 'point',
  targetMs: 10,
  pointLookup: true,
  document: `query Search($query: String!) {
  search(query: $query, first: 10) {
    score matched
    node { id ... on Person { name aliases } ... on Organization { name } ... on Country { name } ... on Event { title } ... on Topic { name } }
  }
}`,
  variables: (p) => ({ query: p.searchText }),
  hasData: (data) => data.search?.length > 0,
  apiDigest: (data) => data.search.map((hit: any) => hit.node.id),
  baseline: {
    cypher: cypher`
      CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
      RETURN node {.id, .name, .title, .aliases, .nativeNames} AS node, labels(node) AS labels, score
      ORDER BY score DESC, node.id
      LIMIT $limit`,
    params: (p) => ({ lucene: luceneQuery(p.searchText), limit: int(10) }),
    digest: (rows) => rows.map((row) => (row.node as { id: string }).id),
  },
};

export const NEIGHBORHOOD: BenchQuery = {
  name: 'neighborhood',
  description: 'neighborhood of the busy event, depth 2, limit 100',
  growth: 'none',
  targetMs: 15,
  pointLookup: false,
  document: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 100) {
    truncated
    nodes { id kind label distance }
    edges { type from to }
  }
}`,
  variables: (p) => ({ id: p.neighborhoodId }),
  hasData: (data) => data.neighborhood?.nodes?.length > 0,
  apiDigest: (data) => ({
    truncated: data.neighborhood.truncated,
    byDistance: countBy(data.neighborhood.nodes.map((node: any) => node.distance)),
    edges: data.neighborhood.edges.map((edge: any) => `${edge.type} ${edge.from} ${edge.to}`).sort(),
  }),
  baseline: {
    cypher: cypher`
      MATCH (start:Entity {id: $id})
      CALL (start) {
        MATCH (start)-[:${FACT_TYPES}]-(m)
        WHERE m <> start
        WITH DISTINCT m LIMIT $cap
        RETURN collect(m) AS ring1
      }
      CALL (start, ring1) {
        UNWIND CASE WHEN 1 + size(ring1) <= $limit THEN ring1 ELSE [] END AS f
        MATCH (f)-[:${FACT_TYPES}]-(m)
        WHERE m <> start AND NOT m IN ring1
        WITH DISTINCT m LIMIT $cap
        RETURN collect(m) AS ring2
      }
      WITH [{node: start, distance: 0}] + [n IN ring1 | {node: n, distance: 1}] + [n IN ring2 | {node: n, distance: 2}] AS found
      WITH found[0..$limit] AS kept, size(found) > $limit AS truncated
      WITH kept, truncated, [k IN kept | k.node] AS keptNodes
      WITH kept, truncated, keptNodes,
           [n IN keptNodes WHERE COUNT { (n)-[:${FACT_TYPES}]->() } > $hubDegree] AS senders,
           [n IN keptNodes WHERE COUNT { (n)<-[:${FACT_TYPES}]-() } > $hubDegree] AS receivers
      CALL (keptNodes, senders, receivers) {
        CALL (keptNodes, senders, receivers) {
          UNWIND [a IN keptNodes WHERE NOT a IN senders] AS a
          MATCH (a)-[r:${FACT_TYPES}]->(b) WHERE b IN keptNodes
          RETURN r
          UNION
          UNWIND [b IN keptNodes WHERE NOT b IN receivers] AS b
          MATCH (a)-[r:${FACT_TYPES}]->(b) WHERE a IN keptNodes
          RETURN r
          ${FACT_TYPE_LIST.map((type) => `UNION UNWIND senders AS a UNWIND receivers AS b MATCH (a)-[r:${type}]->(b) RETURN r`).join('\n          ')}
        }
        RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id}) AS edges
      }
      RETURN [k IN kept | {id: k.node.id, labels: labels(k.node), label: coalesce(k.node.name, k.node.title, k.node.id), distance: k.distance}] AS nodes,
             truncated, edges`,
    params: (p) => ({ id: p.neighborhoodId, limit: int(100), cap: int(101), hubDegree: int(HUB_DEGREE) }),
    digest: (rows) => ({
      truncated: rows[0]?.truncated,
      byDistance: countBy((rows[0]?.nodes as Array<{ distance: number }>).map((node) => node.distance)),
      edges: (rows[0]?.edges as Array<{ type: string; from: string; to: string }>)
        .map((edge) => `${edge.type} ${edge.from} ${edge.to}`)
        .sort(),
    }),
  },
};

export const EVENT_STATS: BenchQuery = {
  name: 'eventStats',
  description: 'eventStats by MONTH, filtered by the synthetic country',
  growth: 'none',
  targetMs: 10,
  pointLookup: false,
  document: `query EventStats($countryId: ID!) {
  eventStats(filter: { countryIds: [$countryId] }, groupBy: MONTH) { key label count }
}`,
  variables: (p) => ({ countryId: p.countryId }),
  hasData: (data) => data.eventStats?.length > 0,
  apiDigest: (data) => data.eventStats.map((bucket: any) => `${bucket.key}=${bucket.count}`),
  baseline: {
    cypher: cypher`
      MATCH (:Country {id: $countryId})-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(e:Event)
      WITH DISTINCT e
      WITH CASE WHEN e.date IS NULL THEN 'UNDATED' ELSE substring(toString(e.date), 0, 7) END AS key, count(*) AS count
      RETURN key, count
      ORDER BY key`,
    params: (p) => ({ countryId: p.countryId }),
    digest: (rows) => rows.map((row) => `${row.key}=${row.count}`),
  },
};

export const PERSON: BenchQuery = {
  name: 'person',
  description: 'the busiest synthetic person with positions and events',
  growth: 'point',
  targetMs: 10,
  pointLookup: true,
  document: `query Person($id: ID!) {
  person(id: $id) {
    id name aliases nativeNames
    country { id name }
    positions { title from until organization { id name } }
    events { id title date type }
  }
}`,
  variables: (p) => ({ id: p.personId }),
  hasData: (data) => Boolean(data.person),
  apiDigest: (data) => ({
    country: data.person.country?.id ?? null,
    positions: data.person.positions.map((x: any) => `${x.organization?.id}:${x.title}`),
    events: ids(data.person.events),
  }),
  baseline: {
    cypher: cypher`
      MATCH (p:Person {id: $id})
      RETURN p {
        .id, .name, .aliases, .nativeNames,
        country: COLLECT {
          CALL (p) {
            MATCH (p)-[:HOLDS_POSITION]->(:Organization)-[:PART_OF*1..3]->(c:Country) RETURN c
            UNION
            MATCH (p)-[r:PARTICIPATED_IN]->(:Event)
            WITH DISTINCT r.representing AS countryId
            MATCH (c:Country {id: countryId}) RETURN c
          }
          WITH c ORDER BY ${BY_NAME('c')} LIMIT 1
          RETURN c {.id, .name}
        }[0],
        positions: COLLECT {
          MATCH (p)-[r:HOLDS_POSITION]->(o:Organization)
          WITH r, o ORDER BY r.validFrom, ${BY_NAME('o')}
          RETURN {title: r.title, from: r.validFrom, until: r.validUntil, organization: o {.id, .name}}
        },
        events: COLLECT {
          MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
          WITH e ORDER BY e.date, e.id LIMIT 1000
          RETURN e {.id, .title, .date, .type}
        }
      } AS person`,
    params: (p) => ({ id: p.personId }),
    digest: (rows) => {
      const person = rows[0]?.person as Record<string, any>;
      return {
        country: person.country?.id ?? null,
        positions: person.positions.map((x: any) => `${x.organization?.id}:${x.title}`),
        events: ids(person.events),
      };
    },
  },
};

/** The dashboard queries, in the order the report lists them. */
export const BENCH_QUERIES: BenchQuery[] = [EVENT_DETAIL, EVENTS_PAGE, RELATED_EVENTS, SEARCH, NEIGHBORHOOD, EVENT_STATS, PERSON];

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
