import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';
import { Reads } from '../prefetch/prefetch.extensions';
import { selectionOf } from '../prefetch/selection';
import { Place } from './place.type';

/** Place's root field and its own fields; its link fields are in place.links.ts. */
@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'One place by id; null when there is none.' })
  place(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ctx.nodes.byId(id, 'PLACE', selectionOf(info));
  }

  @Reads('placeKind')
  @FieldResolver(() => String, { description: 'City or venue, as text (same as placeKind).' })
  kind(@Root() place: NodeRecord): string {
    return String(place.placeKind);
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that name it.' })
  evidence(@Root() place: NodeRecord): Evidence[] {
    return evidenceOf(place);
  }
}
