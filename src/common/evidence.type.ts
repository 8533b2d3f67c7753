import { Field, Int, ObjectType } from 'type-graphql';
import { decodeEvidence } from '../graph/evidence';

@ObjectType({ simpleResolvers: true, description: 'Why the graph holds a fact: the source that states it and its words, verbatim.' })
export class Evidence {
  /** Id of the source; the `source` field resolves it. */
  sourceId: string;

  @Field({ description: 'The words as they stand in the source text.' })
  quote: string;

  @Field(() => Int, { nullable: true, description: "Where the quote starts in the source's text (UTF-16 offset)." })
  start?: number;

  @Field(() => Int, { nullable: true, description: 'Where it ends: `text.slice(start, end) === quote`.' })
  end?: number;

  @Field({
    nullable: true,
    description: 'The field this quote supports in particular (date, title, nativeNames, ...), if not the whole fact.',
  })
  supports?: string;

  @Field({
    nullable: true,
    description:
      'The value this source claims where sources may differ: a title as this source states it; for an event, its date as `date|precision|words`; "expected" for a topic only announced for discussion.',
  })
  claim?: string;

  @Field({ nullable: true, description: 'For an event: the status (OCCURRED, SCHEDULED) this source reports it in.' })
  status?: string;
}

/** The evidence stored on a node or relationship, as API objects. */
export function evidenceOf(record: Record<string, unknown> | null | undefined): Evidence[] {
  return decodeEvidence(record?.evidence).map(({ source, ...rest }) => ({ sourceId: source, ...rest }));
}
