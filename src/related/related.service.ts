import { pageSize } from '../common/paging';
import DataLoader from 'dataloader';
import { GraphExecutor } from '../graph/executor';
import { NodeRecord } from '../graph/values';
import { relatedEventsQuery } from './related.cypher';
import { RelatedEvent, RelationReason, RelationReasonKind } from './related-event.type';

/** Related events: default 10, at most 50. */
export const RELATED_SIZE = { default: 10, max: 50 } as const;

/**
 * Ranks the events related to one event. score = 5 per follow-up link + 3 per shared participant + 1 per shared
 * country + 1 per shared topic + 0.5 per shared source + up to 2 for nearness in time (2 on the same day, falling
 * linearly to 0 at 30 days). Ties go to the nearer date, then the id, so the order never flickers.
 */
export class RelatedService {
  /** Batches the related events of every event a request asks about, per page size, into one query. */
  private readonly loaders = new Map<number, DataLoader<string, RelatedRow[]>>();

  constructor(private readonly graph: GraphExecutor) {}

  async related(eventId: string, first: number | undefined): Promise<RelatedEvent[]> {
    const limit = pageSize(first, RELATED_SIZE.max, RELATED_SIZE.default);
    const rows = await this.loader(limit).load(eventId);
    return rows.map((row) => {
      const reasons: RelationReason[] = row.reasons.map(({ kind, via, weight }) => ({
        kind,
        via: [...via].sort((a, b) => a.id.localeCompare(b.id)),
        weight,
      }));
      reasons.sort((a, b) => b.weight - a.weight || a.kind.localeCompare(b.kind));
      return { event: row.event, score: row.score, reasons };
    });
  }

  private loader(limit: number): DataLoader<string, RelatedRow[]> {
    let loader = this.loaders.get(limit);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.graph.read(relatedEventsQuery(ids, limit));
        const byId = new Map(rows.map((row) => [row.eventId as string, row.related as RelatedRow[]]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.loaders.set(limit, loader);
    }
    return loader;
  }
}

interface RelatedRow {
  event: NodeRecord;
  reasons: Array<{ kind: RelationReasonKind; via: NodeRecord[]; weight: number }>;
  daysApart: number | null;
  score: number;
}
