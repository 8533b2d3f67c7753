import { EventOrder } from '../common/enums';
import { ConnectionPage, countOnce } from '../common/connection.type';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../common/paging';
import { badUserInput } from '../graph/errors';
import { GraphExecutor } from '../graph/executor';
import { NodeRecord } from '../graph/values';
import { EventFilter } from './event-filter.input';
import { eventsCountQuery, eventsPageOrder, eventsPageQuery } from './event.cypher';
import { PageOptions } from '../prefetch/prefetcher';
import { Bucket, EventGrouping } from '../stats/bucket.type';
import { eventStatsQuery } from '../stats/stats.cypher';

/** Reads of events that are more than a node lookup: filtered, ordered, paged. */
export class EventService {
  constructor(private readonly graph: GraphExecutor) {}

  /**
   * A page of events matching the filter. totalCount runs its own count, once, when asked for (at once, beside the
   * page, with `countNow`); with `prefetch`, the page statement also fetches what the edges' selection needs.
   */
  async events(
    filter: EventFilter | undefined,
    order: EventOrder,
    first?: number | null,
    after?: string | null,
    { prefetch, countNow, ship }: PageOptions = {},
  ): Promise<ConnectionPage<NodeRecord>> {
    checkFilter(filter);
    const limit = pageSize(first);
    const cursor = decodeCursor(after, order);
    const totalCount = countOnce(() => this.count(filter));
    if (countNow) totalCount().catch(() => undefined); // its error reaches totalCount when resolved
    const query = eventsPageQuery(filter, order, limit, cursor, ship);
    const rows = await this.graph.read(prefetch ? prefetch.wrap(query, 'e', ['e', 'sortKey'], eventsPageOrder(order)) : query);
    if (prefetch) for (const row of rows) prefetch.prime(row.e as NodeRecord, row.fetched);
    const sortKeys = new Map(rows.map((row) => [(row.e as NodeRecord).id, row.sortKey as string]));
    const page = toPage(
      rows.map((row) => row.e as NodeRecord),
      limit,
      cursor,
      (event) => encodeCursor({ order, key: sortKeys.get(event.id) ?? null, id: event.id }),
    );
    return { ...page, totalCount };
  }

  /** Counts of the events matching the filter, grouped. */
  async stats(filter: EventFilter | undefined, grouping: EventGrouping): Promise<Bucket[]> {
    checkFilter(filter);
    const rows = await this.graph.read(eventStatsQuery(filter, grouping));
    return rows.map((row) => ({ key: String(row.key), label: String(row.label), count: Number(row.count) }));
  }

  /** How many events match the filter. */
  async count(filter: EventFilter | undefined): Promise<number> {
    const [row] = await this.graph.read(eventsCountQuery(filter));
    return Number(row?.count ?? 0);
  }
}

function checkFilter(filter: EventFilter | undefined): void {
  if (filter?.from && filter.to && filter.from > filter.to) {
    throw badUserInput('filter.from', `filter.from (${filter.from}) is after filter.to (${filter.to})`);
  }
  if (filter?.text !== undefined && (filter.text.length < 1 || filter.text.length > 200)) {
    throw badUserInput('filter.text', 'filter.text must be 1 to 200 characters');
  }
}
