import { Field, ObjectType } from 'type-graphql';
import { DatePrecision, EventStatus, EventType } from '../common/enums';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../common/node.interface';
import { Evidence } from '../common/evidence.type';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'Something that happened or is scheduled: a meeting, summit, agreement, sanction, launch or statement. One real event is one node, however many sources report it.',
})
export class Event extends Node {
  @Field({ description: 'A short title.' })
  title: string;

  @Field(() => EventType, { description: 'What kind of event.' })
  type: EventType;

  @Field(() => EventStatus, {
    description: 'OCCURRED once any source reports it held; SCHEDULED while the sources only announce it (see statusClaims).',
  })
  status: EventStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The date the most sources can agree on, at the finest precision they give (see dateClaims for each source's own).",
  })
  date?: string;

  @Field(() => DatePrecision, { description: 'How much of `date` is known.' })
  datePrecision: DatePrecision;

  @Field({ nullable: true, description: 'A source\'s own words for that date ("Thursday", "last week").' })
  dateText?: string;

  @Field({ description: 'True when some sources give dates that cannot both be true; dateClaims lists them.' })
  dateDisputed: boolean;

  @Field({ nullable: true, description: 'What happened, in a sentence or two.' })
  summary?: string;

  @Field({ nullable: true, description: 'PLOVER event type (CONSULT, AGREE, SANCTION, MOBILIZE, ...).' })
  plover?: string;

  @Field({
    nullable: true,
    description: 'CAMEO event code (043 host a visit, 046 negotiate, 057 sign formal agreement, 163 impose sanctions).',
  })
  cameoCode?: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "The date one source gives an event, in its own words and at its own precision: each source's claim is its own.",
})
export class DateClaim {
  /** Id of the source; the `source` field resolves it. */
  sourceId: string;

  @Field(() => DateScalar, { nullable: true, description: "The date as resolved from this source's words." })
  date?: string;

  @Field(() => DatePrecision, { description: 'How precise this source is.' })
  datePrecision: DatePrecision;

  @Field({ nullable: true, description: 'Its own words for it ("Thursday", "August this year").' })
  dateText?: string;

  @Field(() => [Evidence], { description: 'The quotes of this source that give it.' })
  evidence: Evidence[];
}

@ObjectType({
  simpleResolvers: true,
  description: "Whether one source reports an event as held or as scheduled; read with the source's date (`source.publishedAt`).",
})
export class StatusClaim {
  /** Id of the source; the `source` field resolves it. */
  sourceId: string;

  @Field(() => EventStatus, { description: 'OCCURRED or SCHEDULED, as this source reports it.' })
  status: EventStatus;

  @Field(() => [Evidence], { description: 'The quotes of this source that say so.' })
  evidence: Evidence[];
}
