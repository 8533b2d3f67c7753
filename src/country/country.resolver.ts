import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Evidence, evidenceOf } from '../common/evidence.type';
import { RequestContext } from '../context';
import { NodeRecord } from '../graph/values';
import { selectionOf } from '../prefetch/selection';
import { Country } from './country.type';

/** Country's root fields and evidence; its link fields are in country.links.ts. */
@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'One country by id (`country:KOR`); null when there is none.' })
  country(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<NodeRecord | null> {
    return ctx.nodes.byId(id, 'COUNTRY', selectionOf(info));
  }

  @Query(() => [Country], { description: 'Every country in the graph, by name.' })
  countries(@Ctx() ctx: RequestContext): Promise<NodeRecord[]> {
    return ctx.nodes.all('Country');
  }

  @FieldResolver(() => [Evidence], { description: 'The quotes that name it, including its other names.' })
  evidence(@Root() country: NodeRecord): Evidence[] {
    return evidenceOf(country);
  }
}
