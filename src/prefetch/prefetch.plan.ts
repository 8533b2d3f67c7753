import {
  FieldNode,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { LinkExtension, PREFETCH_EXTENSION, PrefetchExtension } from './prefetch.extensions';

/** What to fetch along with one node: its links (each with what to fetch along with the linked nodes). */
export interface NodePlan {
  /** The GraphQL object type of the nodes (unset where a position is an interface, such as Node). */
  type?: string;
  links: Map<string, LinkPlan>;
  /** The sources of the node's own evidence (a selection reaches `Evidence.source`). */
  evidenceSources: boolean;
}

/** What to fetch along with each row of a link. */
export interface LinkPlan {
  node: NodePlan;
  /** The sources of the relationship's evidence (a wrapper's `evidence { source }`). */
  relEvidenceSources: boolean;
  /** Nodes named by a relationship property (Participation.representing), each with its own plan. */
  refs: Map<string, NodePlan>;
}

/** Links are followed this many levels below the root; deeper selections fall back to the batched loaders. */
export const MAX_PREFETCH_DEPTH = 3;

export function emptyPlan(): NodePlan {
  return { links: new Map(), evidenceSources: false };
}

/** Whether a plan fetches anything beyond the nodes themselves. */
export function isEmptyPlan(plan: NodePlan): boolean {
  return plan.links.size === 0 && !plan.evidenceSources;
}

/**
 * The plan for the nodes a resolver returns: read from the request's selection at `path` below the resolver's field
 * (`['edges', 'node']` for a connection), for the object type found there. Fields say what they load through their
 * `prefetch` extension; fields without one are resolved as before.
 */
export function planOf(info: GraphQLResolveInfo, path: readonly string[] = []): NodePlan {
  const reader = new SelectionReader(info);
  let type = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    if (!isObjectType(type)) return emptyPlan();
    const field = type.getFields()[name];
    if (!field) return emptyPlan();
    nodes = reader.fields(type, nodes).get(name) ?? [];
    type = getNamedType(field.type);
  }
  return isObjectType(type) && nodes.length > 0 ? reader.nodePlan(type, nodes, 0) : emptyPlan();
}

/** Every field name the operation selects anywhere (its fragments included): to tell what it can never use. */
export function fieldNamesOf(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      if (selection.kind !== Kind.FRAGMENT_SPREAD) walk(selection.selectionSet);
    }
  };
  walk(info.operation.selectionSet);
  for (const fragment of Object.values(info.fragments)) walk(fragment.selectionSet);
  return names;
}

