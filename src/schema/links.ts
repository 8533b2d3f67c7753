import { ClassType } from 'type-graphql';
import { declaredLinks, LinkDefinition } from '../graph/links';
import { CountryLinks } from '../country/country.links';
import { EventLinks } from '../event/event.links';
import { OrganizationLinks, PositionLinks } from '../organization/organization.links';
import { PersonLinks } from '../person/person.links';
import { PlaceLinks } from '../place/place.links';
import { SourceLinks } from '../source/source.links';
import { TopicLinks } from '../topic/topic.links';

/** The resolvers of every type's link fields, each made from its declarations (`<feature>.links.ts`). */
export const LINK_RESOLVERS: readonly ClassType[] = [
  EventLinks,
  PersonLinks,
  OrganizationLinks,
  PositionLinks,
  CountryLinks,
  PlaceLinks,
  TopicLinks,
  SourceLinks,
];

/** Every declared link by name, once the declarations above are loaded. */
export const LINKS: Readonly<Record<string, LinkDefinition>> = Object.fromEntries(declaredLinks());
