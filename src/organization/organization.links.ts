import { Country } from '../country/country.type';
import { Event } from '../event/event.type';
import { BY_DATE, defineLink } from '../graph/links';
import { Person } from '../person/person.type';
import { position, Position } from '../person/position.type';
import { distinctNodes, firstNode, linkResolver, nodes, wrappers } from '../schema/link-fields';
import { Organization } from './organization.type';

/** The countries an organization belongs to, up to three PART_OF hops: its own country, or its parent's. */
export const organizationCountries = defineLink({
  name: 'organizationCountries',
  from: 'Organization',
  body: 'MATCH (:Organization {id: id})-[:PART_OF*1..3]->(m:Country)',
  distinct: true,
});
const parents = defineLink({
  name: 'organizationParents',
  from: 'Organization',
  body: 'MATCH (:Organization {id: id})-[r:PART_OF]->(m:Organization)',
});
const children = defineLink({
  name: 'organizationChildren',
  from: 'Organization',
  body: 'MATCH (:Organization {id: id})<-[r:PART_OF]-(m:Organization)',
});
const positions = defineLink({
  name: 'organizationPositions',
  from: 'Organization',
  body: 'MATCH (:Organization {id: id})<-[r:HOLDS_POSITION]-(m:Person)',
});
const announcedBy = defineLink({
  name: 'organizationAnnouncedBy',
  from: 'Organization',
  body: 'MATCH (:Organization {id: id})<-[r:ANNOUNCED]-(m:Event)',
  orderBy: BY_DATE,
});
const establishedBy = defineLink({
  name: 'organizationEstablishedBy',
  from: 'Organization',
  body: 'MATCH (:Organization {id: id})<-[r:ESTABLISHED]-(m:Event)',
  orderBy: BY_DATE,
});
const events = defineLink({
  name: 'organizationEvents',
  from: 'Organization',
  body: 'MATCH (:Organization {id: id})-[:PARTICIPATED_IN|ESTABLISHED|ANNOUNCED|TARGETS]-(m:Event)',
  orderBy: BY_DATE,
  distinct: true,
});

/** The link fields of Organization. */
export const OrganizationLinks = linkResolver('OrganizationLinks', () => Organization, {
  country: firstNode(organizationCountries, () => Country, 'The country it belongs to (through PART_OF).'),
  parent: firstNode(parents, () => Organization, 'The organization it is part of.'),
  children: nodes(children, () => [Organization], 'Organizations that are part of it.'),
  people: distinctNodes(positions, () => [Person], 'People who hold positions in it.'),
  positions: wrappers(
    positions,
    () => [Position],
    'person',
    (row, organization) => position(row.node, organization, row.rel),
    'The positions in it, with who holds them.',
  ),
  announcedBy: nodes(announcedBy, () => [Event], 'Events that announced it before it was set up.'),
  establishedBy: nodes(establishedBy, () => [Event], 'Events that set it up.'),
  events: nodes(events, () => [Event], 'Events it was involved in: taking part, set up or announced by them, or targeted.'),
});

/** The link fields of Position: the country of its organization. */
export const PositionLinks = linkResolver<Position>('PositionLinks', () => Position, {
  country: firstNode<Position>(organizationCountries, () => Country, 'The country of the organization.', {
    start: (held) => held.organizationRecord.id,
    from: 'organization',
  }),
});
