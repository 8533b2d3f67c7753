import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';

@InputType({ description: "An article's text and what is known of it, for extractArticle." })
export class ExtractArticleInput {
  @Field({ description: 'The full text as published (at most 200,000 characters, the ingest limit).' })
  text: string;

  @Field(() => DateScalar, {
    description: 'The day it was published: relative dates ("Thursday", "last week") resolve against it. Not in the future.',
  })
  publishedAt: string;

  @Field({ nullable: true, description: 'Where it was published (http or https).' })
  url?: string;

  @Field({ nullable: true, description: 'Its headline (default: the headline line of the text).' })
  title?: string;

  @Field({ nullable: true, description: 'Who published it.' })
  publisher?: string;
}
