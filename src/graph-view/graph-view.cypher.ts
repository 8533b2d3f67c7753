import { cypher, CypherQuery, int } from '../graph/cypher';
import { shipNode, shipProperties } from '../graph/shipped-node';
import { RELATION_TYPES, SOURCE_RELATION_TYPES } from '../graph/kinds';
import { NodeRecord } from '../graph/values';

/** Relationship types paths and neighborhoods follow: the facts, not the bookkeeping of which source says what. */
const FACT_TYPE_LIST = RELATION_TYPES.filter((type) => !SOURCE_RELATION_TYPES.includes(type));
const FACT_TYPES = FACT_TYPE_LIST.join('|');
const ALL_TYPE_LIST = [...RELATION_TYPES, 'MENTIONS'];
const ALL_TYPES = ALL_TYPE_LIST.join('|');

/** The most hops a path may have; the pattern for each bound comes from this fixed table, never from input. */
export const MAX_HOPS = 10;
const HOP_PATTERNS = Array.from({ length: MAX_HOPS + 1 }, (_, hops) => `[:${FACT_TYPES}*..${hops}]`);

/** What a graph view ships: edges' evidence, and whole nodes (GraphNode.node), only when the operation reads them. */
export interface GraphViewReads {
  evidence: boolean;
  wholeNodes: boolean;
}
const READ_ALL: GraphViewReads = { evidence: true, wholeNodes: true };

/** What GraphNode shows of a node: its id and the name or title that labels it. */
const GRAPH_NODE_PROPERTIES = ['id', 'name', 'title'];

/** A node of a graph view as shipped: whole (see shipNode), or just what GraphNode shows of it. */
function viewNode(variable: string, reads: GraphViewReads): string {
  return reads.wholeNodes ? shipNode(variable) : shipProperties(variable, GRAPH_NODE_PROPERTIES);
}

/**
 * An edge of a graph view as shipped: `[type, from id, to id, evidence?]` (see ShippedEdge). A list, not a map: a
 * neighborhood has hundreds of edges, and the driver decodes a list of values for less than a map of named ones.
 */
function viewEdge(rel: string, from: string, to: string, reads: GraphViewReads): string {
  return `[type(${rel}), ${from}.id, ${to}.id${reads.evidence ? `, ${rel}.evidence` : ''}]`;
}

/** An edge as viewEdge ships it: type, the ids of its start and end nodes, and its evidence when read. */
export type ShippedEdge = [type: string, from: string, to: string, evidence?: unknown];

/** A node of a neighborhood as neighborhoodQuery ships it (made a NodeRecord by toPlain), with its distance. */
export type ShippedNeighbor = [node: NodeRecord, distance: number];

/** One shortest path of at most `maxHops` (1..MAX_HOPS) between two distinct nodes, not through sources. */
export function shortestPathQuery(fromId: string, toId: string, maxHops: number, reads: GraphViewReads = READ_ALL): CypherQuery {
  const pattern = HOP_PATTERNS[maxHops];
  if (!pattern || maxHops < 1) throw new Error(`maxHops out of range: ${maxHops}`);
  return {
    cypher: cypher`
      MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
      MATCH p = shortestPath((a)-${pattern}-(b))
      RETURN [node IN nodes(p) | ${viewNode('node', reads)}] AS nodes,
             [r IN relationships(p) | ${viewEdge('r', 'startNode(r)', 'endNode(r)', reads)}] AS edges`,
    params: { fromId, toId },
  };
}

/** The neighborhood depths supported; one query shape per depth, from this fixed set. */
export const MAX_DEPTH = 3;

/**
 * A kept node with more relationships than this in one direction is busy that way (a country sends a hundred
 * thousand PARTICIPATED_IN at a million events, a city receives as many HELD_IN): the edges between kept nodes are
 * read from the other end, never by reading all of a hub's.
 */
export const HUB_DEGREE = 1_000;

