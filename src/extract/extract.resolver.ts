import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../context';
import { ExtractArticleInput } from './extract.input';
import { ArticleExtraction } from './extraction.type';

@Resolver()
export class ExtractResolver {
  @Query(() => ArticleExtraction, {
    description:
      "Extracts a draft from an article's text: people (with titles and the countries they act for), countries, organizations, places, topics, and events (meetings, summits, agreements, sanctions, launches, statements) with dates resolved against publishedAt, participants, places and CAMEO/PLOVER codes, every fact with a verbatim quote. Names the graph knows come back as their ids. Writes nothing: review the draft, then pass it to ingestArticle.",
  })
  extractArticle(
    @Arg('input', () => ExtractArticleInput, { description: 'The text and what is known of the article.' }) input: ExtractArticleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ArticleExtraction> {
    return ctx.extract.extract(input);
  }
}
