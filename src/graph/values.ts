import { isDate, isDateTime, isInt, isLocalDateTime, Node, Relationship } from 'neo4j-driver';
import { kindOfLabels, EntityKindName } from './kinds';
import { LABELS_KEY } from './shipped-node';

/** A node as the API sees it: its properties as plain values, with its kind. */
export interface NodeRecord {
  id: string;
  kind: EntityKindName;
  [property: string]: unknown;
}

/** Converts driver values to plain JSON-like values: Neo4j dates to `YYYY-MM-DD`, integers to numbers. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Node) return nodeRecord(value);
  if (value instanceof Relationship) return plainProperties(value.properties);
  if (LABELS_KEY in value) return shippedNodeRecord(value as Record<string, unknown>);
  return plainProperties(value as Record<string, unknown>);
}

/** A node shipped by `shipNode` as a NodeRecord: nulls are properties left out (stored properties are never null). */
function shippedNodeRecord(shipped: Record<string, unknown>): NodeRecord {
  const { [LABELS_KEY]: labels, ...properties } = shipped;
  const kind = kindOfLabels(labels as string[]);
  if (!kind) throw new Error(`Node with labels ${(labels as string[]).join(':')} is outside the model`);
  const record: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) if (property !== null) record[key] = toPlain(property);
  return { ...(record as { id: string }), kind };
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) plain[key] = toPlain(property);
  return plain;
}

/** A driver node as a NodeRecord (its kind from its labels). */
export function nodeRecord(node: Node): NodeRecord {
  const kind = kindOfLabels(node.labels);
  if (!kind) throw new Error(`Node with labels ${node.labels.join(':')} is outside the model`);
  return { ...(plainProperties(node.properties) as { id: string }), kind };
}
