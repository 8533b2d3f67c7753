import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../context';
import { EventFilter } from '../event/event-filter.input';
import { Bucket, EventGrouping } from './bucket.type';

@Resolver()
export class StatsResolver {
  @Query(() => [Bucket], {
    description:
      'How many events, grouped by month, type, country or topic, under the same filter as events (MONTH and TYPE buckets add up to events(filter).totalCount).',
  })
  eventStats(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Which events, as for events.' }) filter: EventFilter | undefined,
    @Arg('groupBy', () => EventGrouping, { description: 'How to group them.' }) groupBy: EventGrouping,
    @Ctx() ctx: RequestContext,
  ): Promise<Bucket[]> {
    return ctx.stats.eventStats(filter, groupBy);
  }
}
