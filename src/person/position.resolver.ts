import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../context';
import { Country } from '../country/country.type';
import { mapNow, Now } from '../graph/loaders';
import { NodeRecord } from '../graph/values';
import { Organization } from '../organization/organization.type';
import { Person } from './person.type';
import { Position } from './position.type';
import { PrefetchLink } from '../prefetch/prefetch.extensions';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Person, { description: 'Who holds it.' })
  person(@Root() position: Position): NodeRecord {
    return position.personRecord;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Where.' })
  organization(@Root() position: Position): NodeRecord {
    return position.organizationRecord;
  }

  @PrefetchLink('organizationCountries', { from: 'organization' })
  @FieldResolver(() => Country, { nullable: true, description: 'The country of the organization.' })
  country(@Root() position: Position, @Ctx() ctx: RequestContext): Now<NodeRecord | null> {
    return mapNow(ctx.loaders.linked('organizationCountries', position.organizationRecord.id), (nodes) => nodes[0] ?? null);
  }
}
