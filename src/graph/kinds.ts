/**
 * The graph's fixed vocabulary: node kinds with their labels and id prefixes, and relationship types. Labels and
 * relationship types are only ever taken from these lists, never from user input.
 */
export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE', 'EVENT', 'TOPIC', 'SOURCE'] as const;
export type EntityKindName = (typeof ENTITY_KINDS)[number];

/** The label every node carries besides its kind's label; ids are unique across it. */
export const ENTITY_LABEL = 'Entity';

export const LABEL_OF_KIND: Record<EntityKindName, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  PLACE: 'Place',
  EVENT: 'Event',
  TOPIC: 'Topic',
  SOURCE: 'Source',
};

export const ID_PREFIX_OF_KIND: Record<EntityKindName, string> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  COUNTRY: 'country',
  PLACE: 'place',
  EVENT: 'event',
  TOPIC: 'topic',
  SOURCE: 'source',
};

/** The full-text index over all kinds, and one per kind (searching within kinds must not lose hits to others). */
export const SEARCH_INDEX = 'entity_names';
export const SEARCH_INDEX_OF_KIND: Record<EntityKindName, string> = {
  PERSON: 'person_names',
  ORGANIZATION: 'organization_names',
  COUNTRY: 'country_names',
  PLACE: 'place_names',
  EVENT: 'event_titles',
  TOPIC: 'topic_names',
  SOURCE: 'source_titles',
};

const KIND_OF_LABEL = new Map(Object.entries(LABEL_OF_KIND).map(([kind, label]) => [label, kind as EntityKindName]));

/** The kind of a node from its labels, or undefined for a node outside the model. */
export function kindOfLabels(labels: readonly string[]): EntityKindName | undefined {
  for (const label of labels) {
    const kind = KIND_OF_LABEL.get(label);
    if (kind) return kind;
  }
  return undefined;
}

/** The kind an id names by its prefix (`person:lee-joon-il` is a PERSON), or undefined. */
export function kindOfId(id: string): EntityKindName | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return ENTITY_KINDS.find((kind) => ID_PREFIX_OF_KIND[kind] === prefix);
}

export const RELATION_TYPES = [
  'PARTICIPATED_IN',
  'HOLDS_POSITION',
  'PART_OF',
  'HELD_IN',
  'IN_COUNTRY',
  'ESTABLISHED',
  'FOLLOWS_UP',
  'ADDRESSES',
  'IMPOSED_BY',
  'TARGETS',
  'PRECEDED_BY',
  'ANNOUNCED',
  'ABOUT',
  'WRITTEN_BY',
  'PUBLISHED_BY',
  'REPUBLISHED_BY',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Every source MENTIONS each node it gives evidence for; the ingester adds these, inputs do not. */
export const MENTIONS = 'MENTIONS';

/**
 * Which kinds each relationship type may connect (from -> to). PRECEDED_BY: a source says the event came closely
 * after the other ("followed closely a series of sanctions") without saying it acted on it (that is FOLLOWS_UP).
 * ANNOUNCED: an event announced an organization or a later event before it was set up or held. ABOUT: a statement
 * about another event. REPUBLISHED_BY: a publisher that republished the source (PUBLISHED_BY: its first publisher).
 */
export const RELATION_ENDS: Record<RelationType, { from: EntityKindName[]; to: EntityKindName[] }> = {
  PARTICIPATED_IN: { from: ['PERSON', 'COUNTRY', 'ORGANIZATION'], to: ['EVENT'] },
  HOLDS_POSITION: { from: ['PERSON'], to: ['ORGANIZATION'] },
  PART_OF: { from: ['ORGANIZATION', 'EVENT'], to: ['ORGANIZATION', 'COUNTRY', 'EVENT'] },
  HELD_IN: { from: ['EVENT'], to: ['PLACE'] },
  IN_COUNTRY: { from: ['PLACE'], to: ['COUNTRY'] },
  ESTABLISHED: { from: ['EVENT'], to: ['ORGANIZATION'] },
  FOLLOWS_UP: { from: ['EVENT'], to: ['EVENT'] },
  ADDRESSES: { from: ['EVENT'], to: ['TOPIC'] },
  IMPOSED_BY: { from: ['EVENT'], to: ['COUNTRY'] },
  TARGETS: { from: ['EVENT'], to: ['COUNTRY', 'PERSON', 'ORGANIZATION'] },
  PRECEDED_BY: { from: ['EVENT'], to: ['EVENT'] },
  ANNOUNCED: { from: ['EVENT'], to: ['ORGANIZATION', 'EVENT'] },
  ABOUT: { from: ['EVENT'], to: ['EVENT'] },
  WRITTEN_BY: { from: ['SOURCE'], to: ['PERSON'] },
  PUBLISHED_BY: { from: ['SOURCE'], to: ['ORGANIZATION'] },
  REPUBLISHED_BY: { from: ['SOURCE'], to: ['ORGANIZATION'] },
};

/** Relationship types about a source (who wrote and published it), not facts of the world: graph views skip them. */
export const SOURCE_RELATION_TYPES: readonly RelationType[] = ['WRITTEN_BY', 'PUBLISHED_BY', 'REPUBLISHED_BY'];
