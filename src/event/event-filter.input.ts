import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { EventStatus, EventType } from '../common/enums';
import { badUserInput } from '../http/errors';

@InputType({
  description:
    'Which events: every field given must hold (AND); within a list any value may match (OR). An empty list or a missing field does not filter.',
})
export class EventFilter {
  @Field(() => [EventType], { nullable: true, description: 'Any of these types.' })
  @IsOptional()
  @ArrayMaxSize(20)
  types?: EventType[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'On or after this date. Events without a date are left out when from or to is given.',
  })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this date.' })
  @IsOptional()
  to?: string;

  @Field(() => [ID], { nullable: true, description: 'Involving any of these countries (taking part, imposing or targeted).' })
  @IsOptional()
  @ArrayMaxSize(100)
  countryIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'With any of these participants (people, countries or organizations).' })
  @IsOptional()
  @ArrayMaxSize(100)
  participantIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Addressing any of these topics.' })
  @IsOptional()
  @ArrayMaxSize(100)
  topicIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Held in any of these places.' })
  @IsOptional()
  @ArrayMaxSize(100)
  placeIds?: string[];

  @Field(() => EventStatus, { nullable: true, description: 'Only events with this status.' })
  @IsOptional()
  status?: EventStatus;

  @Field({ nullable: true, description: 'Words in the title or summary (case-insensitive).' })
  @IsOptional()
  @Length(1, 200)
  text?: string;
}

/** Refuses a filter whose fields are each valid but cannot hold together (BAD_USER_INPUT naming the field). */
export function checkEventFilter(filter: EventFilter | undefined): void {
  if (filter?.from && filter.to && filter.from > filter.to) {
    throw badUserInput('filter.from', `filter.from (${filter.from}) is after filter.to (${filter.to})`);
  }
  if (filter?.text !== undefined && (filter.text.length < 1 || filter.text.length > 200)) {
    throw badUserInput('filter.text', 'filter.text must be 1 to 200 characters');
  }
}
