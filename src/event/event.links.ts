import { Int } from 'type-graphql';
import { Node } from '../common/node.interface';
import { Country } from '../country/country.type';
import { BY_DATE, defineLink } from '../graph/links';
import { Organization } from '../organization/organization.type';
import { Place } from '../place/place.type';
import { fromRows, firstNode, linkResolver, nodes, wrappers } from '../schema/link-fields';
import { Source } from '../source/source.type';
import { mentionedBy } from '../source/source.links';
import { Topic } from '../topic/topic.type';
import { Event } from './event.type';
import {
  AgendaItem,
  agendaItem,
  CountryParticipation,
  countryParticipation,
  OrganizationParticipation,
  organizationParticipation,
  participation,
  Participation,
  targeting,
  Targeting,
} from './participation.type';

/** A link from an event: `pattern` continues `(:Event {id: id})`. */
const fromEvent = (name: string, pattern: string, options: { orderBy?: string; distinct?: boolean } = {}) =>
  defineLink({ name, from: 'Event', body: `MATCH (:Event {id: id})${pattern}`, ...options });

const location = fromEvent('eventLocation', '-[r:HELD_IN]->(m:Place)');
const people = fromEvent('eventParticipants', '<-[r:PARTICIPATED_IN]-(m:Person)');
const countryRoles = fromEvent('eventCountryRoles', '<-[r:PARTICIPATED_IN]-(m:Country)');
const organizationRoles = fromEvent('eventOrganizationRoles', '<-[r:PARTICIPATED_IN]-(m:Organization)');
const countries = fromEvent('eventCountries', '-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(m:Country)', { distinct: true });
const organizations = fromEvent('eventOrganizations', '-[:PARTICIPATED_IN|ESTABLISHED|ANNOUNCED|TARGETS]-(m:Organization)', {
  distinct: true,
});
const established = fromEvent('eventEstablished', '-[r:ESTABLISHED]->(m:Organization)');
const topics = fromEvent('eventTopics', '-[r:ADDRESSES]->(m:Topic)');
const followsUp = fromEvent('eventFollowsUp', '-[r:FOLLOWS_UP]->(m:Event)', { orderBy: BY_DATE });
const followedBy = fromEvent('eventFollowedBy', '<-[r:FOLLOWS_UP]-(m:Event)', { orderBy: BY_DATE });
const partOf = fromEvent('eventPartOf', '-[r:PART_OF]->(m:Event)', { orderBy: BY_DATE });
const parts = fromEvent('eventParts', '<-[r:PART_OF]-(m:Event)', { orderBy: BY_DATE });
const precededBy = fromEvent('eventPrecededBy', '-[r:PRECEDED_BY]->(m:Event)', { orderBy: BY_DATE });
const precedes = fromEvent('eventPrecedes', '<-[r:PRECEDED_BY]-(m:Event)', { orderBy: BY_DATE });
const announced = fromEvent('eventAnnounced', '-[r:ANNOUNCED]->(m:Entity)');
const announcedBy = fromEvent('eventAnnouncedBy', '<-[r:ANNOUNCED]-(m:Event)', { orderBy: BY_DATE });
const about = fromEvent('eventAbout', '-[r:ABOUT]->(m:Event)', { orderBy: BY_DATE });
const statements = fromEvent('eventStatements', '<-[r:ABOUT]-(m:Event)', { orderBy: BY_DATE });
const imposedBy = fromEvent('eventImposedBy', '-[r:IMPOSED_BY]->(m:Country)');
const targets = fromEvent('eventTargets', '-[r:TARGETS]->(m:Entity)');

/** The link fields of Event. */
export const EventLinks = linkResolver('EventLinks', () => Event, {
  location: firstNode(location, () => Place, 'Where it was held.'),
  participants: wrappers(
    people,
    () => [Participation],
    'person',
    (row, event) => participation(row.node, event, row.rel),
    'The people who took part, with role, country represented and title.',
  ),
  countryParticipations: wrappers(
    countryRoles,
    () => [CountryParticipation],
    'country',
    countryParticipation,
    'Countries that took part as governments (hosts among them), with their role.',
  ),
  organizationParticipations: wrappers(
    organizationRoles,
    () => [OrganizationParticipation],
    'organization',
    organizationParticipation,
    'Organizations that took part, with their role (the ministry that made a statement: SPEAKER).',
  ),
  countries: nodes(countries, () => [Country], 'Every country involved: taking part, imposing a sanction or targeted by it.'),
  organizations: nodes(
    organizations,
    () => [Organization],
    'Organizations involved: taking part, established or announced by it, or targeted.',
  ),
  established: nodes(established, () => [Organization], 'Organizations this event set up.'),
  topics: nodes(topics, () => [Topic], 'What it addressed (or, see agenda, was only expected to).'),
  agenda: wrappers(
    topics,
    () => [AgendaItem],
    'topic',
    agendaItem,
    'Each topic with how the sources state it: addressed, or only expected to be (an agenda announced beforehand).',
  ),
  followsUp: nodes(followsUp, () => [Event], 'Earlier events this one follows up on.'),
  followedBy: nodes(followedBy, () => [Event], 'Later events that follow up on this one.'),
  partOf: nodes(partOf, () => [Event], 'Larger events this one was part of (an agreement reached at a summit).'),
  parts: nodes(parts, () => [Event], 'Events that were part of this one.'),
  precededBy: nodes(
    precededBy,
    () => [Event],
    'Earlier events a source says this one came closely after, without saying it acted on them (that is followsUp).',
  ),
  precedes: nodes(precedes, () => [Event], 'Later events a source says came closely after this one.'),
  announced: nodes(announced, () => [Node], 'Organizations or later events this event announced (a summit announcing a working group).'),
  announcedBy: nodes(announcedBy, () => [Event], 'Earlier events that announced this one.'),
  about: nodes(about, () => [Event], 'For a statement: the events it is about.'),
  statements: nodes(statements, () => [Event], 'Statements about this event.'),
  imposedBy: nodes(imposedBy, () => [Country], 'For a sanction: the governments that imposed it.'),
  targets: nodes(targets, () => [Node], 'For a sanction: its targets (countries, people, organizations).'),
  targetings: wrappers(
    targets,
    () => [Targeting],
    'target',
    targeting,
    'For a sanction: each target with the number of unnamed targets it stands for.',
  ),
  targetCount: fromRows(
    targets,
    () => Int,
    (rows) => (rows.length === 0 ? null : rows.reduce((sum, row) => sum + ((row.rel?.count as number | undefined) ?? 1), 0)),
    'For a sanction: how many targets in all (each target counts its unnamed number, or 1); null without targets.',
    true,
  ),
  sources: nodes(mentionedBy, () => [Source], 'Every source that reports it.'),
});