/**
 * Breadth-first rings around a node, up to `depth` (1..3), each ring cut at `limit` + 1 nodes and not expanded once
 * `limit` is reached; then every edge between the nodes kept: read outward from each kept node not busy sending
 * and inward to each one not busy receiving (HUB_DEGREE; degrees come from the degree store), and between a busy
 * sender and a busy receiver by an expand-into per type. Each kept node comes as a `[node, distance]` pair
 * (ShippedNeighbor), each edge as a ShippedEdge: lists, which the driver decodes for less than maps.
 */
export function neighborhoodQuery(
  id: string,
  depth: number,
  limit: number,
  includeSources: boolean,
  reads: GraphViewReads = READ_ALL,
  /** Degree above which a node counts as busy in a direction (tests lower it; the edges found never depend on it). */
  hubDegree = HUB_DEGREE,
): CypherQuery {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new Error(`depth out of range: ${depth}`);
  const types = includeSources ? ALL_TYPES : FACT_TYPES;
  const rings: string[] = [];
  for (let ring = 1; ring <= depth; ring += 1) {
    const seen = Array.from({ length: ring }, (_, index) => `ring${index}`);
    rings.push(`
      CALL (${seen.join(', ')}) {
        UNWIND CASE WHEN ${seen.map((name) => `size(${name})`).join(' + ')} <= $limit THEN ring${ring - 1} ELSE [] END AS f
        MATCH (f)-[:${types}]-(m)
        WHERE ${seen.map((name) => `NOT m IN ${name}`).join(' AND ')}
        WITH DISTINCT m LIMIT $ringCap
        RETURN collect(m) AS ring${ring}
      }`);
  }
  // An edge from a busy sender to a busy receiver: one expand-into per type, which Neo4j walks from the end with
  // fewer relationships of that type (a country's thousands of PARTICIPATED_IN are never read to find its IN_COUNTRY).
  const busyPairs = (includeSources ? ALL_TYPE_LIST : FACT_TYPE_LIST)
    .map((type) => `UNION\n          UNWIND senders AS a UNWIND receivers AS b MATCH (a)-[r:${type}]->(b) RETURN r`)
    .join('\n          ');
  const all = Array.from({ length: depth + 1 }, (_, ring) => `[n IN ring${ring} | {node: n, distance: ${ring}}]`).join(' + ');
  /** A map projection needs a variable: each kept node is bound to one in a one-element list. */
  const shipped = `head([keptNode IN [k.node] | ${viewNode('keptNode', reads)}])`;
  return {
    cypher: cypher`
      MATCH (start:Entity {id: $id})
      WITH [start] AS ring0
      ${rings.join('\n')}
      WITH ${all} AS found
      WITH found[0..$limit] AS kept, size(found) > $limit AS truncated
      WITH kept, truncated, [k IN kept | k.node] AS keptNodes
      WITH kept, truncated, keptNodes,
           [n IN keptNodes WHERE COUNT { (n)-[:${types}]->() } > $hubDegree] AS senders,
           [n IN keptNodes WHERE COUNT { (n)<-[:${types}]-() } > $hubDegree] AS receivers
      CALL (keptNodes, senders, receivers) {
        CALL (keptNodes, senders, receivers) {
          UNWIND keptNodes AS a
          WITH a WHERE NOT a IN senders
          MATCH (a)-[r:${types}]->(b)
          WHERE b IN keptNodes
          RETURN r
          UNION
          UNWIND keptNodes AS b
          WITH b WHERE NOT b IN receivers
          MATCH (a)-[r:${types}]->(b)
          WHERE a IN keptNodes
          RETURN r
          ${busyPairs}
        }
        RETURN collect(${viewEdge('r', 'startNode(r)', 'endNode(r)', reads)}) AS edges
      }
      RETURN [k IN kept | [${shipped}, k.distance]] AS kept, truncated, edges`,
    params: { id, limit: int(limit), ringCap: int(limit + 1), hubDegree: int(hubDegree) },
  };
}
