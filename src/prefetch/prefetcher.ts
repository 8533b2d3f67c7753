import { GraphQLResolveInfo } from 'graphql';
import { ShipNode, shipProperties } from '../graph/shipped-node';
import { GraphExecutor } from '../graph/executor';
import { LinkName } from '../graph/links';
import { Loaders, LinkRow } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { ConnectionPage, countOnce } from '../common/connection.type';
import { remembered } from '../common/remembered';
import { prefetchCypher, prefetchParams, prefetchParts, Shipped, shippedNode, withPrefetch } from './prefetch.cypher';
import { perSelection } from './selection-memo';
import { isEmptyPlan, planOf, selectsField } from './prefetch.plan';
import { selectedProperties, unreadHeavyProperties } from './selected-properties';
import { CypherQuery } from '../graph/cypher';
import { LABEL_OF_KIND } from '../graph/kinds';

/** The GraphQL object types of nodes (each named as its label). */
const NODE_TYPES = Object.values(LABEL_OF_KIND);

/** How a page statement fetches its edges' selection too (see Prefetcher.pageOptions). */
export interface PagePrefetch {
  /** The page statement, extended: it keeps `columns` (`variable` among them), adds `fetched`, keeps `orderBy`. */
  wrap(query: CypherQuery, variable: string, columns: string[], orderBy: string): CypherQuery;
  /** Primes the loaders from one row: its node and its `fetched` column. */
  prime(node: NodeRecord, fetched: unknown): void;
}

/** What a connection's service needs to answer a selection in one wave. */
export interface PageOptions {
  prefetch?: PagePrefetch;
  /** totalCount is selected: count beside the page rather than after it. */
  countNow?: boolean;
  /** The Cypher expression that ships a page node bound to `variable`: only what the operation reads of it. */
  ship?: ShipNode;
}

/** What the prefetch query returns for one node (see prefetch.cypher.ts). */
interface Fetched {
  links?: Record<string, FetchedRow[]>;
  sources?: NodeRecord[];
}

interface FetchedRow extends Fetched {
  node: NodeRecord;
  rel: Record<string, unknown> | null;
  relSources?: NodeRecord[];
  refs?: Record<string, (Fetched & { node: NodeRecord }) | null>;
}

/**
 * Resolves a dashboard's selection in one Cypher query: a root resolver hands over its ids and its `info`; the
 * prefetcher reads which linked data the selection asks for (prefetch.plan.ts), fetches all of it at once
 * (prefetch.cypher.ts) and primes the request's loaders with it, so the nested field resolvers find their data
 * loaded and send no query. Selections it does not cover still work: their resolvers load in batches as before.
 */
export class Prefetcher {
  constructor(
    private readonly graph: GraphExecutor,
    private readonly loaders: Loaders,
  ) {}

  /** One node by id with everything its selection needs (one query; a plain node lookup when it needs nothing). */
  async node(id: string, info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    const query = Prefetcher.statement([id], info);
    if (!query) return this.loaders.nodes.load(id);
    const [node] = await this.fetch([id], query);
    return node;
  }

  /** The one statement that fetches, for `ids`, the selection at `path`; null when it needs nothing but the nodes. */
  static statement(ids: readonly string[], info: GraphQLResolveInfo, path: readonly string[] = []): CypherQuery | null {
    const cypher = perSelection(info, `statement:${path.join('.')}`, () => {
      const plan = planOf(info, path);
      return isEmptyPlan(plan) ? null : prefetchCypher(plan, shippedFor(info));
    });
    return cypher === null ? null : { cypher, params: prefetchParams(ids) };
  }

  /**
   * How a root that returns nodes of any kind (search hits) ships them: every property the operation reads of any
   * node type, and `also` (what the root's own code reads of them). Nothing else leaves Neo4j.
   */
  static shipAnyNode(info: GraphQLResolveInfo, also: readonly string[]): ShipNode {
    const properties = perSelection(info, `anyNode:${also.join(',')}`, () => {
      const reads = selectedProperties(info);
      return [...new Set([...NODE_TYPES.flatMap((type) => reads.properties(type)), ...also])];
    });
    return (variable) => shipProperties(variable, properties);
  }

