import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireWriter } from '../auth/access';
import { RequestContext } from '../context';
import { ArticleInput } from './article.input';
import { IngestReport } from './ingest-report.type';

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestReport, {
    description:
      'Adds one article and its extraction to the graph in one transaction: matched against what is there (nothing is duplicated), applied whole or not at all, and a no-op when ingested again. Needs an API key (Authorization: Bearer <key>). A rejected article is a BAD_USER_INPUT error naming every bad field and writes nothing.',
  })
  ingestArticle(
    @Arg('input', () => ArticleInput, { validate: false, description: 'The article and what was extracted from it.' }) input: ArticleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IngestReport> {
    requireWriter(ctx.access);
    return ctx.ingest.ingest(input);
  }
}
