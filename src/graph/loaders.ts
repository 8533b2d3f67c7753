import DataLoader from 'dataloader';
import { shipNode } from './shipped-node';
import { cypher } from './cypher';
import { GraphExecutor } from './executor';
import { linkQuery, LinkName } from './links';
import { NodeRecord } from './values';

/** How many linked nodes a link yields per parent unless asked otherwise (the prefetcher fetches the same). */
export const DEFAULT_LINK_LIMIT = 1000;

/** A linked node with the properties of the relationship that links it (null for links through several hops). */
export interface LinkRow {
  node: NodeRecord;
  rel: Record<string, unknown> | null;
}

/**
 * The request's batching: every node lookup and every link of one kind that a request asks for, however many parents
 * ask, is one Cypher query per tick (DataLoader). Made per request, so nothing is cached across requests.
 */
export class Loaders {
  readonly nodes: DataLoader<string, NodeRecord | null>;
  private readonly links = new Map<string, DataLoader<string, LinkRow[]>>();

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
  link(name: LinkName, limit = DEFAULT_LINK_LIMIT): DataLoader<string, LinkRow[]> {
    const key = `${name}:${limit}`;
    let loader = this.links.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.graph.read(linkQuery(name, ids, limit));
        const byId = new Map(rows.map((row) => [row.id as string, row.links as LinkRow[]]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.links.set(key, loader);
    }
    return loader;
  }

  /** The linked nodes of one parent. */
  async linked(name: LinkName, id: string, limit?: number): Promise<NodeRecord[]> {
    return (await this.link(name, limit).load(id)).map((row) => row.node);
  }
}
