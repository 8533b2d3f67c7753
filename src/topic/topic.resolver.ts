import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';
import { selectionOf } from '../prefetch/selection';
import { Topic } from './topic.type';

/** Topic's root fields and evidence; its link fields are in topic.links.ts. */
@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'One topic by id; null when there is none.' })
  topic(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ctx.nodes.byId(id, 'TOPIC', selectionOf(info));
  }

  @Query(() => [Topic], { description: 'Every topic, by name.' })
  topics(@Ctx() ctx: RequestContext): Promise<NodeRecord[]> {
    return ctx.nodes.all('Topic');
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that name it.' })
  evidence(@Root() topic: NodeRecord): Evidence[] {
    return evidenceOf(topic);
  }
}
