import DataLoader from 'dataloader';
import { shipNode } from './shipped-node';
import { cypher } from './cypher';
import { GraphExecutor } from './executor';
import { LinkDefinition, linkQuery } from './links';
import { NodeRecord } from './values';

/** How many linked nodes a link yields per parent unless asked otherwise (the prefetcher fetches the same). */
export const DEFAULT_LINK_LIMIT = 1000;

/** A linked node with the properties of the relationship that links it (null for links through several hops). */
export interface LinkRow {
  node: NodeRecord;
  rel: Record<string, unknown> | null;
}

/** A value at hand, or the promise of it. */
export type Now<T> = T | Promise<T>;

/** `map` applied at once to a value at hand, or to a promised value when it comes. */
export function mapNow<T, U>(value: Now<T>, map: (value: T) => U): Now<U> {
  return value instanceof Promise ? value.then(map) : map(value);
}

/**
 * The request's batching: every node lookup and every link of one kind that a request asks for, however many parents
 * ask, is one Cypher query per tick (DataLoader). Made per request, so nothing is cached across requests.
 *
 * What a prefetch brought is also kept at hand (primeNode, primeRows): `node`, `rows` and `linked` return it as a
 * value, not a promise, so a resolver answers without a promise and GraphQL completes its field synchronously (an
 * events page of 50 has some 350 such fields). Like the loaders' cache, the first value given for a key stays.
 */
export class Loaders {
  readonly nodes: DataLoader<string, NodeRecord | null>;
  private readonly links = new Map<string, DataLoader<string, LinkRow[]>>();
  private readonly nodesAtHand = new Map<string, NodeRecord>();
  private readonly rowsAtHand = new Map<string, LinkRow[]>();

  constructor(private readonly graph: GraphExecutor) {
    this.nodes = new DataLoader(async (ids) => {
      const rows = await graph.read({
        cypher: cypher`
          UNWIND $ids AS id
          MATCH (n:Entity {id: id})
          RETURN id, ${shipNode('n')} AS n`,
        params: { ids },
      });
      const byId = new Map(rows.map((row) => [row.id as string, row.n as NodeRecord]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The loader of one link, returning at most `limit` linked nodes per parent. */
  link(link: LinkDefinition, limit = DEFAULT_LINK_LIMIT): DataLoader<string, LinkRow[]> {
    const key = `${link.name}:${limit}`;
    let loader = this.links.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.graph.read(linkQuery(link, ids, limit));
        const byId = new Map(rows.map((row) => [row.id as string, row.links as LinkRow[]]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.links.set(key, loader);
    }
    return loader;
  }

  /** The node with this id: at hand when a prefetch brought it, else loaded. */
  node(id: string): Now<NodeRecord | null> {
    return this.nodesAtHand.get(id) ?? this.nodes.load(id);
  }

  /** One parent's rows of a link (at most `limit`): at hand when a prefetch brought them, else loaded. */
  rows(link: LinkDefinition, id: string, limit = DEFAULT_LINK_LIMIT): Now<LinkRow[]> {
    return this.rowsAtHand.get(`${link.name}:${limit}:${id}`) ?? this.link(link, limit).load(id);
  }

  /** Puts a fetched node at hand and in the node loader's cache. */
  primeNode(node: NodeRecord): void {
    this.nodes.prime(node.id, node);
    if (!this.nodesAtHand.has(node.id)) this.nodesAtHand.set(node.id, node);
  }

  /** Puts one parent's fetched rows of a link (cut at the default limit) at hand and in that link loader's cache. */
  primeRows(link: LinkDefinition, id: string, rows: LinkRow[]): void {
    this.link(link).prime(id, rows);
    const key = `${link.name}:${DEFAULT_LINK_LIMIT}:${id}`;
    if (!this.rowsAtHand.has(key)) this.rowsAtHand.set(key, rows);
  }
}
