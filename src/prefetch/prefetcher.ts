import { GraphExecutor } from '../graph/executor';
import { linkNamed } from '../graph/links';
import { LinkRow, Loaders } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Selection } from './selection';

/** What a prefetch statement returns for one node (see prefetch.cypher.ts). */
export interface Fetched {
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
 * Resolves a dashboard's selection in one Cypher statement: a root's service hands over its ids and its selection
 * (selection.ts); the prefetcher fetches all of it at once and primes the request's loaders with it, so the nested
 * field resolvers find their data at hand and send no query. Selections it does not cover still work: their fields
 * load in batches. Disabled, it fetches nothing beyond the nodes (the loaders do everything: a test compares both).
 */
export class Prefetcher {
  constructor(
    private readonly graph: GraphExecutor,
    private readonly loaders: Loaders,
    readonly enabled = true,
  ) {}

  /** One node by id with everything its selection needs (one statement; a plain node lookup when it needs nothing). */
  async node(id: string, selection: Selection): Promise<NodeRecord | null> {
    const query = this.enabled ? selection.statement([id]) : null;
    if (!query) return this.loaders.nodes.load(id);
    const rows = await this.graph.read(query);
    return rows.length === 0 ? null : this.prime(rows[0].node as NodeRecord, rows[0].fetched as Fetched);
  }

  /** Primes the loaders with one fetched node and what came with it; returns the node. */
  prime(node: NodeRecord, fetched: Fetched | undefined): NodeRecord {
    this.loaders.primeNode(node);
    for (const source of fetched?.sources ?? []) this.loaders.primeNode(source);
    for (const [name, rows] of Object.entries(fetched?.links ?? {})) {
      const linked = rows.map((row): LinkRow => {
        for (const source of row.relSources ?? []) this.loaders.primeNode(source);
        for (const ref of Object.values(row.refs ?? {})) if (ref) this.prime(ref.node, ref);
        return { node: this.prime(row.node, row), rel: row.rel && withoutNulls(row.rel) };
      });
      this.loaders.primeRows(linkNamed(name), node.id, linked);
    }
    return node;
  }
}

/** Stored properties are never null: a null is a property the query did not ship. */
function withoutNulls(properties: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key in properties) if (properties[key] !== null) kept[key] = properties[key];
  return kept;
}
