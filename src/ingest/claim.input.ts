import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DatePrecision, EventStatus } from '../common/enums';
import { DateScalar } from '../common/date.scalar';
import { IsCalendarDate } from './calendar-date.validator';
import { INGEST_LIMITS } from './limits';
import { QuoteInput } from './quote.input';

@InputType({
  description:
    "The date that other sources (references) give an event, with their quotes: each quote's source claims this date. The article's own claim is the event's date, datePrecision and dateText.",
})
export class DateClaimInput {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date as these sources give it (a WEEK date is its Monday, a MONTH date the first of the month).',
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'Default DAY with a date, UNKNOWN without.' })
  @IsOptional()
  @IsEnum(DatePrecision)
  datePrecision?: DatePrecision;

  @Field({ nullable: true, description: 'Their own words for it.' })
  @IsOptional()
  @IsString()
  @Length(1, INGEST_LIMITS.nameLength)
  dateText?: string;

  @Field(() => [QuoteInput], { description: 'The quotes that give it (at least one), each naming its source.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INGEST_LIMITS.evidencePerItem)
  @ValidateNested({ each: true })
  @Type(() => QuoteInput)
  evidence: QuoteInput[];
}

@InputType({
  description:
    "Whether other sources (references) report an event as held or as scheduled, with their quotes. The article's own claim is the event's status.",
})
export class StatusClaimInput {
  @Field(() => EventStatus, { description: 'OCCURRED or SCHEDULED, as these sources report it.' })
  @IsEnum(EventStatus)
  status: EventStatus;

  @Field(() => [QuoteInput], { description: 'The quotes that say so (at least one), each naming its source.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INGEST_LIMITS.evidencePerItem)
  @ValidateNested({ each: true })
  @Type(() => QuoteInput)
  evidence: QuoteInput[];
}
