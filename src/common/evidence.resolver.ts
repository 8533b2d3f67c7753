import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { mapNow, Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Source } from '../source/source.type';
import { Evidence } from './evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { description: 'The source that says it.' })
  source(@Root() evidence: Evidence, @Ctx() ctx: RequestContext): Now<NodeRecord> {
    return mapNow(ctx.loaders.node(evidence.sourceId), (source) => {
      if (!source) throw new Error(`Evidence names a missing source ${evidence.sourceId}`);
      return source;
    });
  }
}
