import { Field, ID, InterfaceType } from 'type-graphql';
import { EntityKind } from './enums';

/** GraphQL type names of the node kinds. */
export const TYPE_OF_KIND: Record<EntityKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  PLACE: 'Place',
  EVENT: 'Event',
  TOPIC: 'Topic',
  SOURCE: 'Source',
};

@InterfaceType({
  description: 'Anything in the graph with a stable id (`<kind>:<slug>`, e.g. `person:lee-joon-il`, `country:KOR`).',
  resolveType: (value: { kind: EntityKind }) => TYPE_OF_KIND[value.kind],
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, URL-safe, unique across the graph; never changes once published.' })
  id: string;

  /** What kind of node this is (GraphQL shows it as __typename). */
  kind: EntityKind;
}
