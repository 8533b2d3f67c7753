import { pageSize } from '../common/paging';
import DataLoader from 'dataloader';
import { GraphExecutor, Row } from '../graph/executor';
import { NodeRecord } from '../graph/values';
import { NEAR_IN_TIME_DAYS, REASON_WEIGHTS, relatedEventsQuery } from './related.cypher';
import { RelatedEvent, RelationReason, RelationReasonKind } from './related-event.type';

/** Related events: default 10, at most 50. */
export const RELATED_SIZE = { default: 10, max: 50 } as const;

/**
 * Ranks the events related to one event. score = 5 per follow-up link + 3 per shared participant + 1 per shared
 * country + 1 per shared topic + 0.5 per shared source + up to 2 for nearness in time (2 on the same day, falling
 * linearly to 0 at 30 days). Ties go to the nearer date, then the id, so the order never flickers.
 */
export class RelatedService {
  /** Batches the related events of every event a request asks about into one query. */
  private readonly candidates: DataLoader<string, Row[]>;

  constructor(graph: GraphExecutor) {
    this.candidates = new DataLoader(async (ids) => {
      const rows = await graph.read(relatedEventsQuery(ids));
      return ids.map((id) => rows.filter((row) => row.eventId === id));
    });
  }

  async related(eventId: string, first: number | undefined): Promise<RelatedEvent[]> {
    const limit = pageSize(first, RELATED_SIZE.max, RELATED_SIZE.default);
    const rows = await this.candidates.load(eventId);
    const ranked = rows.map((row) => {
      const reasons: RelationReason[] = (row.reasons as Array<{ kind: RelationReasonKind; via: NodeRecord[] }>).map(({ kind, via }) => ({
        kind,
        via: [...via].sort((a, b) => a.id.localeCompare(b.id)),
        weight: REASON_WEIGHTS[kind] * Math.max(1, via.length),
      }));
      const daysApart = row.daysApart as number | null;
      if (daysApart !== null && daysApart <= NEAR_IN_TIME_DAYS) {
        const weight = Math.round(REASON_WEIGHTS.NEAR_IN_TIME * (1 - daysApart / NEAR_IN_TIME_DAYS) * 100) / 100;
        if (weight > 0) reasons.push({ kind: RelationReasonKind.NEAR_IN_TIME, via: [], weight });
      }
      reasons.sort((a, b) => b.weight - a.weight || a.kind.localeCompare(b.kind));
      const score = Math.round(reasons.reduce((sum, reason) => sum + reason.weight, 0) * 100) / 100;
      return { event: row.event as NodeRecord, score, reasons, daysApart: daysApart ?? Number.MAX_SAFE_INTEGER };
    });
    ranked.sort((a, b) => b.score - a.score || a.daysApart - b.daysApart || a.event.id.localeCompare(b.event.id));
    return ranked.slice(0, limit).map(({ event, score, reasons }) => ({ event, score, reasons }));
  }
}
