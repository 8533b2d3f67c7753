import { ConnectionPage } from '../common/connection.type';
import { PagedList, readPage } from '../common/page-reader';
import { GraphExecutor } from '../graph/executor';
import { NodeRecord } from '../graph/values';
import { Prefetcher } from '../prefetch/prefetcher';
import { Selection } from '../prefetch/selection';
import { PersonFilter } from './person-filter.input';

/** People as a paged list by name, under a filter; values are parameters. */
export function personList(filter: PersonFilter | undefined): PagedList {
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
  return { variable: 'n', match: 'MATCH (n:Person)', where, params, sortKey: 'toLower(n.name)', order: 'NAME' };
}

/** Reads of people beyond a lookup: filtered and paged by name. */
export class PersonService {
  constructor(
    private readonly graph: GraphExecutor,
    private readonly prefetcher: Prefetcher,
  ) {}

  people(
    filter: PersonFilter | undefined,
    first?: number | null,
    after?: string | null,
    selection?: Selection,
  ): Promise<ConnectionPage<NodeRecord>> {
    return readPage(this.graph, this.prefetcher, personList(filter), first, after, selection);
  }
}
