import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../context';
import { fieldNamesOf } from '../prefetch/prefetch.plan';
import { GraphViewReads } from './graph-view.cypher';
import { GraphPath, Subgraph } from './graph-view.type';

/** What the operation reads of a graph view: edges' evidence and whole nodes are shipped only when selected. */
function readsOf(info: GraphQLResolveInfo): GraphViewReads {
  const names = fieldNamesOf(info);
  return { evidence: names.has('evidence'), wholeNodes: names.has('node') };
}

@Resolver()
export class GraphViewResolver {
  @Query(() => GraphPath, {
    nullable: true,
    description:
      'One shortest path between two nodes through events, countries, organizations and the like (never through sources); null when none is within maxHops or an id is unknown.',
  })
  shortestPath(
    @Arg('fromId', () => ID, { description: 'Where the path starts.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Where it ends.' }) toId: string,
    @Arg('maxHops', () => Int, { nullable: true, description: 'At most this many edges: default 6, at most 10.' })
    maxHops: number | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphPath | null> {
    return ctx.graphView.shortestPath(fromId, toId, maxHops, readsOf(info));
  }

  @Query(() => Subgraph, { description: 'The nodes within depth of a node, nearest first, and every edge between them: for graph views.' })
  neighborhood(
    @Arg('id', () => ID, { description: 'The node at the centre.' }) id: string,
    @Arg('depth', () => Int, { nullable: true, description: 'Hops out: default 1, 1 to 3.' }) depth: number | undefined,
    @Arg('limit', () => Int, { nullable: true, description: 'At most this many nodes: default 100, at most 1000.' })
    limit: number | undefined,
    @Arg('includeSources', { nullable: true, defaultValue: false, description: 'Also follow which source mentions what (default false).' })
    includeSources: boolean,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subgraph> {
    return ctx.graphView.neighborhood(id, depth, limit, includeSources, readsOf(info));
  }
}
