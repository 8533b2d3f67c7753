import { badUserInput } from '../http/errors';
import { GraphExecutor } from '../graph/executor';
import { Loaders } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import {
  GraphViewReads,
  MAX_DEPTH,
  MAX_HOPS,
  neighborhoodQuery,
  ShippedEdge,
  ShippedNeighbor,
  shortestPathQuery,
} from './graph-view.cypher';
import { graphEdge, graphNode, GraphPath, Subgraph } from './graph-view.type';

export const PATH_HOPS = { default: 6, max: MAX_HOPS } as const;
export const NEIGHBORHOOD = { defaultDepth: 1, maxDepth: MAX_DEPTH, defaultLimit: 100, maxLimit: 1000 } as const;

/** Paths and neighborhoods, shaped for graph views. */
export class GraphViewService {
  constructor(
    private readonly graph: GraphExecutor,
    private readonly loaders: Loaders,
  ) {}

  /** One shortest path within maxHops (not through sources), or null when there is none or an id is unknown. */
  async shortestPath(fromId: string, toId: string, maxHops: number | undefined, reads?: GraphViewReads): Promise<GraphPath | null> {
    const hops = inRange(maxHops ?? PATH_HOPS.default, 1, PATH_HOPS.max, 'maxHops');
    if (fromId === toId) {
      const node = await this.loaders.nodes.load(fromId);
      return node ? { nodes: [graphNode(node, 0)], edges: [], length: 0 } : null;
    }
    const [row] = await this.graph.read(shortestPathQuery(fromId, toId, hops, reads));
    if (!row) return null;
    const nodes = (row.nodes as NodeRecord[]).map((node, index) => graphNode(node, index));
    return { nodes, edges: (row.edges as ShippedEdge[]).map(graphEdge), length: nodes.length - 1 };
  }

  /** The nodes within `depth` of a node, nearest first, at most `limit`, with every edge between them. */
  async neighborhood(
    id: string,
    depth: number | undefined,
    limit: number | undefined,
    includeSources: boolean,
    reads?: GraphViewReads,
  ): Promise<Subgraph> {
    const checkedDepth = inRange(depth ?? NEIGHBORHOOD.defaultDepth, 1, NEIGHBORHOOD.maxDepth, 'depth');
    const checkedLimit = inRange(limit ?? NEIGHBORHOOD.defaultLimit, 1, NEIGHBORHOOD.maxLimit, 'limit');
    const [row] = await this.graph.read(neighborhoodQuery(id, checkedDepth, checkedLimit, includeSources, reads));
    if (!row) return { nodes: [], edges: [], truncated: false };
    return {
      nodes: (row.kept as ShippedNeighbor[]).map(([node, distance]) => graphNode(node, distance)),
      edges: (row.edges as ShippedEdge[]).map(graphEdge),
      truncated: row.truncated as boolean,
    };
  }
}

function inRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(field, `${field} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}
