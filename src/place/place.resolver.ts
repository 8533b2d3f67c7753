import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { EntityKind } from '../common/enums';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { ofKind } from '../common/records';
import { RequestContext } from '../context';
import { Country } from '../country/country.type';
import { Event } from '../event/event.type';
import { mapNow, Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Place } from './place.type';
import { PrefetchLink } from '../prefetch/prefetch.extensions';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'One place by id; null when there is none.' })
  async place(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ofKind(await ctx.prefetch.node(id, info), EntityKind.PLACE);
  }

  @FieldResolver(() => String, { description: 'City or venue, as text (same as placeKind).' })
  kind(@Root() place: NodeRecord): string {
    return String(place.placeKind);
  }

  @PrefetchLink('placeCountry')
  @FieldResolver(() => Country, { nullable: true, description: 'The country it is in.' })
  country(@Root() place: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord | null> {
    return mapNow(ctx.loaders.linked('placeCountry', place.id), (nodes) => nodes[0] ?? null);
  }

  @PrefetchLink('placeEvents')
  @FieldResolver(() => [Event], { description: 'Events held there, by date.' })
  events(@Root() place: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('placeEvents', place.id);
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that name it.' })
  evidence(@Root() place: NodeRecord): Evidence[] {
    return evidenceOf(place);
  }
}
