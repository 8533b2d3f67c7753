import { ConnectionPage } from '../common/connection.type';
import { EventOrder } from '../common/enums';
import { readPage } from '../common/page-reader';
import { GraphExecutor } from '../graph/executor';
import { NodeRecord } from '../graph/values';
import { Prefetcher } from '../prefetch/prefetcher';
import { Selection } from '../prefetch/selection';
import { checkEventFilter, EventFilter } from './event-filter.input';
import { eventList } from './event.cypher';

/** Reads of events that are more than a node lookup: filtered, ordered, paged (their counts: stats/stats.service.ts). */
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
    checkEventFilter(filter);
    return readPage(this.graph, this.prefetcher, eventList(filter, order), first, after, selection);
  }
}
