/**
 * How nodes leave the database: as a map of their properties without the ones only the graph layer reads (search
 * keys, bookkeeping timestamps), with their labels under LABELS_KEY; `toPlain` turns such a map back into a
 * NodeRecord. Less to send, and no timestamps to decode, for every node the API reads.
 */
export const INTERNAL_PROPERTIES = ['searchText', 'nameKeys', 'sourceKey', 'createdAt', 'updatedAt'] as const;

/** The key under which a shipped node carries its labels. */
export const LABELS_KEY = '__labels';

/** The Cypher expression that ships the node bound to `variable`, leaving out `alsoDropped` as well. */
export function shipNode(variable: string, alsoDropped: readonly string[] = []): string {
  const dropped = [...INTERNAL_PROPERTIES, ...alsoDropped].map((key) => `${key}: null`).join(', ');
  return `${variable} {.*, ${dropped}, ${LABELS_KEY}: labels(${variable})}`;
}
