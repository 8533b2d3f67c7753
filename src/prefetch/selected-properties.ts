import { getNamedType, GraphQLResolveInfo, isObjectType, Kind, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { LinkName } from '../graph/links';
import { PREFETCH_EXTENSION, PrefetchExtension } from './prefetch.extensions';
import { fieldNamesOf } from './prefetch.plan';

/**
 * Fields whose resolvers read stored properties of other names (Organization.kind is `orgKind`); every other field
 * of a node type reads the property of its own name, or none.
 */
const PROPERTIES_OF_FIELD: Record<string, readonly string[]> = {
  kind: ['orgKind', 'placeKind'],
  label: ['name', 'title'],
  dateClaims: ['evidence'],
  statusClaims: ['evidence'],
};

/**
 * Fields of wrappers (Participation, Position, CountryParticipation, Targeting) that read relationship properties of
 * other names; every other wrapper field reads the property of its own name, or none (the linked node's field).
 */
const RELATIONSHIP_PROPERTIES_OF_FIELD: Record<string, readonly string[]> = {
  titles: ['title', 'evidence'],
  from: ['validFrom'],
  until: ['validUntil'],
};

/** Always shipped: the id, and what names and orders a node. */
const ALWAYS = ['id', 'name', 'title'];

/**
 * What the operation reads. For each object type, the stored properties it can read of its nodes, wherever they appear: the
 * fields selected on the type, on the interfaces it implements (a `... on Node` fragment), and on any fragment with
 * that type condition, anywhere in the document. A node shipped with these properties answers every position where
 * the operation meets a node of its type, so it can sit in the request's loader cache. Likewise for each link, the
 * relationship properties that the fields selected on its wrappers read anywhere (none: the link is shipped without
 * its relationships).
 */
export function selectedProperties(info: GraphQLResolveInfo): OperationReads {
  const byType = new Map<string, Set<string>>();
  const wrappersOf = new Map<LinkName, Set<string>>();
  /** The wrapper fields that return a link's node (Participation.person): no relationship property. */
  const nodeFieldsOf = new Map<LinkName, Set<string>>();
  const readsWholeRelationship = new Set<LinkName>();
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    [Kind.FIELD](node) {
      const parent = typeInfo.getParentType();
      if (!parent) return;
      const extension = typeInfo.getFieldDef()?.extensions?.[PREFETCH_EXTENSION] as PrefetchExtension | undefined;
      const link = extension && 'link' in extension ? extension : undefined;
      if (link?.rel) readsWholeRelationship.add(link.link);
      if (link?.node) {
        const wrapper = getNamedType(typeInfo.getType());
        if (wrapper) wrappersOf.set(link.link, (wrappersOf.get(link.link) ?? new Set()).add(wrapper.name));
        nodeFieldsOf.set(link.link, (nodeFieldsOf.get(link.link) ?? new Set()).add(link.node));
      }
      const names = byType.get(parent.name) ?? new Set<string>();
      // A link field (Event.participants, Position.country) returns other nodes: no property of its own name.
      if (!link) names.add(node.name.value);
      for (const property of PROPERTIES_OF_FIELD[node.name.value] ?? []) names.add(property);
      byType.set(parent.name, names);
    },
  });
  visit(info.operation, visitor);
  for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
  const cache = new Map<string, string[]>();
  const properties = (typeName: string): string[] => {
    let properties = cache.get(typeName);
    if (!properties) {
      const type = info.schema.getType(typeName);
      const faces = isObjectType(type) ? type.getInterfaces().map((face) => face.name) : [];
      const names = new Set(ALWAYS);
      for (const source of [typeName, ...faces]) for (const name of byType.get(source) ?? []) names.add(name);
      properties = [...names].filter((name) => !name.startsWith('__')); // __typename is no property
      cache.set(typeName, properties);
    }
    return properties;
  };
  const relationshipProperties = (link: LinkName): string[] | 'all' | null => {
    if (readsWholeRelationship.has(link)) return 'all';
    const wrappers = wrappersOf.get(link);
    if (!wrappers) return null;
    const names = new Set<string>();
    const nodeFields = nodeFieldsOf.get(link);
    for (const wrapper of wrappers) {
      for (const field of byType.get(wrapper) ?? []) {
        if (nodeFields?.has(field)) continue;
        for (const name of RELATIONSHIP_PROPERTIES_OF_FIELD[field] ?? [field]) names.add(name);
      }
    }
    return [...names].filter((name) => !name.startsWith('__'));
  };
  return { properties, relationshipProperties };
}

/** What an operation reads, wherever it meets a node or a link. */
export interface OperationReads {
  /** The stored properties of a node type's nodes. */
  properties(typeName: string): string[];
  /**
   * The properties of a link's relationships that selected fields read: those its wrappers' selected fields read
   * (Participation.role, Position.from), `all` when a field reads the relationship as a whole (targetCount), null
   * when nothing reads them.
   */
  relationshipProperties(link: LinkName): string[] | 'all' | null;
}

/** Fields that read the evidence lists of nodes or relationships. */
const EVIDENCE_FIELDS = ['evidence', 'dateClaims', 'statusClaims', 'titles'];

/**
 * The heavy properties (evidence lists, source texts) that no field of the operation reads anywhere, so that the
 * nodes it gets need not carry them.
 */
export function unreadHeavyProperties(info: GraphQLResolveInfo): string[] {
  const names = fieldNamesOf(info);
  return [...(EVIDENCE_FIELDS.some((name) => names.has(name)) ? [] : ['evidence']), ...(names.has('text') ? [] : ['text'])];
}
