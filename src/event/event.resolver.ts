import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { claimsBySource } from '../common/claim.type';
import { Connection, ConnectionPage } from '../common/connection.type';
import { EventOrder, EventStatus } from '../common/enums';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';
import { parseDateClaim } from '../common/date-claim';
import { Reads } from '../prefetch/prefetch.extensions';
import { selectionOf } from '../prefetch/selection';
import { EventFilter } from './event-filter.input';
import { DateClaim, Event, StatusClaim } from './event.type';

export const EventConnection = Connection(Event, 'Event');

/** Event's root fields and its fields computed from its own properties; its link fields are in event.links.ts. */
@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'One event by id; null when there is none.' })
  event(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ctx.nodes.byId(id, 'EVENT', selectionOf(info));
  }

  @Query(() => EventConnection, {
    description: 'Events matching a filter, ordered by date, a page at a time (first: default 20, at most 100).',
  })
  events(
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | undefined,
    @Arg('orderBy', () => EventOrder, { nullable: true, defaultValue: EventOrder.DATE_ASC }) orderBy: EventOrder,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100.' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<NodeRecord>> {
    return ctx.events.events(filter, orderBy, first, after, selectionOf(info, ['edges', 'node']));
  }

  @FieldResolver(() => Boolean, { description: 'True when some sources give dates that cannot both be true; dateClaims lists them.' })
  dateDisputed(@Root() event: NodeRecord): boolean {
    return event.dateDisputed === true;
  }

  @Reads('evidence')
  @FieldResolver(() => [DateClaim], {
    description:
      "Each source's date for it, in that source's words and precision (a month and a day that agree are not a dispute; different days are, and both stay listed).",
  })
  dateClaims(@Root() event: NodeRecord): DateClaim[] {
    return claimsBySource(evidenceOf(event), (item) => item.claim).map(({ sourceId, value, evidence }) => {
      const { date, precision, text } = parseDateClaim(value);
      return { sourceId, date, datePrecision: precision, dateText: text, evidence };
    });
  }

  @Reads('evidence')
  @FieldResolver(() => [StatusClaim], {
    description:
      "Each source's report of whether it was held or scheduled: what an earlier source announced stays visible after a later one reports it held.",
  })
  statusClaims(@Root() event: NodeRecord): StatusClaim[] {
    return claimsBySource(evidenceOf(event), (item) => item.status).map(({ sourceId, value, evidence }) => ({
      sourceId,
      status: value as EventStatus,
      evidence,
    }));
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that state it, and those that support its date and other fields.' })
  evidence(@Root() event: NodeRecord): Evidence[] {
    return evidenceOf(event);
  }
}