  /**
   * For a connection whose service can extend its page statement: how to fetch the edges' selection in that same
   * statement, and whether to count at once (beside the page) because totalCount is selected.
   */
  pageOptions(info: GraphQLResolveInfo): PageOptions {
    const { plan, countNow, partsFor, shipFor } = pageSelection(info);
    const prefetch: PagePrefetch | undefined = isEmptyPlan(plan)
      ? undefined
      : {
          wrap: (query, variable, columns, orderBy) => withPrefetch(query, columns, orderBy, partsFor(variable)),
          prime: (node, fetched) => void this.prime(node, fetched as Fetched),
        };
    return { prefetch, countNow, ship: shipFor };
  }

  /** How a connection whose page is read by its service (people, organizations, sources) ships its nodes. */
  pageShip(info: GraphQLResolveInfo): ShipNode {
    return pageSelection(info).shipFor;
  }

  /**
   * A page of a connection with what its edges' selection needs: the count (when selected) runs beside the
   * prefetch, and is computed once however often it is asked for.
   */
  async page(pending: Promise<ConnectionPage<NodeRecord>>, info: GraphQLResolveInfo): Promise<ConnectionPage<NodeRecord>> {
    const page = await pending;
    const totalCount = countOnce(page.totalCount);
    if (pageSelection(info).countNow) totalCount().catch(() => undefined); // its error reaches the field when resolved
    await this.below(
      page.edges.map((edge) => edge.node),
      info,
      ['edges', 'node'],
    );
    return { ...page, totalCount };
  }

  /** Loads, for nodes already at hand (a page), what the selection at `path` needs below them. */
  async below(nodes: readonly NodeRecord[], info: GraphQLResolveInfo, path: readonly string[]): Promise<void> {
    const ids = nodes.map((node) => node.id);
    const query = nodes.length === 0 ? null : Prefetcher.statement(ids, info, path);
    if (!query) return;
    for (const node of nodes) this.loaders.primeNode(node);
    await this.fetch(ids, query);
  }

  private async fetch(ids: readonly string[], query: CypherQuery): Promise<Array<NodeRecord | null>> {
    const rows = await this.graph.read(query);
    const found = new Map<string, NodeRecord>();
    for (const row of rows) {
      const node = this.prime(row.node as NodeRecord, row.fetched as Fetched);
      found.set(node.id, node);
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Primes the loaders with one fetched node and what came with it; returns the node as a NodeRecord. */
  private prime(node: NodeRecord, fetched: Fetched): NodeRecord {
    this.loaders.primeNode(node);
    this.primeLinks(node, fetched);
    return node;
  }

  /** Primes the loaders with what was fetched below a node. */
  private primeLinks(node: NodeRecord, fetched: Fetched): void {
    for (const source of fetched.sources ?? []) this.loaders.primeNode(source);
    for (const [name, rows] of Object.entries(fetched.links ?? {})) {
      const linked = rows.map((row): LinkRow => {
        for (const source of row.relSources ?? []) this.loaders.primeNode(source);
        for (const ref of Object.values(row.refs ?? {})) if (ref) this.prime(ref.node, ref);
        return { node: this.prime(row.node, row), rel: row.rel && withoutNulls(row.rel) };
      });
      this.loaders.primeRows(name as LinkName, node.id, linked);
    }
  }
}


/** Stored properties are never null: a null is a property the query did not ship. */
function withoutNulls(properties: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key in properties) if (properties[key] !== null) kept[key] = properties[key];
  return kept;
}

/** What the whole operation can use of the heavy properties. */
function shippedFor(info: GraphQLResolveInfo): Shipped {
  const unread = unreadHeavyProperties(info);
  return { evidence: !unread.includes('evidence'), text: !unread.includes('text'), reads: selectedProperties(info) };
}


/** What a connection's selection asks of its page, the same for every request of the document: derived once. */
function pageSelection(info: GraphQLResolveInfo) {
  return perSelection(info, 'page', () => {
    const plan = planOf(info, ['edges', 'node']);
    const shipped = shippedFor(info);
    return {
      plan,
      countNow: selectsField(info, 'totalCount'),
      partsFor: remembered((variable) => prefetchParts(plan, shipped, variable)),
      shipFor: remembered((variable) => shippedNode(variable, plan.type, shipped)),
    };
  });
}
