import { ConnectionPage } from '../common/connection.type';
import { PagedList, readPage } from '../common/page-reader';
import { cypher } from '../graph/cypher';
import { GraphExecutor } from '../graph/executor';
import { EntityKindName } from '../graph/kinds';
import { LinkDefinition } from '../graph/links';
import { LinkRow, Loaders, Now } from '../graph/loaders';
import { shipNode } from '../graph/shipped-node';
import { NodeRecord, ofKind } from '../graph/values';
import { Prefetcher } from '../prefetch/prefetcher';
import { Selection } from '../prefetch/selection';

/** Organizations and sources as paged lists, by name and by title. */
export const ORGANIZATION_LIST: PagedList = {
  variable: 'n',
  match: 'MATCH (n:Organization)',
  where: [],
  params: {},
  sortKey: 'toLower(n.name)',
  order: 'NAME',
};
export const SOURCE_LIST: PagedList = {
  variable: 'n',
  match: 'MATCH (n:Source)',
  where: [],
  params: {},
  sortKey: 'toLower(n.title)',
  order: 'TITLE',
};

/** Nodes by id, and the catalogues: the paged organizations and sources, every country and topic. */
export class NodeService {
  constructor(
    private readonly graph: GraphExecutor,
    private readonly loaders: Loaders,
    private readonly prefetcher: Prefetcher,
  ) {}

  /** One node by id with what its selection needs (one statement); null when there is none, or it is of another kind. */
  async byId(id: string, kind: EntityKindName | undefined, selection: Selection): Promise<NodeRecord | null> {
    const node = await this.prefetcher.node(id, selection);
    return kind ? ofKind(node, kind) : node;
  }

  /** A node by id: at hand when a prefetch brought it (a value), else loaded in the request's batch (a promise). */
  get(id: string): Now<NodeRecord | null> {
    return this.loaders.node(id);
  }

  /** The rows (linked node and relationship) of a link for one parent: at hand when prefetched, else batched. */
  links(link: LinkDefinition, parentId: string): Now<LinkRow[]> {
    return this.loaders.rows(link, parentId);
  }

  /** Nodes by id, in the order asked, null for unknown ids (one batched statement). */
  byIds(ids: readonly string[]): Promise<Array<NodeRecord | null>> {
    return Promise.all(ids.map((id) => this.loaders.nodes.load(id)));
  }

  organizations(first?: number | null, after?: string | null, selection?: Selection): Promise<ConnectionPage<NodeRecord>> {
    return readPage(this.graph, this.prefetcher, ORGANIZATION_LIST, first, after, selection);
  }

  sources(first?: number | null, after?: string | null, selection?: Selection): Promise<ConnectionPage<NodeRecord>> {
    return readPage(this.graph, this.prefetcher, SOURCE_LIST, first, after, selection);
  }

  /** Every node of a small label (countries, topics), by name. */
  async all(label: 'Country' | 'Topic'): Promise<NodeRecord[]> {
    const rows = await this.graph.read({
      cypher: cypher`
        MATCH (n:${label})
        WITH n ORDER BY toLower(n.name), n.id
        RETURN ${shipNode('n')} AS n`,
      params: {},
    });
    return rows.map((row) => row.n as NodeRecord);
  }
}
