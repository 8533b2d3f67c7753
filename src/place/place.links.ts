import { Country } from '../country/country.type';
import { Event } from '../event/event.type';
import { BY_DATE, defineLink } from '../graph/links';
import { firstNode, linkResolver, nodes } from '../schema/link-fields';
import { Place } from './place.type';

const country = defineLink({ name: 'placeCountry', from: 'Place', body: 'MATCH (:Place {id: id})-[r:IN_COUNTRY]->(m:Country)' });
const events = defineLink({ name: 'placeEvents', from: 'Place', body: 'MATCH (:Place {id: id})<-[r:HELD_IN]-(m:Event)', orderBy: BY_DATE });

/** The link fields of Place. */
export const PlaceLinks = linkResolver('PlaceLinks', () => Place, {
  country: firstNode(country, () => Country, 'The country it is in.'),
  events: nodes(events, () => [Event], 'Events held there, by date.'),
});
