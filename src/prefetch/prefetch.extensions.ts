import { Extensions } from 'type-graphql';
import { LinkName } from '../graph/links';

/**
 * How a field tells the prefetcher what it loads, as a GraphQL field extension (`extensions.prefetch`), so a
 * request's selection can be read once at its root and fetched in one Cypher query (see prefetch.plan.ts):
 * - `link`: the field returns the nodes of this LINKS entry for its parent node (or for the node of a wrapper);
 *   `node` names the wrapper's field that returns the linked node (Participation.person), when the field returns
 *   wrappers (link + relationship) rather than nodes. On a wrapper's own field, `from` names the wrapper's field
 *   whose node the link starts from (Position.country: the link of `organization`). `rel` says the field reads the
 *   link's relationships although it returns no wrapper (targetCount); wrappers always read them.
 * - `relRef`: the field returns the node whose id the wrapper's relationship holds in this property
 *   (Participation.representing).
 */
export type PrefetchExtension = { link: LinkName; node?: string; from?: string; rel?: boolean } | { relRef: string };

export const PREFETCH_EXTENSION = 'prefetch';

/** Marks a field that returns a link's nodes (or wrappers of them, whose `node` field is the linked node). */
export function PrefetchLink(link: LinkName, options: { node?: string; from?: string; rel?: boolean } = {}): MethodDecorator & PropertyDecorator {
  return Extensions({ [PREFETCH_EXTENSION]: { link, ...options } satisfies PrefetchExtension });
}

/** Marks a wrapper's field that returns the node named by a property of the wrapper's relationship. */
export function PrefetchRelRef(property: string): MethodDecorator & PropertyDecorator {
  return Extensions({ [PREFETCH_EXTENSION]: { relRef: property } satisfies PrefetchExtension });
}
