import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { Event } from '../event/event.type';
import { NodeRecord } from '../graph/values';
import { RelatedEvent } from './related-event.type';

@Resolver(() => Event)
export class RelatedResolver {
  @Query(() => [RelatedEvent], {
    description:
      'Events related to one event, ranked by a score of explicit follow-ups, shared participants, countries, topics, sources and nearness in time, each with its reasons (events that share only a country or a topic are drawn from the 200 nearest in time on each side). Empty for an unknown id.',
  })
  relatedEvents(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many: default 10, at most 50.' }) first: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<RelatedEvent[]> {
    return ctx.related.related(eventId, first);
  }

  @FieldResolver(() => [RelatedEvent], { description: 'Related events, ranked and explained (as Query.relatedEvents).' })
  related(
    @Root() event: NodeRecord,
    @Arg('first', () => Int, { nullable: true, description: 'How many: default 10, at most 50.' }) first: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<RelatedEvent[]> {
    return ctx.related.related(event.id, first);
  }
}
