import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../common/node.interface';
import { badUserInput } from '../graph/errors';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';

/** At most this many ids in one `nodes` call. */
export const MAX_NODE_IDS = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by id; null when there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<NodeRecord | null> {
    return ctx.loaders.nodes.load(id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Nodes by id, in the order asked, null where there is none (at most ${MAX_NODE_IDS} ids).` })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<Array<NodeRecord | null>> {
    if (ids.length > MAX_NODE_IDS) throw badUserInput('ids', `ids may name at most ${MAX_NODE_IDS} nodes, got ${ids.length}`);
    return Promise.all(ids.map((id) => ctx.loaders.nodes.load(id)));
  }
}
