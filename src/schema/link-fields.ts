import { ClassType, Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { LinkDefinition } from '../graph/links';
import { LinkRow, mapNow, Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { LinkExtension, PREFETCH_EXTENSION } from '../prefetch/prefetch.extensions';

/** A type-graphql return type: `() => Place`, `() => [Event]`. */
export type ReturnTypeFunc = NonNullable<Parameters<typeof FieldResolver>[0]>;

/**
 * One GraphQL field backed by a declared link: the field's type and description, how the link's rows for one parent
 * become the field's value, and what the prefetch needs to know. Made by the helpers below; `linkResolver` turns a
 * set of them into a type-graphql resolver class. The link itself is declared once (defineLink) and may back several
 * fields (Event.targets, targetings and targetCount read one link): they share its loader and its prefetch clause.
 */
export interface LinkField<Parent = NodeRecord> {
  link: LinkDefinition;
  type: ReturnTypeFunc;
  description: string;
  nullable?: boolean;
  /** The field's value from the rows of its parent. */
  value: (rows: LinkRow[], parent: Parent) => unknown;
  /** The id the link starts from; default the parent node's own id. */
  start?: (parent: Parent) => string;
  /** What the prefetch needs beyond the link: the wrapper's node field, the field it starts from, relationships read. */
  prefetch?: Omit<LinkExtension, 'link'>;
}

/** The linked nodes, in the link's order: `[Event]`. */
export function nodes(link: LinkDefinition, type: ReturnTypeFunc, description: string): LinkField {
  return { link, type, description, value: (rows) => rows.map((row) => row.node) };
}

/** The linked nodes once each, in the link's order (a person holding two positions in one organization). */
export function distinctNodes(link: LinkDefinition, type: ReturnTypeFunc, description: string): LinkField {
  return { link, type, description, value: (rows) => [...new Map(rows.map((row) => [row.node.id, row.node])).values()] };
}

/** The first linked node, or null: `Place`. */
export function firstNode<Parent = NodeRecord>(
  link: LinkDefinition,
  type: ReturnTypeFunc,
  description: string,
  options: { start?: (parent: Parent) => string; from?: string } = {},
): LinkField<Parent> {
  return {
    link,
    type,
    description,
    nullable: true,
    value: (rows) => rows[0]?.node ?? null,
    start: options.start,
    prefetch: options.from ? { from: options.from } : undefined,
  };
}

/**
 * Each linked node with its relationship, as a wrapper (`[Participation]`): `node` names the wrapper's field that
 * returns the linked node, `wrap` makes a wrapper from a row and the parent.
 */
export function wrappers(
  link: LinkDefinition,
  type: ReturnTypeFunc,
  node: string,
  wrap: (row: LinkRow, parent: NodeRecord) => unknown,
  description: string,
): LinkField {
  return { link, type, description, value: (rows, parent) => rows.map((row) => wrap(row, parent)), prefetch: { node } };
}

/** A value computed from the rows and their relationships (a count): `Int`. */
export function fromRows(
  link: LinkDefinition,
  type: ReturnTypeFunc,
  value: (rows: LinkRow[]) => unknown,
  description: string,
  nullable = false,
): LinkField {
  return { link, type, description, nullable, value, prefetch: { rel: true } };
}

/**
 * A type-graphql resolver class for the link fields of one GraphQL type: each field resolves to its value from the
 * rows the request's loaders hold for its parent (at hand when the prefetch brought them; else loaded in one batched
 * query per link), and carries the prefetch extension that tells the prefetcher which link it reads.
 */
export function linkResolver<Parent>(name: string, parentType: () => ClassType, fields: Record<string, LinkField<Parent>>): ClassType {
  class LinkResolver {}
  Object.defineProperty(LinkResolver, 'name', { value: name });
  for (const [fieldName, field] of Object.entries(fields)) {
    const start = field.start ?? ((parent: Parent) => (parent as NodeRecord).id);
    const resolve = (parent: Parent, ctx: RequestContext): Now<unknown> =>
      mapNow(ctx.nodes.links(field.link, start(parent)), (rows) => field.value(rows, parent));
    const descriptor: PropertyDescriptor = { value: resolve, writable: true, configurable: true, enumerable: false };
    Object.defineProperty(LinkResolver.prototype, fieldName, descriptor);
    Root()(LinkResolver.prototype, fieldName, 0);
    Ctx()(LinkResolver.prototype, fieldName, 1);
    Extensions({ [PREFETCH_EXTENSION]: { link: field.link.name, ...field.prefetch } satisfies LinkExtension })(
      LinkResolver.prototype,
      fieldName,
      descriptor,
    );
    FieldResolver(field.type, { nullable: field.nullable, description: field.description })(LinkResolver.prototype, fieldName, descriptor);
  }
  Resolver(parentType)(LinkResolver);
  return LinkResolver;
}
