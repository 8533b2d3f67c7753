import { ConnectionPage } from '../common/connection.type';
import { EventOrder } from '../common/enums';
import { readPage } from '../common/page-reader';
import { badUserInput } from '../http/errors';
import { GraphExecutor } from '../graph/executor';
import { NodeRecord } from '../graph/values';
import { Prefetcher } from '../prefetch/prefetcher';
import { Selection } from '../prefetch/selection';
import { Bucket, EventGrouping } from '../stats/bucket.type';
import { eventStatsQuery } from '../stats/stats.cypher';
import { EventFilter } from './event-filter.input';
import { eventList } from './event.cypher';

/** Reads of events that are more than a node lookup: filtered, ordered, paged; counted by group. */
export class EventService {
  constructor(
    private readonly graph: GraphExecutor,
    private readonly prefetcher: Prefetcher,
  ) {}

  /** A page of events matching the filter, with what the selection needs below them (see readPage). */
  events(
    filter: EventFilter | undefined,
    order: EventOrder,
    first?: number | null,
    after?: string | null,
    selection?: Selection,
  ): Promise<ConnectionPage<NodeRecord>> {
    checkFilter(filter);
    return readPage(this.graph, this.prefetcher, eventList(filter, order), first, after, selection);
  }

  /** Counts of the events matching the filter, grouped. */
  async stats(filter: EventFilter | undefined, grouping: EventGrouping): Promise<Bucket[]> {
    checkFilter(filter);
    const rows = await this.graph.read(eventStatsQuery(filter, grouping));
    return rows.map((row) => ({ key: String(row.key), label: String(row.label), count: Number(row.count) }));
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
