import neo4j, { Date as Neo4jDate, Integer } from 'neo4j-driver';
import { int } from '../../src/graph/cypher';
import { encodeEvidence } from '../../src/graph/evidence';
import { DATE_PROPERTIES } from '../../src/graph/shipped-node';
import { RelationshipRow } from './synthetic.cypher';
import { ElementIds } from './synthetic.element-ids';
import { SyntheticEvidence, SyntheticNode, SyntheticRelation } from './synthetic.plan';

type StoredValue = string | string[] | Neo4jDate<number> | Integer | number;

/** A node as a write row: `{props}` with the id, typed values and encoded evidence, ready for `SET n += row.props`. */
export function nodeRow(node: SyntheticNode): { props: Record<string, StoredValue> } {
  const props: Record<string, StoredValue> = { id: node.id };
  for (const [key, value] of Object.entries(node.props)) props[key] = stored(key, value);
  props.evidence = node.evidence.map(evidenceString);
  return { props };
}

/** A relationship as a write row: its ends' element ids (without their common prefix), its typed properties with encoded evidence. */
export function relationRow(relation: SyntheticRelation, elementIds: ElementIds): RelationshipRow & { props: Record<string, StoredValue> } {
  const props: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(relation.props)) {
    if (value !== undefined) props[key] = stored(key, value);
  }
  props.evidence = relation.evidence.map(evidenceString);
  return { a: elementIds.suffix(relation.from), b: elementIds.suffix(relation.to), props };
}

/** A Source MENTIONS node pair as a write row (no properties). */
export function mentionRow(mention: { source: string; target: string }, elementIds: ElementIds): RelationshipRow {
  return { a: elementIds.suffix(mention.source), b: elementIds.suffix(mention.target) };
}

const encoded = new WeakMap<SyntheticEvidence, string>();

/** One piece of evidence as the graph stores it (src/graph/evidence.ts); encoded once however many facts share it. */
export function evidenceString(evidence: SyntheticEvidence): string {
  let text = encoded.get(evidence);
  if (text === undefined) {
    const { source, quote, start, end, supports, claim } = evidence;
    text = encodeEvidence({ source, quote, start, end, supports, claim });
    encoded.set(evidence, text);
  }
  return text;
}

/** YYYY-MM-DD as a Neo4j DATE (the plan holds the model's DATE_PROPERTIES as such strings). */
export function neo4jDate(iso: string): Neo4jDate<number> {
  const [year, month, day] = iso.split('-').map(Number);
  return new neo4j.types.Date(year, month, day);
}

function stored(key: string, value: string | number | string[]): StoredValue {
  if (typeof value === 'string' && DATE_PROPERTIES.has(key)) return neo4jDate(value);
  if (typeof value === 'number') return int(value); // counts: INTEGER, not FLOAT
  return value;
}
