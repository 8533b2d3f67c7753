import { EntityKindName } from './kinds';

/**
 * How nodes leave the database: as a map of their properties without the ones only the graph layer reads (search
 * keys, bookkeeping timestamps), with their labels under LABELS_KEY (shipNode), or of just the properties a request
 * reads, with their labels or their kind (shipProperties); `toPlain` turns such a map back into a NodeRecord. Less to
 * send, and no timestamps to decode, for every node the API reads.
 */
export const INTERNAL_PROPERTIES = ['searchText', 'nameKeys', 'contextKeys', 'sourceKey', 'createdAt', 'updatedAt'] as const;

/** The key under which a shipped node carries its labels. */
export const LABELS_KEY = '__labels';

/**
 * The key under which a shipped node carries its kind instead, when the statement matched it by its kind's label
 * (`(m:Person)`): a string rather than a list of labels, for every node of a page or a link.
 */
export const KIND_KEY = '__kind';

/**
 * Stored properties that hold Neo4j DATE values. A projection that names them ships them as `YYYY-MM-DD` strings
 * (`toString`), which is what the API serves: a driver date costs an object and 64-bit arithmetic to decode.
 */
export const DATE_PROPERTIES: ReadonlySet<string> = new Set(['date', 'publishedAt', 'capturedAt', 'validFrom', 'validUntil']);

/** `.name`, or `name: toString(v.name)` for a date property, as an entry of a map projection of `variable`. */
export function projectedProperty(variable: string, name: string): string {
  return DATE_PROPERTIES.has(name) ? `${name}: toString(${variable}.${name})` : `.${name}`;
}

/** How a projection tells what a node is: its kind when the statement matched its label, else its labels. */
export function shippedIdentity(variable: string, kind?: EntityKindName): string {
  return kind ? `${KIND_KEY}: '${kind}'` : `${LABELS_KEY}: labels(${variable})`;
}

/** How a statement ships the node bound to a variable: a Cypher expression (shipNode, shipProperties, ...). */
export type ShipNode = (variable: string) => string;

/** Whether a stored property's name may be written into Cypher (`.name`, `r.representing`). */
export function isPropertyName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(name);
}

/**
 * The map-projection entries of these properties of `variable` (dates as strings, see projectedProperty); a name
 * that is not a plain property name is left out, so nothing but a property name is ever written into the Cypher.
 */
export function projectedProperties(variable: string, properties: readonly string[]): string[] {
  return properties.filter(isPropertyName).map((name) => projectedProperty(variable, name));
}

/**
 * Ships the node bound to `variable` with just these properties (absent ones come as null; dates as strings) and its
 * labels, or its kind when the statement matched it by that kind's label.
 */
export function shipProperties(variable: string, properties: readonly string[], kind?: EntityKindName): string {
  return `${variable} {${[...projectedProperties(variable, properties), shippedIdentity(variable, kind)].join(', ')}}`;
}

/** The Cypher expression that ships the node bound to `variable`, leaving out `alsoDropped` as well. */
export function shipNode(variable: string, alsoDropped: readonly string[] = []): string {
  const dropped = [...INTERNAL_PROPERTIES, ...alsoDropped].map((key) => `${key}: null`).join(', ');
  return `${variable} {.*, ${dropped}, ${LABELS_KEY}: labels(${variable})}`;
}
