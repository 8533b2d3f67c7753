import { ConnectionPage } from '../common/connection.type';
import { ShipNode, shipNode } from '../graph/shipped-node';
import { readKeysetPage } from '../common/keyset-pager';
import { cypher } from '../graph/cypher';
import { GraphExecutor } from '../graph/executor';
import { NodeRecord } from '../graph/values';

/** The short lists and paged catalogues: organizations, sources, countries, topics. */
export class CatalogService {
  constructor(private readonly graph: GraphExecutor) {}

  organizations(first?: number | null, after?: string | null, ship?: ShipNode): Promise<ConnectionPage<NodeRecord>> {
    return readKeysetPage(this.graph, { label: 'Organization', key: 'toLower(n.name)', order: 'NAME', ship }, first, after);
  }

  sources(first?: number | null, after?: string | null, ship?: ShipNode): Promise<ConnectionPage<NodeRecord>> {
    return readKeysetPage(this.graph, { label: 'Source', key: 'toLower(n.title)', order: 'TITLE', ship }, first, after);
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
