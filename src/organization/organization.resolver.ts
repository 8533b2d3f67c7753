import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionPage } from '../common/connection.type';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';
import { Reads } from '../prefetch/prefetch.extensions';
import { selectionOf } from '../prefetch/selection';
import { Organization } from './organization.type';

export const OrganizationConnection = Connection(Organization, 'Organization');

/** Organization's root fields and its own fields; its link fields are in organization.links.ts. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organization by id; null when there is none.' })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ctx.nodes.byId(id, 'ORGANIZATION', selectionOf(info));
  }

  @Query(() => OrganizationConnection, { description: 'Organizations by name, a page at a time (first: default 20, at most 100).' })
  organizations(
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100.' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<NodeRecord>> {
    return ctx.nodes.organizations(first, after, selectionOf(info, ['edges', 'node']));
  }

  @Reads('orgKind')
  @FieldResolver(() => String, { description: 'What kind of organization, as text (same as orgKind).' })
  kind(@Root() organization: NodeRecord): string {
    return String(organization.orgKind);
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that name or describe it.' })
  evidence(@Root() organization: NodeRecord): Evidence[] {
    return evidenceOf(organization);
  }
}
