import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../common/node.interface';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';
import { badUserInput } from '../http/errors';

/** At most this many ids in one `nodes` call. */
export const MAX_NODE_IDS = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by id; null when there is none.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<NodeRecord | null> {
    const [node] = await ctx.nodes.byIds([id]);
    return node;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Nodes by id, in the order asked, null where there is none (at most ${MAX_NODE_IDS} ids).`,
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<Array<NodeRecord | null>> {
    if (ids.length > MAX_NODE_IDS) throw badUserInput('ids', `ids may name at most ${MAX_NODE_IDS} nodes, got ${ids.length}`);
    return ctx.nodes.byIds(ids);
  }
}
