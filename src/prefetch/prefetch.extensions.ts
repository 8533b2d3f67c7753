import { Extensions } from 'type-graphql';

/**
 * What a field tells the prefetcher, as GraphQL field extensions, so that a request's selection is read once at its
 * root and fetched in one Cypher statement (see prefetch.plan.ts and selected-properties.ts):
 * - `prefetch: { link }`: the field returns the nodes of this declared link (src/graph/links.ts) for its parent
 *   node (or for the node of a wrapper). `node` names the wrapper's field that returns the linked node
 *   (Participation.person), when the field returns wrappers (link + relationship) rather than nodes. On a wrapper's
 *   own field, `from` names the wrapper's field whose node the link starts from (Position.country: the link of
 *   `organization`). `rel` says the field reads the link's relationships although it returns no wrapper
 *   (targetCount); wrappers always read them. Link fields get this from their declaration (src/schema/link-fields.ts).
 * - `prefetch: { relRef }`: the field returns the node whose id the wrapper's relationship holds in this property
 *   (Participation.representing).
 * - `reads`: the stored properties the field reads, where they are not just the property of its own name
 *   (Organization.kind reads `orgKind`; Participation.titles reads `title` and `evidence`).
 */
export type PrefetchExtension = LinkExtension | { relRef: string };

/** The prefetch extension of a field backed by a declared link. */
export interface LinkExtension {
  link: string;
  node?: string;
  from?: string;
  rel?: boolean;
}

export const PREFETCH_EXTENSION = 'prefetch';
export const READS_EXTENSION = 'reads';

/** Marks a wrapper's field that returns the node named by a property of the wrapper's relationship. */
export function PrefetchRelRef(property: string): MethodDecorator & PropertyDecorator {
  return Extensions({ [PREFETCH_EXTENSION]: { relRef: property } satisfies PrefetchExtension });
}

/**
 * Declares the stored properties a field reads (of its node, or of its wrapper's relationship) when they are not
 * the property of the field's own name: what the prefetch ships for the field comes from here.
 */
export function Reads(...properties: string[]): MethodDecorator & PropertyDecorator {
  return Extensions({ [READS_EXTENSION]: properties });
}

/** The properties a field reads: its `reads` extension, else the property of its own name. */
export function readsOf(field: { name: string; extensions?: Record<string, unknown> | null }): readonly string[] {
  return (field.extensions?.[READS_EXTENSION] as string[] | undefined) ?? [field.name];
}
