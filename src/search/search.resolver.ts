import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { EntityKind } from '../common/enums';
import { RequestContext } from '../context';
import { anyNodeShip } from '../prefetch/selection';
import { SearchHit } from './search-hit.type';
import { SEARCH_READS } from './search.service';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Finds people, organizations, countries, places, events, topics and sources by name, alias, native-script name or title: every word must match, as a whole word, a prefix or with one typo. Best first, ties by id; page with `after`.',
  })
  search(
    @Arg('query', { description: 'Words to find (any script); punctuation and search syntax are treated as spaces.' }) query: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only these kinds (default: all).' }) kinds: EntityKind[] | undefined,
    @Arg('first', () => Int, { nullable: true, description: 'How many results: default 10, at most 50.' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last hit of the previous page.' })
    after: string | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    return ctx.search.search(query, kinds, first, anyNodeShip(info, SEARCH_READS), after);
  }
}
