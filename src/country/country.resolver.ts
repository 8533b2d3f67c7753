import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { EntityKind } from '../common/enums';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { ofKind } from '../common/records';
import { RequestContext } from '../context';
import { Event } from '../event/event.type';
import { Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';
import { Place } from '../place/place.type';
import { Country } from './country.type';
import { PrefetchLink } from '../prefetch/prefetch.extensions';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'One country by id (`country:KOR`); null when there is none.' })
  async country(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ofKind(await ctx.prefetch.node(id, info), EntityKind.COUNTRY);
  }

  @Query(() => [Country], { description: 'Every country in the graph, by name.' })
  countries(@Ctx() ctx: RequestContext): Promise<NodeRecord[]> {
    return ctx.catalog.all('Country');
  }

  @PrefetchLink('countryEvents')
  @FieldResolver(() => [Event], { description: 'Events it was involved in: taking part, imposing a sanction or targeted; by date.' })
  events(@Root() country: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('countryEvents', country.id);
  }

  @PrefetchLink('countryPeople')
  @FieldResolver(() => [Person], { description: 'People serving it (positions in its government) or representing it at events.' })
  people(@Root() country: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('countryPeople', country.id);
  }

  @PrefetchLink('countryOrganizations')
  @FieldResolver(() => [Organization], { description: 'Its organizations (through PART_OF).' })
  organizations(@Root() country: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('countryOrganizations', country.id);
  }

  @PrefetchLink('countryPlaces')
  @FieldResolver(() => [Place], { description: 'Places in it.' })
  places(@Root() country: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('countryPlaces', country.id);
  }

  @PrefetchLink('countrySanctionsImposed')
  @FieldResolver(() => [Event], { description: 'Sanctions it imposed.' })
  sanctionsImposed(@Root() country: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('countrySanctionsImposed', country.id);
  }

  @PrefetchLink('countrySanctionsReceived')
  @FieldResolver(() => [Event], { description: 'Sanctions that target it.' })
  sanctionsReceived(@Root() country: NodeRecord, @Ctx() ctx: RequestContext): Now<NodeRecord[]> {
    return ctx.loaders.linked('countrySanctionsReceived', country.id);
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that name it, including its other names.' })
  evidence(@Root() country: NodeRecord): Evidence[] {
    return evidenceOf(country);
  }
}
