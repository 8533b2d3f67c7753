import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { sourceNode } from '../source/evidence.resolver';
import { RequestContext } from '../context';
import { Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Source } from '../source/source.type';
import { DateClaim, StatusClaim } from './event.type';

@Resolver(() => DateClaim)
export class DateClaimResolver {
  @FieldResolver(() => Source, { description: 'The source that gives this date.' })
  source(@Root() claim: DateClaim, @Ctx() ctx: RequestContext): Now<NodeRecord> {
    return sourceNode(claim.sourceId, ctx);
  }
}

@Resolver(() => StatusClaim)
export class StatusClaimResolver {
  @FieldResolver(() => Source, { description: 'The source that reports it so (its publishedAt is when it said so, where known).' })
  source(@Root() claim: StatusClaim, @Ctx() ctx: RequestContext): Now<NodeRecord> {
    return sourceNode(claim.sourceId, ctx);
  }
}
