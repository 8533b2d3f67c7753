import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionPage } from '../common/connection.type';
import { EntityKind } from '../common/enums';
import { Node } from '../common/node.interface';
import { ofKind } from '../common/records';
import { RequestContext } from '../context';
import { Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';
import { Source } from './source.type';
import { PrefetchLink } from '../prefetch/prefetch.extensions';

export const SourceConnection = Connection(Source, 'Source');

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'One source by id; null when there is none.' })
  async source(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ofKind(await ctx.prefetch.node(id, info), EntityKind.SOURCE);
  }

  @Query(() => SourceConnection, { description: 'Sources by title, a page at a time (first: default 20, at most 100).' })
  sources(
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100.' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<NodeRecord>> {
    return ctx.prefetch.page(ctx.catalog.sources(first, after, ctx.prefetch.pageShip(info)), info);
  }

  @PrefetchLink('sourceMentions')
  @FieldResolver(() => [Node], { description: 'Every node this source gives evidence for.' })
  mentions(@Root() source: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('sourceMentions', source.id);
  }

  @PrefetchLink('sourceAuthors')
  @FieldResolver(() => [Person], { description: 'Who wrote it, as people in the graph.' })
  writtenBy(@Root() source: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('sourceAuthors', source.id);
  }

  @PrefetchLink('sourcePublishers')
  @FieldResolver(() => [Organization], { description: 'Who published it, as organizations in the graph.' })
  publishedBy(@Root() source: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('sourcePublishers', source.id);
  }

  @PrefetchLink('sourceRepublishers')
  @FieldResolver(() => [Organization], { description: 'Who republished it (the publisher whose copy the text is), as organizations in the graph.' })
  republishedBy(@Root() source: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('sourceRepublishers', source.id);
  }
}
