import { FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeRecord } from '../graph/values';
import { Organization } from '../organization/organization.type';
import { Person } from './person.type';
import { Position } from './position.type';

/** The two ends of a position; its country is a link field (organization.links.ts). */
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
}