/** Whether the resolver's own selection (on the object type it returns) includes the field `name`. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const type = getNamedType(info.returnType);
  return isObjectType(type) && new SelectionReader(info).fields(type, info.fieldNodes).has(name);
}

class SelectionReader {
  constructor(private readonly info: GraphQLResolveInfo) {}

  nodePlan(type: GraphQLObjectType, nodes: readonly FieldNode[], depth: number): NodePlan {
    const plan: NodePlan = { ...emptyPlan(), type: type.name };
    for (const [name, fieldNodes] of this.fields(type, nodes)) {
      const field = type.getFields()[name];
      if (!field) continue;
      const extension = field.extensions?.[PREFETCH_EXTENSION] as PrefetchExtension | undefined;
      if (extension && 'link' in extension) {
        this.addLink(plan, extension, getNamedType(field.type), fieldNodes, depth);
      } else if (!extension && this.reachesEvidenceSource(getNamedType(field.type), fieldNodes, 0)) {
        plan.evidenceSources = true;
      }
    }
    return plan;
  }

  private addLink(plan: NodePlan, extension: LinkExtension, target: unknown, nodes: readonly FieldNode[], depth: number): void {
    if (depth >= MAX_PREFETCH_DEPTH) return;
    let link = plan.links.get(extension.link);
    if (!link) {
      link = { node: emptyPlan(), relEvidenceSources: false, refs: new Map() };
      plan.links.set(extension.link, link);
    }
    if (!isObjectType(target)) return; // an interface (Node): the linked nodes come without a nested plan
    if (extension.node) this.addWrapper(link, target, extension.node, nodes, depth + 1);
    else merge(link.node, this.nodePlan(target, nodes, depth + 1));
  }

  /** A wrapper (link + relationship): its node field plans the linked node; its other fields plan the relationship. */
  private addWrapper(link: LinkPlan, wrapper: GraphQLObjectType, nodeField: string, nodes: readonly FieldNode[], depth: number): void {
    for (const [name, fieldNodes] of this.fields(wrapper, nodes)) {
      const field = wrapper.getFields()[name];
      if (!field) continue;
      const target = getNamedType(field.type);
      const extension = field.extensions?.[PREFETCH_EXTENSION] as PrefetchExtension | undefined;
      if (name === nodeField) {
        if (isObjectType(target)) merge(link.node, this.nodePlan(target, fieldNodes, depth));
      } else if (extension && 'link' in extension) {
        if (extension.from === nodeField) this.addLink(link.node, extension, target, fieldNodes, depth);
      } else if (extension && 'relRef' in extension) {
        const ref = isObjectType(target) ? this.nodePlan(target, fieldNodes, depth) : emptyPlan();
        const known = link.refs.get(extension.relRef);
        if (known) merge(known, ref);
        else link.refs.set(extension.relRef, ref);
      } else if (this.reachesEvidenceSource(target, fieldNodes, 0)) {
        link.relEvidenceSources = true;
      }
    }
  }

  /**
   * Whether a selection reaches `Evidence.source` (or a claim's source) through value types (Evidence, DateClaim, Claim): types that are
   * not nodes. A node type stops the walk: its evidence is its own.
   */
  private reachesEvidenceSource(type: unknown, nodes: readonly FieldNode[], depth: number): boolean {
    if (!isObjectType(type) || depth > 3 || type.getInterfaces().some((face) => face.name === 'Node')) return false;
    const fields = this.fields(type, nodes);
    // Evidence.source, DateClaim.source, StatusClaim.source: the source a value of evidence names.
    if (fields.has('source') && getNamedType(type.getFields().source?.type)?.name === 'Source') return true;
    for (const [name, fieldNodes] of fields) {
      const field = type.getFields()[name];
      if (field && !field.extensions?.[PREFETCH_EXTENSION] && this.reachesEvidenceSource(getNamedType(field.type), fieldNodes, depth + 1))
        return true;
    }
    return false;
  }

  /** The fields selected on `type` below `nodes`, by field name, through fragments, honouring @skip and @include. */
  fields(type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    for (const node of nodes) if (node.selectionSet) this.collect(type, node.selectionSet, fields, new Set());
    return fields;
  }

  private collect(type: GraphQLObjectType, selectionSet: SelectionSetNode, fields: Map<string, FieldNode[]>, visited: Set<string>): void {
    for (const selection of selectionSet.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const list = fields.get(selection.name.value) ?? [];
        list.push(selection);
        fields.set(selection.name.value, list);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(type, selection.typeCondition?.name.value)) this.collect(type, selection.selectionSet, fields, visited);
      } else {
        const name = selection.name.value;
        const fragment = this.info.fragments[name];
        if (!fragment || visited.has(name) || !this.applies(type, fragment.typeCondition.name.value)) continue;
        visited.add(name);
        this.collect(type, fragment.selectionSet, fields, visited);
      }
    }
  }

  private applies(type: GraphQLObjectType, condition: string | undefined): boolean {
    if (!condition || condition === type.name) return true;
    const abstract = this.info.schema.getType(condition);
    return isAbstractType(abstract) && this.info.schema.isSubType(abstract, type);
  }

  private included(selection: { directives?: readonly unknown[] }): boolean {
    const node = selection as Parameters<typeof getDirectiveValues>[1];
    if (getDirectiveValues(GraphQLSkipDirective, node, this.info.variableValues)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, this.info.variableValues)?.if !== false;
  }
}

/** Adds everything `extra` fetches to `plan`. */
function merge(plan: NodePlan, extra: NodePlan): void {
  plan.type ??= extra.type;
  plan.evidenceSources ||= extra.evidenceSources;
  for (const [name, link] of extra.links) {
    const known = plan.links.get(name);
    if (!known) {
      plan.links.set(name, link);
      continue;
    }
    merge(known.node, link.node);
    known.relEvidenceSources ||= link.relEvidenceSources;
    for (const [property, ref] of link.refs) {
      const knownRef = known.refs.get(property);
      if (knownRef) merge(knownRef, ref);
      else known.refs.set(property, ref);
    }
  }
}
