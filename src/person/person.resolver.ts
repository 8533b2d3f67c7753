import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionPage } from '../common/connection.type';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';
import { selectionOf } from '../prefetch/selection';
import { PersonFilter } from './person-filter.input';
import { Person } from './person.type';

export const PersonConnection = Connection(Person, 'Person');

/** Person's root fields and evidence; its link fields are in person.links.ts. */
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id; null when there is none.' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ctx.nodes.byId(id, 'PERSON', selectionOf(info));
  }

  @Query(() => PersonConnection, { description: 'People matching a filter, by name, a page at a time (first: default 20, at most 100).' })
  people(
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | undefined,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 100.' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionPage<NodeRecord>> {
    return ctx.people.people(filter, first, after, selectionOf(info, ['edges', 'node']));
  }

  @FieldResolver(() => [Evidence], {
    description: 'The quotes that name or describe the person, including those for aliases and native names.',
  })
  evidence(@Root() person: NodeRecord): Evidence[] {
    return evidenceOf(person);
  }
}
