import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Node } from '../common/node.interface';
import { RequestContext } from '../context';
import { Country } from '../country/country.type';
import { Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';
import { PrefetchRelRef } from '../prefetch/prefetch.extensions';
import { Topic } from '../topic/topic.type';
import { Event } from './event.type';
import { AgendaItem, CountryParticipation, OrganizationParticipation, Participation, Targeting } from './participation.type';

/** The ends of the wrappers of participation.type.ts. */
@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Person, { description: 'Who took part.' })
  person(@Root() participation: Participation): NodeRecord {
    return participation.personRecord;
  }

  @FieldResolver(() => Event, { description: 'The event.' })
  event(@Root() participation: Participation): NodeRecord {
    return participation.eventRecord;
  }

  @PrefetchRelRef('representing')
  @FieldResolver(() => Country, { nullable: true, description: 'The country the person represented.' })
  representing(@Root() participation: Participation, @Ctx() ctx: RequestContext): Now<NodeRecord | null> {
    return participation.representingId ? ctx.nodes.get(participation.representingId) : null;
  }
}

@Resolver(() => CountryParticipation)
export class CountryParticipationResolver {
  @FieldResolver(() => Country, { description: 'The country.' })
  country(@Root() participation: CountryParticipation): NodeRecord {
    return participation.countryRecord;
  }

  @FieldResolver(() => Event, { description: 'The event.' })
  event(@Root() participation: CountryParticipation): NodeRecord {
    return participation.eventRecord;
  }
}

@Resolver(() => OrganizationParticipation)
export class OrganizationParticipationResolver {
  @FieldResolver(() => Organization, { description: 'The organization.' })
  organization(@Root() participation: OrganizationParticipation): NodeRecord {
    return participation.organizationRecord;
  }

  @FieldResolver(() => Event, { description: 'The event.' })
  event(@Root() participation: OrganizationParticipation): NodeRecord {
    return participation.eventRecord;
  }
}

@Resolver(() => Targeting)
export class TargetingResolver {
  @FieldResolver(() => Node, { description: 'The country, person or organization targeted.' })
  target(@Root() targeting: Targeting): NodeRecord {
    return targeting.targetRecord;
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  topic(@Root() item: AgendaItem): NodeRecord {
    return item.topicRecord;
  }
}
