import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';
import { Source } from '../source/source.type';
import { Evidence } from './evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { description: 'The source that says it.' })
  async source(@Root() evidence: Evidence, @Ctx() ctx: RequestContext): Promise<NodeRecord> {
    const source = await ctx.loaders.nodes.load(evidence.sourceId);
    if (!source) throw new Error(`Evidence names a missing source ${evidence.sourceId}`);
    return source;
  }
}
