import { cypher, CypherQuery, int } from './cypher';
import { shipNode } from './shipped-node';

/**
 * Every relationship the API navigates, as a fixed Cypher body that, for one parent `id`, yields the linked node `m`
 * and (where one relationship links them) its relationship `r`. Loaders batch a body over many parents in one query.
 */
export interface LinkDefinition {
  body: string;
  /** How linked nodes are ordered for each parent. */
  orderBy: string;
  /** One row per distinct node (the relationship is not returned). */
  distinct?: boolean;
}

const BY_NAME = 'toLower(coalesce(m.name, m.title, m.id)), m.id';
const BY_DATE = 'm.date, m.id';

export const LINKS = {
  eventParticipants: { body: 'MATCH (:Event {id: id})<-[r:PARTICIPATED_IN]-(m:Person)', orderBy: BY_NAME },
  eventCountryRoles: { body: 'MATCH (:Event {id: id})<-[r:PARTICIPATED_IN]-(m:Country)', orderBy: BY_NAME },
  eventCountries: {
    body: 'MATCH (:Event {id: id})-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(m:Country)',
    orderBy: BY_NAME,
    distinct: true,
  },
  eventOrganizationRoles: { body: 'MATCH (:Event {id: id})<-[r:PARTICIPATED_IN]-(m:Organization)', orderBy: BY_NAME },
  eventOrganizations: {
    body: 'MATCH (:Event {id: id})-[:PARTICIPATED_IN|ESTABLISHED|ANNOUNCED|TARGETS]-(m:Organization)',
    orderBy: BY_NAME,
    distinct: true,
  },
  eventEstablished: { body: 'MATCH (:Event {id: id})-[r:ESTABLISHED]->(m:Organization)', orderBy: BY_NAME },
  eventTopics: { body: 'MATCH (:Event {id: id})-[r:ADDRESSES]->(m:Topic)', orderBy: BY_NAME },
  eventFollowsUp: { body: 'MATCH (:Event {id: id})-[r:FOLLOWS_UP]->(m:Event)', orderBy: BY_DATE },
  eventFollowedBy: { body: 'MATCH (:Event {id: id})<-[r:FOLLOWS_UP]-(m:Event)', orderBy: BY_DATE },
  eventPartOf: { body: 'MATCH (:Event {id: id})-[r:PART_OF]->(m:Event)', orderBy: BY_DATE },
  eventParts: { body: 'MATCH (:Event {id: id})<-[r:PART_OF]-(m:Event)', orderBy: BY_DATE },
  eventPrecededBy: { body: 'MATCH (:Event {id: id})-[r:PRECEDED_BY]->(m:Event)', orderBy: BY_DATE },
  eventPrecedes: { body: 'MATCH (:Event {id: id})<-[r:PRECEDED_BY]-(m:Event)', orderBy: BY_DATE },
  eventAnnounced: { body: 'MATCH (:Event {id: id})-[r:ANNOUNCED]->(m:Entity)', orderBy: BY_NAME },
  eventAnnouncedBy: { body: 'MATCH (:Event {id: id})<-[r:ANNOUNCED]-(m:Event)', orderBy: BY_DATE },
  eventAbout: { body: 'MATCH (:Event {id: id})-[r:ABOUT]->(m:Event)', orderBy: BY_DATE },
  eventStatements: { body: 'MATCH (:Event {id: id})<-[r:ABOUT]-(m:Event)', orderBy: BY_DATE },
  eventImposedBy: { body: 'MATCH (:Event {id: id})-[r:IMPOSED_BY]->(m:Country)', orderBy: BY_NAME },
  eventTargets: { body: 'MATCH (:Event {id: id})-[r:TARGETS]->(m:Entity)', orderBy: BY_NAME },
  eventLocation: { body: 'MATCH (:Event {id: id})-[r:HELD_IN]->(m:Place)', orderBy: BY_NAME },
  mentionedBy: { body: 'MATCH (:Entity {id: id})<-[r:MENTIONS]-(m:Source)', orderBy: BY_NAME },

  personPositions: { body: 'MATCH (:Person {id: id})-[r:HOLDS_POSITION]->(m:Organization)', orderBy: 'r.validFrom, ' + BY_NAME },
  personParticipations: { body: 'MATCH (:Person {id: id})-[r:PARTICIPATED_IN]->(m:Event)', orderBy: BY_DATE },
  personCountries: {
    body: cypher`
      CALL (id) {
        MATCH (:Person {id: id})-[:HOLDS_POSITION]->(:Organization)-[:PART_OF*1..3]->(m:Country) RETURN m
        UNION
        MATCH (:Person {id: id})-[r:PARTICIPATED_IN]->(:Event) MATCH (m:Country {id: r.representing}) RETURN m
      }`,
    orderBy: BY_NAME,
    distinct: true,
  },
  personAuthored: { body: 'MATCH (:Person {id: id})<-[r:WRITTEN_BY]-(m:Source)', orderBy: BY_NAME },

  organizationCountries: {
    body: 'MATCH (:Organization {id: id})-[:PART_OF*1..3]->(m:Country)',
    orderBy: BY_NAME,
    distinct: true,
  },
  organizationParents: { body: 'MATCH (:Organization {id: id})-[r:PART_OF]->(m:Organization)', orderBy: BY_NAME },
  organizationChildren: { body: 'MATCH (:Organization {id: id})<-[r:PART_OF]-(m:Organization)', orderBy: BY_NAME },
  organizationPositions: { body: 'MATCH (:Organization {id: id})<-[r:HOLDS_POSITION]-(m:Person)', orderBy: BY_NAME },
  organizationAnnouncedBy: { body: 'MATCH (:Organization {id: id})<-[r:ANNOUNCED]-(m:Event)', orderBy: BY_DATE },
  organizationEstablishedBy: { body: 'MATCH (:Organization {id: id})<-[r:ESTABLISHED]-(m:Event)', orderBy: BY_DATE },
  organizationEvents: {
    body: 'MATCH (:Organization {id: id})-[:PARTICIPATED_IN|ESTABLISHED|ANNOUNCED|TARGETS]-(m:Event)',
    orderBy: BY_DATE,
    distinct: true,
  },

  countryEvents: {
    body: 'MATCH (:Country {id: id})-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(m:Event)',
    orderBy: BY_DATE,
    distinct: true,
  },
  countryPeople: {
    body: cypher`
      CALL (id) {
        MATCH (:Country {id: id})<-[:PART_OF*1..3]-(:Organization)<-[:HOLDS_POSITION]-(m:Person) RETURN m
        UNION
        MATCH (m:Person)-[r:PARTICIPATED_IN]->(:Event) WHERE r.representing = id RETURN m
      }`,
    orderBy: BY_NAME,
    distinct: true,
  },
  countryOrganizations: {
    body: 'MATCH (:Country {id: id})<-[:PART_OF*1..3]-(m:Organization)',
    orderBy: BY_NAME,
    distinct: true,
  },
  countrySanctionsImposed: { body: 'MATCH (:Country {id: id})<-[r:IMPOSED_BY]-(m:Event)', orderBy: BY_DATE },
  countrySanctionsReceived: { body: 'MATCH (:Country {id: id})<-[r:TARGETS]-(m:Event)', orderBy: BY_DATE },
  countryPlaces: { body: 'MATCH (:Country {id: id})<-[r:IN_COUNTRY]-(m:Place)', orderBy: BY_NAME },

  placeCountry: { body: 'MATCH (:Place {id: id})-[r:IN_COUNTRY]->(m:Country)', orderBy: BY_NAME },
  placeEvents: { body: 'MATCH (:Place {id: id})<-[r:HELD_IN]-(m:Event)', orderBy: BY_DATE },
  topicEvents: { body: 'MATCH (:Topic {id: id})<-[r:ADDRESSES]-(m:Event)', orderBy: BY_DATE },

  sourceMentions: { body: 'MATCH (:Source {id: id})-[r:MENTIONS]->(m:Entity)', orderBy: BY_NAME },
  sourceAuthors: { body: 'MATCH (:Source {id: id})-[r:WRITTEN_BY]->(m:Person)', orderBy: BY_NAME },
  sourcePublishers: { body: 'MATCH (:Source {id: id})-[r:PUBLISHED_BY]->(m:Organization)', orderBy: BY_NAME },
  sourceRepublishers: { body: 'MATCH (:Source {id: id})-[r:REPUBLISHED_BY]->(m:Organization)', orderBy: BY_NAME },
} satisfies Record<string, LinkDefinition>;

export type LinkName = keyof typeof LINKS;

/**
 * One query for a link over many parents: for each id, up to `limit` linked nodes (with their relationship's
 * properties), in the link's order. The body comes from the fixed LINKS table; ids and limit are parameters.
 */
export function linkQuery(name: LinkName, ids: readonly string[], limit: number): CypherQuery {
  const link: LinkDefinition = LINKS[name];
  const carry = link.distinct ? 'WITH DISTINCT id, m' : 'WITH id, m, r';
  const rel = link.distinct ? 'null' : 'properties(r)';
  return {
    cypher: cypher`
      UNWIND $ids AS id
      CALL (id) {
        ${link.body}
        ${carry}
        ORDER BY ${link.orderBy}
        LIMIT $limit
        RETURN collect({node: ${shipNode('m')}, rel: ${rel}}) AS links
      }
      RETURN id, links`,
    params: { ids, limit: int(limit) },
  };
}
