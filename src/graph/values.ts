import { isDate, isDateTime, isInt, isLocalDateTime, Node, Relationship } from 'neo4j-driver';
import { ENTITY_KINDS, kindOfLabels, EntityKindName } from './kinds';
import { KIND_KEY, LABELS_KEY } from './shipped-node';

/** A node as the API sees it: its properties as plain values, with its kind. */
export interface NodeRecord {
  id: string;
  kind: EntityKindName;
  [property: string]: unknown;
}

/** Narrows a node record to one kind: the record when it is of that kind, else null (a lookup by id of another kind). */
export function ofKind(record: NodeRecord | null | undefined, kind: EntityKindName): NodeRecord | null {
  return record && record.kind === kind ? record : null;
}

/** Converts driver values to plain JSON-like values: Neo4j dates to `YYYY-MM-DD`, integers to numbers. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  // Most common first: lists and shipped nodes, then driver values.
  if (Array.isArray(value)) return value.map(toPlain);
  if (LABELS_KEY in value || KIND_KEY in value) return shippedNodeRecord(value);
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return String(value);
  if (value instanceof Node) return nodeRecord(value as Node);
  if (value instanceof Relationship) return plainProperties((value as Relationship).properties);
  return plainProperties(value as Record<string, unknown>);
}

/**
 * A node shipped by `shipNode` or a projection (with its labels or its kind) as a NodeRecord: nulls are properties
 * left out (stored properties are never null).
 */
function shippedNodeRecord(shipped: Record<string, unknown>): NodeRecord {
  const kind = KIND_KEY in shipped ? knownKind(shipped[KIND_KEY]) : kindOfLabels(shipped[LABELS_KEY] as string[]);
  if (!kind) {
    const what = KIND_KEY in shipped ? `kind ${String(shipped[KIND_KEY])}` : `labels ${(shipped[LABELS_KEY] as string[]).join(':')}`;
    throw new Error(`Node with ${what} is outside the model`);
  }
  const record: Record<string, unknown> = {};
  for (const key in shipped) {
    const property = shipped[key];
    if (key !== LABELS_KEY && key !== KIND_KEY && property !== null) record[key] = toPlain(property);
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

function knownKind(kind: unknown): EntityKindName | undefined {
  return ENTITY_KINDS.includes(kind as EntityKindName) ? (kind as EntityKindName) : undefined;
}
