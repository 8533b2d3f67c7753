import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionPage } from '../common/connection.type';
import { EntityKind } from '../common/enums';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { ofKind, position } from '../common/records';
import { RequestContext } from '../context';
import { Country } from '../country/country.type';
import { Event } from '../event/event.type';
import { mapNow, Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Person } from '../person/person.type';
import { Position } from '../person/position.type';
import { Organization } from './organization.type';
import { PrefetchLink } from '../prefetch/prefetch.extensions';

export const OrganizationConnection = Connection(Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organization by id; null when there is none.' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ofKind(await ctx.prefetch.node(id, info), EntityKind.ORGANIZATION);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations by name, a page at a time (first: default 20, at most 100).' })
  organizations(
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100.' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<NodeRecord>> {
    return ctx.prefetch.page(ctx.catalog.organizations(first, after, ctx.prefetch.pageShip(info)), info);
  }

  @FieldResolver(() => String, { description: 'What kind of organization, as text (same as orgKind).' })
  kind(@Root() organization: NodeRecord): string {
    return String(organization.orgKind);
  }

  @PrefetchLink('organizationCountries')
  @FieldResolver(() => Country, { nullable: true, description: 'The country it belongs to (through PART_OF).' })
  country(@Root() organization: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord | null> {
    return mapNow(ctx.loaders.linked('organizationCountries', organization.id), (nodes) => nodes[0] ?? null);
  }

  @PrefetchLink('organizationParents')
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization it is part of.' })
  parent(@Root() organization: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord | null> {
    return mapNow(ctx.loaders.linked('organizationParents', organization.id), (nodes) => nodes[0] ?? null);
  }

  @PrefetchLink('organizationChildren')
  @FieldResolver(() => [Organization], { description: 'Organizations that are part of it.' })
  children(@Root() organization: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('organizationChildren', organization.id);
  }

  @PrefetchLink('organizationPositions')
  @FieldResolver(() => [Person], { description: 'People who hold positions in it.' })
  people(@Root() organization: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return mapNow(ctx.loaders.linked('organizationPositions', organization.id), (people) => [...new Map(people.map((person) => [person.id, person])).values()]);
  }

  @PrefetchLink('organizationPositions', { node: 'person' })
  @FieldResolver(() => [Position], { description: 'The positions in it, with who holds them.' })
  positions(@Root() organization: NodeRecord, @Ctx() ctx: RequestContext): Now<Position[]> {
    return mapNow(ctx.loaders.rows('organizationPositions', organization.id), (rows) => rows.map((row) => position(row.node, organization, row.rel ?? {})));
  }

  @PrefetchLink('organizationAnnouncedBy')
  @FieldResolver(() => [Event], { description: 'Events that announced it before it was set up.' })
  announcedBy(@Root() organization: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('organizationAnnouncedBy', organization.id);
  }

  @PrefetchLink('organizationEstablishedBy')
  @FieldResolver(() => [Event], { description: 'Events that set it up.' })
  establishedBy(@Root() organization: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('organizationEstablishedBy', organization.id);
  }

  @PrefetchLink('organizationEvents')
  @FieldResolver(() => [Event], { description: 'Events it was involved in: taking part, set up or announced by them, or targeted.' })
  events(@Root() organization: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('organizationEvents', organization.id);
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that name or describe it.' })
  evidence(@Root() organization: NodeRecord): Evidence[] {
    return evidenceOf(organization);
  }
}
