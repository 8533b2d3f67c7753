import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ simpleResolvers: true, description: 'What produced one item of a draft and how sure the extractor is of it.' })
export class ReviewItem {
  @Field({ description: 'The ref of an entity or event of the draft, or `relations[i]` for its i-th relation.' })
  ref: string;

  @Field({ description: 'PERSON, COUNTRY, ORGANIZATION, PLACE, TOPIC, EVENT, or the relation type.' })
  kind: string;

  @Field(() => Float, { description: 'From 0 to 1: how sure the extractor is (sort by it to review the doubtful first).' })
  confidence: number;

  @Field({ description: 'The rule that produced it (for an event: its trigger and the CAMEO/PLOVER codebook category).' })
  rule: string;

  @Field(() => [String], { description: 'What the rule saw: words of the text, and what the graph already has.' })
  signals: string[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'The review of a draft: an entry per entity, event and relation, and notes on the whole.',
})
export class ExtractionReview {
  @Field(() => [ReviewItem], { description: 'One entry per entity, event and relation of the draft.' })
  items: ReviewItem[];

  @Field(() => [String], { description: 'Notes on the whole draft (why it is empty, what could not be checked).' })
  notes: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A draft extraction of an article and its review.' })
export class ArticleExtraction {
  @Field(() => GraphQLJSONObject, {
    description:
      'An ArticleInput (the input of ingestArticle), as JSON: the article, the entities, events and relations found, each with verbatim quotes. Known things carry their graph ids. Review it, then ingest it unchanged or edited.',
  })
  draft: Record<string, unknown>;

  @Field(() => ExtractionReview, { description: 'Confidence and rule for every item of the draft.' })
  review: ExtractionReview;
}
