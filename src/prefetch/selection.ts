import { GraphQLResolveInfo } from 'graphql';
import { CypherQuery } from '../graph/cypher';
import { LABEL_OF_KIND } from '../graph/kinds';
import { ShipNode, shipNode, shipProperties } from '../graph/shipped-node';
import { remembered } from '../common/remembered';
import { prefetchCypher, prefetchParams, prefetchParts, PrefetchParts, Shipped, shippedNode } from './prefetch.cypher';
import { isEmptyPlan, planOf, selectsField } from './prefetch.plan';
import { selectedProperties } from './selected-properties';
import { perSelection } from './selection-memo';

/** The GraphQL object types of nodes (each named as its label). */
const NODE_TYPES = Object.values(LABEL_OF_KIND);

/**
 * What a root field's selection asks of the graph, for the nodes it returns (a node lookup) or at a path below it (a
 * connection's `edges.node`): derived from the field's `info` once per parsed document (see selection-memo.ts),
 * handed by the resolver to its service, and used by the prefetcher and the page reader to fetch everything in one
 * statement and ship only what the operation reads.
 */
export interface Selection {
  /** The one statement that fetches the selection below these nodes, or null when it needs only the nodes. */
  statement(ids: readonly string[]): CypherQuery | null;
  /** The clauses that fetch the selection below the nodes a page statement binds to `variable`; null when none. */
  parts(variable: string): PrefetchParts | null;
  /** How the nodes themselves leave Neo4j: the properties the operation reads of their type. */
  ship: ShipNode;
  /** Whether the connection's totalCount is selected (counted beside the page, not after it). */
  countNow: boolean;
}

/** What the selection of a root field asks, at `path` below it (`['edges', 'node']` for a connection). */
export function selectionOf(info: GraphQLResolveInfo, path: readonly string[] = []): Selection {
  return perSelection(info, `selection:${path.join('.')}`, () => {
    const plan = planOf(info, path);
    const reads = selectedProperties(info);
    const shipped: Shipped = { evidence: reads.evidence, text: reads.text, reads };
    const cypher = isEmptyPlan(plan) ? null : prefetchCypher(plan, shipped);
    const parts = remembered((variable) => prefetchParts(plan, shipped, variable));
    return {
      statement: (ids) => (cypher === null ? null : { cypher, params: prefetchParams(ids) }),
      parts: (variable) => (cypher === null ? null : parts(variable)),
      ship: remembered((variable) => shippedNode(variable, plan.type, shipped)),
      countNow: path.length > 0 && selectsField(info, 'totalCount'),
    };
  });
}

/**
 * How a root that returns nodes of any kind (search hits) ships them: every property the operation reads of any node
 * type, and `also` (what the root's own code reads of them). Nothing else leaves Neo4j.
 */
export function anyNodeShip(info: GraphQLResolveInfo, also: readonly string[]): ShipNode {
  const properties = perSelection(info, `anyNode:${also.join(',')}`, () => {
    const reads = selectedProperties(info);
    return [...new Set([...NODE_TYPES.flatMap((type) => reads.properties(type)), ...also])];
  });
  return (variable) => shipProperties(variable, properties);
}

/** A selection that asks for nothing below the nodes and ships them whole: for reads outside any selection. */
export const WHOLE_NODES: Selection = { statement: () => null, parts: () => null, ship: shipNode, countNow: false };
