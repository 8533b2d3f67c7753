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
  // Most common first: lists and shipped nodes, then driver values.
  if (Array.isArray(value)) return value.map(toPlain);
  if (LABELS_KEY in value) return shippedNodeRecord(value as Record<string, unknown>);
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return String(value);
  if (value instanceof Node) return nodeRecord(value);
  if (value instanceof Relationship) return plainProperties(value.properties);
  return plainProperties(value as Record<string, unknown>);
}

/** A node shipped by `shipNode` as a NodeRecord: nulls are properties left out (stored properties are never null). */
function shippedNodeRecord(shipped: Record<string, unknown>): NodeRecord {
  const labels = shipped[LABELS_KEY] as string[];
  const kind = kindOfLabels(labels);
  if (!kind) throw new Error(`Node with labels ${labels.join(':')} is outside the model`);
  const record: Record<string, unknown> = {};
  for (const key in shipped) {
    const property = shipped[key];
    if (key !== LABELS_KEY && property !== null) record[key] = toPlain(property);
  }
  record.kind = kind;
  return record as NodeRecord;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key in properties) plain[key] = toPlain(properties[key]);
  return plain;
}

/** A driver node as a NodeRecord (its kind from its labels). */
export function nodeRecord(node: Node): NodeRecord {
  const kind = kindOfLabels(node.labels);
  if (!kind) throw new Error(`Node with labels ${node.labels.join(':')} is outside the model`);
  return { ...(plainProperties(node.properties) as { id: string }), kind };
}
