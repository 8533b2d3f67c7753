import { Country } from '../country/country.type';
import { cypher } from '../graph/cypher';
import { Event } from '../event/event.type';
import { participation, Participation } from '../event/participation.type';
import { BY_DATE, BY_NAME, defineLink } from '../graph/links';
import { linkResolver, firstNode, nodes, wrappers } from '../schema/link-fields';
import { Source } from '../source/source.type';
import { mentionedBy } from '../source/source.links';
import { Person } from './person.type';
import { position, Position } from './position.type';

const positions = defineLink({
  name: 'personPositions',
  from: 'Person',
  body: 'MATCH (:Person {id: id})-[r:HOLDS_POSITION]->(m:Organization)',
  orderBy: `r.validFrom, ${BY_NAME}`,
});
const participations = defineLink({
  name: 'personParticipations',
  from: 'Person',
  body: 'MATCH (:Person {id: id})-[r:PARTICIPATED_IN]->(m:Event)',
  orderBy: BY_DATE,
});
const countries = defineLink({
  name: 'personCountries',
  from: 'Person',
  body: cypher`
    CALL (id) {
      MATCH (:Person {id: id})-[:HOLDS_POSITION]->(:Organization)-[:PART_OF*1..3]->(m:Country) RETURN m
      UNION
      MATCH (:Person {id: id})-[r:PARTICIPATED_IN]->(:Event) MATCH (m:Country {id: r.representing}) RETURN m
    }`,
  distinct: true,
});
const authored = defineLink({ name: 'personAuthored', from: 'Person', body: 'MATCH (:Person {id: id})<-[r:WRITTEN_BY]-(m:Source)' });

/** The link fields of Person. */
export const PersonLinks = linkResolver('PersonLinks', () => Person, {
  country: firstNode(
    countries,
    () => Country,
    'The country the person serves: through a position in its government, else the one represented at events.',
  ),
  positions: wrappers(
    positions,
    () => [Position],
    'organization',
    (row, person) => position(person, row.node, row.rel),
    'Positions held, each as its source states it (disagreeing sources give several).',
  ),
  participations: wrappers(
    participations,
    () => [Participation],
    'event',
    (row, person) => participation(person, row.node, row.rel),
    'Events taken part in, with role and title.',
  ),
  events: nodes(participations, () => [Event], 'Events taken part in, by date.'),
  authored: nodes(authored, () => [Source], 'Sources this person wrote.'),
  sources: nodes(mentionedBy, () => [Source], 'Sources that mention this person.'),
});
