import { getNamedType, GraphQLResolveInfo, isObjectType, Kind, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { LinkExtension, PREFETCH_EXTENSION, PrefetchExtension, readsOf } from './prefetch.extensions';

/** Always shipped: the id, and what names and orders a node. */
const ALWAYS = ['id', 'name', 'title'];

/** What an operation reads, wherever it meets a node or a link. */
export interface OperationReads {
  /** The stored properties of a node type's nodes. */
  properties(typeName: string): string[];
  /**
   * The properties of a link's relationships that selected fields read: those its wrappers' selected fields read
   * (Participation.role, Position.from reads validFrom), `all` when a field reads the relationship as a whole
   * (targetCount), null when nothing reads them.
   */
  relationshipProperties(link: string): string[] | 'all' | null;
  /** Whether any selected field reads evidence lists (of nodes or relationships). */
  evidence: boolean;
  /** Whether any selected field reads source texts. */
  text: boolean;
}

/**
 * What the operation reads, from the fields it selects anywhere (its fragments included) and what each field says it
 * reads (`readsOf`: a `reads` extension, else the property of its own name). For each object type, the stored
 * properties it can read of its nodes wherever they appear: the fields selected on the type, on the interfaces it
 * implements (a `... on Node` fragment), and on any fragment with that type condition. A node shipped with these
 * properties answers every position where the operation meets a node of its type, so it can sit in the request's
 * loader cache. Likewise for each link, the relationship properties that the fields selected on its wrappers read
 * (none: the link is shipped without its relationships).
 */
export function selectedProperties(info: GraphQLResolveInfo): OperationReads {
  const byType = new Map<string, Set<string>>();
  const wrappersOf = new Map<string, Set<string>>();
  /** The wrapper fields that return a link's node (Participation.person): no relationship property. */
  const nodeFieldsOf = new Map<string, Set<string>>();
  const readsWholeRelationship = new Set<string>();
  const heavy = new Set<string>();
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    [Kind.FIELD]() {
      const parent = typeInfo.getParentType();
      const field = typeInfo.getFieldDef();
      if (!parent || !field) return;
      const extension = field.extensions?.[PREFETCH_EXTENSION] as PrefetchExtension | undefined;
      const link: LinkExtension | undefined = extension && 'link' in extension ? extension : undefined;
      if (link?.rel) readsWholeRelationship.add(link.link);
      if (link?.node) {
        const wrapper = getNamedType(typeInfo.getType());
        if (wrapper) wrappersOf.set(link.link, (wrappersOf.get(link.link) ?? new Set()).add(wrapper.name));
        nodeFieldsOf.set(link.link, (nodeFieldsOf.get(link.link) ?? new Set()).add(link.node));
      }
      const reads = readsOf(field);
      for (const property of reads) if (property === 'evidence' || property === 'text') heavy.add(property);
      // A link field (Event.participants, Position.country) returns other nodes: no property of its own name.
      if (link || field.name.startsWith('__')) return;
      const names = byType.get(parent.name) ?? new Set<string>();
      for (const property of reads) names.add(property);
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
      properties = [...names];
      cache.set(typeName, properties);
    }
    return properties;
  };
  const relationshipProperties = (link: string): string[] | 'all' | null => {
    if (readsWholeRelationship.has(link)) return 'all';
    const wrappers = wrappersOf.get(link);
    if (!wrappers) return null;
    const names = new Set<string>();
    const nodeFields = nodeFieldsOf.get(link);
    for (const wrapper of wrappers) {
      for (const property of byType.get(wrapper) ?? []) if (!nodeFields?.has(property)) names.add(property);
    }
    return [...names];
  };
  return { properties, relationshipProperties, evidence: heavy.has('evidence'), text: heavy.has('text') };
}
