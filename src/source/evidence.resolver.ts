import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { mapNow, Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Source } from './source.type';
import { Evidence } from '../common/evidence.type';

/** The source node a piece of evidence (or a claim) names: loaded in the request's batch, or at hand from a prefetch. */
export function sourceNode(sourceId: string, ctx: RequestContext): Now<NodeRecord> {
  return mapNow(ctx.nodes.get(sourceId), (source) => {
    if (!source) throw new Error(`Evidence names a missing source ${sourceId}`);
    return source;
  });
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { description: 'The source that says it.' })
  source(@Root() evidence: Evidence, @Ctx() ctx: RequestContext): Now<NodeRecord> {
    return sourceNode(evidence.sourceId, ctx);
  }
}
