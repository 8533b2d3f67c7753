import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { SourceTextOrigin } from '../common/enums';
import { Node } from '../common/node.interface';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A source of facts: an article, or a reference cited for facts the article does not give.',
})
export class Source extends Node {
  @Field({ description: 'Headline or title.' })
  title: string;

  @Field({ nullable: true, description: 'Who published it.' })
  publisher?: string;

  @Field({ nullable: true, description: 'Who wrote it.' })
  author?: string;

  @Field({ nullable: true, description: 'Where it was published.' })
  url?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was published, if known.' })
  publishedAt?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the stored copy was captured.' })
  capturedAt?: string;

  @Field({ nullable: true, description: 'The stored text; every evidence quote from this source is verbatim in it.' })
  text?: string;

  @Field(() => SourceTextOrigin, { description: "Whether `text` is the published text or the fact sheet's record of it." })
  textOrigin: SourceTextOrigin;
}
