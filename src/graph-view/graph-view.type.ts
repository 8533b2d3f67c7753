import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EntityKind } from '../common/enums';
import { Node } from '../common/node.interface';
import { NodeRecord } from '../graph/values';
import { Evidence, evidenceOf } from '../common/evidence.type';
import type { ShippedEdge } from './graph-view.cypher';

@ObjectType({ simpleResolvers: true, description: 'A node as a graph view draws it: id, kind and label, with the full node for details.' })
export class GraphNode {
  @Field(() => ID, { description: 'The node id.' })
  id: string;

  @Field(() => EntityKind, { description: 'What kind of node.' })
  kind: EntityKind;

  @Field({ description: 'What to write on it: a name or title.' })
  label: string;

  @Field(() => Int, { description: 'Hops from the starting node (0 for it).' })
  distance: number;

  @Field(() => Node, { description: 'The node itself, for any of its fields.' })
  node: NodeRecord;
}

@ObjectType({ simpleResolvers: true, description: 'A relationship as a graph view draws it.' })
export class GraphEdge {
  @Field({ description: 'Relationship type, e.g. PARTICIPATED_IN.' })
  type: string;

  @Field(() => ID, { description: 'Id of the node it starts at.' })
  from: string;

  @Field(() => ID, { description: 'Id of the node it ends at.' })
  to: string;

  @Field(() => [Evidence], { description: 'The quotes that state this relationship (empty for MENTIONS).' })
  evidence: Evidence[];
}

/** An edge as a graph view's Cypher ships it (ShippedEdge: type, from, to, evidence) as a GraphEdge. */
export function graphEdge([type, from, to, evidence]: ShippedEdge): GraphEdge {
  return { type, from, to, evidence: evidenceOf({ evidence }) };
}

@ObjectType({
  simpleResolvers: true,
  description: 'A path between two nodes: its nodes in order, and the edges between consecutive nodes.',
})
export class GraphPath {
  @Field(() => [GraphNode], { description: 'From the first node to the last.' })
  nodes: GraphNode[];

  @Field(() => [GraphEdge], { description: 'nodes[i] to nodes[i+1] (an edge may point either way).' })
  edges: GraphEdge[];

  @Field(() => Int, { description: 'Number of edges.' })
  length: number;
}

@ObjectType({ simpleResolvers: true, description: 'The nodes around a node and every edge between them, nearest first.' })
export class Subgraph {
  @Field(() => [GraphNode], { description: 'Nearest first; the starting node first of all.' })
  nodes: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Every edge between returned nodes.' })
  edges: GraphEdge[];

  @Field({ description: 'True when the limit cut the neighborhood: more nodes lie within the depth.' })
  truncated: boolean;
}

/** A node record as a GraphNode. */
export function graphNode(node: NodeRecord, distance: number): GraphNode {
  return {
    id: node.id,
    kind: node.kind as EntityKind,
    label: String((node.name as string | undefined) ?? (node.title as string | undefined) ?? node.id),
    distance,
    node,
  };
}
