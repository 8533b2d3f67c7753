import { ConnectionPage } from '../common/connection.type';
import { ShipNode } from '../graph/shipped-node';
import { readKeysetPage } from '../common/keyset-pager';
import { GraphExecutor } from '../graph/executor';
import { NodeRecord } from '../graph/values';
import { PersonFilter } from './person-filter.input';

/** Conditions of a person filter over `n:Person`; values are parameters. */
export function personFilterClause(filter: PersonFilter | undefined): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.countryIds?.length) {
    params.countryIds = filter.countryIds;
    where.push(
      '(EXISTS { (n)-[:HOLDS_POSITION]->(:Organization)-[:PART_OF*1..3]->(c:Country) WHERE c.id IN $countryIds }' +
        ' OR EXISTS { (n)-[r:PARTICIPATED_IN]->(:Event) WHERE r.representing IN $countryIds })',
    );
  }
  if (filter?.organizationIds?.length) {
    params.organizationIds = filter.organizationIds;
    where.push('EXISTS { (n)-[:HOLDS_POSITION]->(o:Organization) WHERE o.id IN $organizationIds }');
  }
  if (filter?.name) {
    params.name = filter.name.toLowerCase();
    where.push('toLower(n.searchText) CONTAINS $name');
  }
  return { where, params };
}

/** Reads of people beyond a lookup: filtered and paged by name. */
export class PersonService {
  constructor(private readonly graph: GraphExecutor) {}

  people(
    filter: PersonFilter | undefined,
    first?: number | null,
    after?: string | null,
    ship?: ShipNode,
  ): Promise<ConnectionPage<NodeRecord>> {
    const { where, params } = personFilterClause(filter);
    return readKeysetPage(this.graph, { label: 'Person', key: 'toLower(n.name)', order: 'NAME', where, params, ship }, first, after);
  }
}
