import { cypher } from '../graph/cypher';
import { Event } from '../event/event.type';
import { BY_DATE, defineLink } from '../graph/links';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';
import { Place } from '../place/place.type';
import { linkResolver, nodes } from '../schema/link-fields';
import { Country } from './country.type';

const events = defineLink({
  name: 'countryEvents',
  from: 'Country',
  body: 'MATCH (:Country {id: id})-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(m:Event)',
  orderBy: BY_DATE,
  distinct: true,
});
const people = defineLink({
  name: 'countryPeople',
  from: 'Country',
  body: cypher`
    CALL (id) {
      MATCH (:Country {id: id})<-[:PART_OF*1..3]-(:Organization)<-[:HOLDS_POSITION]-(m:Person) RETURN m
      UNION
      MATCH (m:Person)-[r:PARTICIPATED_IN]->(:Event) WHERE r.representing = id RETURN m
    }`,
  distinct: true,
});
const organizations = defineLink({
  name: 'countryOrganizations',
  from: 'Country',
  body: 'MATCH (:Country {id: id})<-[:PART_OF*1..3]-(m:Organization)',
  distinct: true,
});
const places = defineLink({ name: 'countryPlaces', from: 'Country', body: 'MATCH (:Country {id: id})<-[r:IN_COUNTRY]-(m:Place)' });
const imposed = defineLink({
  name: 'countrySanctionsImposed',
  from: 'Country',
  body: 'MATCH (:Country {id: id})<-[r:IMPOSED_BY]-(m:Event)',
  orderBy: BY_DATE,
});
const received = defineLink({
  name: 'countrySanctionsReceived',
  from: 'Country',
  body: 'MATCH (:Country {id: id})<-[r:TARGETS]-(m:Event)',
  orderBy: BY_DATE,
});

/** The link fields of Country. */
export const CountryLinks = linkResolver('CountryLinks', () => Country, {
  events: nodes(events, () => [Event], 'Events it was involved in: taking part, imposing a sanction or targeted; by date.'),
  people: nodes(people, () => [Person], 'People serving it (positions in its government) or representing it at events.'),
  organizations: nodes(organizations, () => [Organization], 'Its organizations (through PART_OF).'),
  places: nodes(places, () => [Place], 'Places in it.'),
  sanctionsImposed: nodes(imposed, () => [Event], 'Sanctions it imposed.'),
  sanctionsReceived: nodes(received, () => [Event], 'Sanctions that target it.'),
});
