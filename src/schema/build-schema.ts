import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CountryResolver } from '../country/country.resolver';
import { EvidenceResolver } from '../source/evidence.resolver';
import { EventResolver } from '../event/event.resolver';
import {
  AgendaItemResolver,
  CountryParticipationResolver,
  OrganizationParticipationResolver,
  ParticipationResolver,
  TargetingResolver,
} from '../event/participation.resolver';
import { DateClaimResolver, StatusClaimResolver } from '../event/claim.resolver';
import { NodeResolver } from '../node/node.resolver';
import { OrganizationResolver } from '../organization/organization.resolver';
import { PersonResolver } from '../person/person.resolver';
import { PositionResolver } from '../person/position.resolver';
import { PlaceResolver } from '../place/place.resolver';
import { IngestResolver } from '../ingest/ingest.resolver';
import { ExtractResolver } from '../extract/extract.resolver';
import { StatsResolver } from '../stats/stats.resolver';
import { GraphViewResolver } from '../graph-view/graph-view.resolver';
import { RelatedResolver } from '../related/related.resolver';
import { SearchResolver } from '../search/search.resolver';
import { SourceResolver } from '../source/source.resolver';
import { TopicResolver } from '../topic/topic.resolver';
import { LINK_RESOLVERS } from './links';

export const RESOLVERS = [
  NodeResolver,
  EventResolver,
  ParticipationResolver,
  CountryParticipationResolver,
  OrganizationParticipationResolver,
  AgendaItemResolver,
  TargetingResolver,
  DateClaimResolver,
  StatusClaimResolver,
  PersonResolver,
  PositionResolver,
  OrganizationResolver,
  CountryResolver,
  PlaceResolver,
  TopicResolver,
  SourceResolver,
  EvidenceResolver,
  SearchResolver,
  RelatedResolver,
  GraphViewResolver,
  StatsResolver,
  IngestResolver,
  ExtractResolver,
  ...LINK_RESOLVERS,
] as const;

/**
 * Builds the executable schema from the resolver classes; arguments and inputs are validated by class-validator.
 * Every object type is declared with `simpleResolvers: true`: this API uses no type-graphql middleware or @Authorized
 * on fields, so a plain field is read straight off its object (graphql-js's default resolver) instead of through
 * type-graphql's per-field middleware wrapper, which costs on every field of every answer.
 */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
  });
  schema.getQueryType()!.description =
    'Reads of the diplomatic events graph. Unknown ids give null; lists of nodes are paged with Relay connections.';
  schema.getMutationType()!.description = 'Writes: they need an API key (Authorization: Bearer <key>).';
  return schema;
}
