import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionPage } from '../common/connection.type';
import { EntityKind, EventOrder, EventStatus } from '../common/enums';
import { claimsBySource } from '../common/claim.type';
import { parseDateClaim } from '../ingest/event-facts';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { Node } from '../common/node.interface';
import { agendaItem, countryParticipation, ofKind, organizationParticipation, participation, targeting } from '../common/records';
import { RequestContext } from '../context';
import { mapNow, Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Country } from '../country/country.type';
import { Organization } from '../organization/organization.type';
import { Place } from '../place/place.type';
import { Source } from '../source/source.type';
import { Topic } from '../topic/topic.type';
import { EventFilter } from './event-filter.input';
import { DateClaim, Event, StatusClaim } from './event.type';
import { AgendaItem, CountryParticipation, OrganizationParticipation, Participation, Targeting } from './participation.type';
import { PrefetchLink } from '../prefetch/prefetch.extensions';

export const EventConnection = Connection(Event, 'Event');

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'One event by id; null when there is none.' })
  async event(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ofKind(await ctx.prefetch.node(id, info), EntityKind.EVENT);
  }

  @Query(() => EventConnection, { description: 'Events matching a filter, ordered by date, a page at a time (first: default 20, at most 100).' })
  events(
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | undefined,
    @Arg('orderBy', () => EventOrder, { nullable: true, defaultValue: EventOrder.DATE_ASC }) orderBy: EventOrder,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100.' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<NodeRecord>> {
    return ctx.events.events(filter, orderBy, first, after, ctx.prefetch.pageOptions(info));
  }

  @PrefetchLink('eventLocation')
  @FieldResolver(() => Place, { nullable: true, description: 'Where it was held.' })
  location(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord | null> {
    return mapNow(ctx.loaders.linked('eventLocation', event.id), (nodes) => nodes[0] ?? null);
  }

  @PrefetchLink('eventParticipants', { node: 'person' })
  @FieldResolver(() => [Participation], { description: 'The people who took part, with role, country represented and title.' })
  participants(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<Participation[]> {
    return mapNow(ctx.loaders.rows('eventParticipants', event.id), (rows) => rows.map((row) => participation(row.node, event, row.rel ?? {})));
  }

  @PrefetchLink('eventCountryRoles', { node: 'country' })
  @FieldResolver(() => [CountryParticipation], { description: 'Countries that took part as governments (hosts among them), with their role.' })
  countryParticipations(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<CountryParticipation[]> {
    return mapNow(ctx.loaders.rows('eventCountryRoles', event.id), (rows) => rows.map((row) => countryParticipation(row.node, event, row.rel ?? {})));
  }

  @PrefetchLink('eventOrganizationRoles', { node: 'organization' })
  @FieldResolver(() => [OrganizationParticipation], {
    description: 'Organizations that took part, with their role (the ministry that made a statement: SPEAKER).',
  })
  organizationParticipations(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<OrganizationParticipation[]> {
    return mapNow(ctx.loaders.rows('eventOrganizationRoles', event.id), (rows) =>
      rows.map((row) => organizationParticipation(row.node, event, row.rel ?? {})),
    );
  }

  @PrefetchLink('eventCountries')
  @FieldResolver(() => [Country], { description: 'Every country involved: taking part, imposing a sanction or targeted by it.' })
  countries(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventCountries', event.id);
  }

  @PrefetchLink('eventOrganizations')
  @FieldResolver(() => [Organization], { description: 'Organizations involved: taking part, established by it or targeted.' })
  organizations(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventOrganizations', event.id);
  }

  @PrefetchLink('eventEstablished')
  @FieldResolver(() => [Organization], { description: 'Organizations this event set up.' })
  established(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventEstablished', event.id);
  }

  @PrefetchLink('eventTopics')
  @FieldResolver(() => [Topic], { description: 'What it addressed.' })
  topics(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventTopics', event.id);
  }

  @PrefetchLink('eventTopics', { node: 'topic' })
  @FieldResolver(() => [AgendaItem], {
    description: 'Each topic with how the sources state it: addressed, or only expected to be (an agenda announced beforehand).',
  })
  agenda(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<AgendaItem[]> {
    return mapNow(ctx.loaders.rows('eventTopics', event.id), (rows) => rows.map(agendaItem));
  }

  @PrefetchLink('eventFollowsUp')
  @FieldResolver(() => [Event], { description: 'Earlier events this one follows up on.' })
  followsUp(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventFollowsUp', event.id);
  }

  @PrefetchLink('eventFollowedBy')
  @FieldResolver(() => [Event], { description: 'Later events that follow up on this one.' })
  followedBy(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventFollowedBy', event.id);
  }

  @PrefetchLink('eventPartOf')
  @FieldResolver(() => [Event], { description: 'Larger events this one was part of (an agreement reached at a summit).' })
  partOf(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventPartOf', event.id);
  }

  @PrefetchLink('eventParts')
  @FieldResolver(() => [Event], { description: 'Events that were part of this one.' })
  parts(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventParts', event.id);
  }

  @PrefetchLink('eventPrecededBy')
  @FieldResolver(() => [Event], {
    description: 'Earlier events a source says this one came closely after, without saying it acted on them (that is followsUp).',
  })
  precededBy(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventPrecededBy', event.id);
  }

  @PrefetchLink('eventPrecedes')
  @FieldResolver(() => [Event], { description: 'Later events a source says came closely after this one.' })
  precedes(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventPrecedes', event.id);
  }

  @PrefetchLink('eventAnnounced')
  @FieldResolver(() => [Node], { description: 'Organizations or later events this event announced (a summit announcing a working group).' })
  announced(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventAnnounced', event.id);
  }

  @PrefetchLink('eventAnnouncedBy')
  @FieldResolver(() => [Event], { description: 'Earlier events that announced this one.' })
  announcedBy(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventAnnouncedBy', event.id);
  }

  @PrefetchLink('eventAbout')
  @FieldResolver(() => [Event], { description: 'For a statement: the events it is about.' })
  about(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventAbout', event.id);
  }

  @PrefetchLink('eventStatements')
  @FieldResolver(() => [Event], { description: 'Statements about this event.' })
  statements(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventStatements', event.id);
  }

  @PrefetchLink('eventImposedBy')
  @FieldResolver(() => [Country], { description: 'For a sanction: the governments that imposed it.' })
  imposedBy(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventImposedBy', event.id);
  }

  @PrefetchLink('eventTargets')
  @FieldResolver(() => [Node], { description: 'For a sanction: its targets (countries, people, organizations).' })
  targets(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('eventTargets', event.id);
  }

  @PrefetchLink('eventTargets', { node: 'target' })
  @FieldResolver(() => [Targeting], { description: 'For a sanction: each target with the number of unnamed targets it stands for.' })
  targetings(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<Targeting[]> {
    return mapNow(ctx.loaders.rows('eventTargets', event.id), (rows) => rows.map(targeting));
  }

  @PrefetchLink('eventTargets', { rel: true })
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'For a sanction: how many targets in all (each target counts its unnamed number, or 1); null without targets.',
  })
  targetCount(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<number | null> {
    return mapNow(ctx.loaders.rows('eventTargets', event.id), (rows) =>
      rows.length === 0 ? null : rows.reduce((sum, row) => sum + ((row.rel?.count as number | undefined) ?? 1), 0),
    );
  }

  @PrefetchLink('mentionedBy')
  @FieldResolver(() => [Source], { description: 'Every source that reports it.' })
  sources(@Root() event: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('mentionedBy', event.id);
  }

  @FieldResolver(() => Boolean, { description: 'True when some sources give dates that cannot both be true; dateClaims lists them.' })
  dateDisputed(@Root() event: NodeRecord): boolean {
    return event.dateDisputed === true;
  }

  @FieldResolver(() => [DateClaim], {
    description:
      "Each source's date for it, in that source's words and precision (a month and a day that agree are not a dispute; different days are, and both stay listed).",
  })
  dateClaims(@Root() event: NodeRecord): DateClaim[] {
    return claimsBySource(evidenceOf(event), (item) => item.claim).map(({ sourceId, value, evidence }) => {
      const { date, precision, text } = parseDateClaim(value);
      return { sourceId, date, datePrecision: precision, dateText: text, evidence };
    });
  }

  @FieldResolver(() => [StatusClaim], {
    description: 'Each source\'s report of whether it was held or scheduled: what an earlier source announced stays visible after a later one reports it held.',
  })
  statusClaims(@Root() event: NodeRecord): StatusClaim[] {
    return claimsBySource(evidenceOf(event), (item) => item.status).map(({ sourceId, value, evidence }) => ({
      sourceId,
      status: value as EventStatus,
      evidence,
    }));
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that state it, and those that support its date and other fields.' })
  evidence(@Root() event: NodeRecord): Evidence[] {
    return evidenceOf(event);
  }
}
