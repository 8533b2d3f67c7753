import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionPage } from '../common/connection.type';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';
import { selectionOf } from '../prefetch/selection';
import { Source } from './source.type';

export const SourceConnection = Connection(Source, 'Source');

/** Source's root fields; its link fields are in source.links.ts. */
@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'One source by id; null when there is none.' })
  source(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ctx.nodes.byId(id, 'SOURCE', selectionOf(info));
  }

  @Query(() => SourceConnection, { description: 'Sources by title, a page at a time (first: default 20, at most 100).' })
  sources(
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100.' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<NodeRecord>> {
    return ctx.nodes.sources(first, after, selectionOf(info, ['edges', 'node']));
  }
}
