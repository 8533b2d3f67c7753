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

  @Field(() => EventStatus, { description: 'Whether it took place or was scheduled, as reported.' })
  status: EventStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Resolved date; see datePrecision and dateText.' })
  date?: string;

  @Field(() => DatePrecision, { description: 'How much of `date` is known.' })
  datePrecision: DatePrecision;

  @Field({ nullable: true, description: 'The source\'s own words for the date ("Thursday", "last week").' })
  dateText?: string;

  @Field({ nullable: true, description: 'What happened, in a sentence or two.' })
  summary?: string;

  @Field({ nullable: true, description: 'PLOVER event type (CONSULT, AGREE, SANCTION, MOBILIZE, ...).' })
  plover?: string;

  @Field({ nullable: true, description: 'CAMEO event code (043 host a visit, 046 negotiate, 057 sign formal agreement, 163 impose sanctions).' })
  cameoCode?: string;
}

@ObjectType({ simpleResolvers: true, description: 'The date one set of sources gives an event; where sources differ (a day, a month), each is listed.' })
export class DateClaim {
  @Field(() => DateScalar, { nullable: true, description: 'The date as resolved from these sources.' })
  date?: string;

  @Field(() => DatePrecision, { description: 'How precise these sources are.' })
  datePrecision: DatePrecision;

  @Field({ nullable: true, description: 'Their own words for it.' })
  dateText?: string;

  @Field(() => [Evidence], { description: 'The quotes that give it.' })
  evidence: Evidence[];
}
