import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { EntityKind } from '../common/enums';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { ofKind } from '../common/records';
import { RequestContext } from '../context';
import { Event } from '../event/event.type';
import { Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Topic } from './topic.type';
import { PrefetchLink } from '../prefetch/prefetch.extensions';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'One topic by id; null when there is none.' })
  async topic(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ofKind(await ctx.prefetch.node(id, info), EntityKind.TOPIC);
  }

  @Query(() => [Topic], { description: 'Every topic, by name.' })
  topics(@Ctx() ctx: RequestContext): Promise<NodeRecord[]> {
    return ctx.catalog.all('Topic');
  }

  @PrefetchLink('topicEvents')
  @FieldResolver(() => [Event], { description: 'Events that address it, by date.' })
  events(@Root() topic: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('topicEvents', topic.id);
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that name it.' })
  evidence(@Root() topic: NodeRecord): Evidence[] {
    return evidenceOf(topic);
  }
}
