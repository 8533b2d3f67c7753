import { checkEventFilter, EventFilter } from '../event/event-filter.input';
import { GraphExecutor } from '../graph/executor';
import { Bucket, EventGrouping } from './bucket.type';
import { eventStatsQuery } from './stats.cypher';

/** Statistics of events: how many match a filter, grouped by month, type, country or topic. */
export class StatsService {
  constructor(private readonly graph: GraphExecutor) {}

  /** Counts of the events matching the filter, grouped. */
  async eventStats(filter: EventFilter | undefined, grouping: EventGrouping): Promise<Bucket[]> {
    checkEventFilter(filter);
    const rows = await this.graph.read(eventStatsQuery(filter, grouping));
    return rows.map((row) => ({ key: String(row.key), label: String(row.label), count: Number(row.count) }));
  }
}
