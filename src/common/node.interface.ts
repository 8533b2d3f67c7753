import { Field, ID, InterfaceType } from 'type-graphql';
import { EntityKind } from './enums';
import { LABEL_OF_KIND } from '../graph/kinds';

/** GraphQL type names of the node kinds: the same as their labels. */
export const TYPE_OF_KIND: Record<EntityKind, string> = LABEL_OF_KIND;

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
