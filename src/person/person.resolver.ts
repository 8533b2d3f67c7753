import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionPage } from '../common/connection.type';
import { EntityKind } from '../common/enums';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { ofKind, participation, position } from '../common/records';
import { RequestContext } from '../context';
import { Country } from '../country/country.type';
import { Event } from '../event/event.type';
import { Participation } from '../event/participation.type';
import { mapNow, Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Source } from '../source/source.type';
import { PersonFilter } from './person-filter.input';
import { Person } from './person.type';
import { Position } from './position.type';
import { PrefetchLink } from '../prefetch/prefetch.extensions';

export const PersonConnection = Connection(Person, 'Person');

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id; null when there is none.' })
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ofKind(await ctx.prefetch.node(id, info), EntityKind.PERSON);
  }

  @Query(() => PersonConnection, { description: 'People matching a filter, by name, a page at a time (first: default 20, at most 100).' })
  people(
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | undefined,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100.' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<NodeRecord>> {
    return ctx.prefetch.page(ctx.people.people(filter, first, after, ctx.prefetch.pageShip(info)), info);
  }

  @PrefetchLink('personCountries')
  @FieldResolver(() => Country, {
    nullable: true,
    description: 'The country the person serves: through a position in its government, else the one represented at events.',
  })
  country(@Root() person: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord | null> {
    return mapNow(ctx.loaders.linked('personCountries', person.id), (nodes) => nodes[0] ?? null);
  }

  @PrefetchLink('personPositions', { node: 'organization' })
  @FieldResolver(() => [Position], { description: 'Positions held, each as its source states it (disagreeing sources give several).' })
  positions(@Root() person: NodeRecord, @Ctx() ctx: RequestContext): Now<Position[]> {
    return mapNow(ctx.loaders.rows('personPositions', person.id), (rows) => rows.map((row) => position(person, row.node, row.rel ?? {})));
  }

  @PrefetchLink('personParticipations', { node: 'event' })
  @FieldResolver(() => [Participation], { description: 'Events taken part in, with role and title.' })
  participations(@Root() person: NodeRecord, @Ctx() ctx: RequestContext): Now<Participation[]> {
    return mapNow(ctx.loaders.rows('personParticipations', person.id), (rows) => rows.map((row) => participation(person, row.node, row.rel ?? {})));
  }

  @PrefetchLink('personParticipations')
  @FieldResolver(() => [Event], { description: 'Events taken part in, by date.' })
  events(@Root() person: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('personParticipations', person.id);
  }

  @PrefetchLink('personAuthored')
  @FieldResolver(() => [Source], { description: 'Sources this person wrote.' })
  authored(@Root() person: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('personAuthored', person.id);
  }

  @PrefetchLink('mentionedBy')
  @FieldResolver(() => [Source], { description: 'Sources that mention this person.' })
  sources(@Root() person: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('mentionedBy', person.id);
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that name or describe the person, including those for aliases and native names.' })
  evidence(@Root() person: NodeRecord): Evidence[] {
    return evidenceOf(person);
  }
}
