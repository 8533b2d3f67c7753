import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DatePrecision, EventStatus, EventType } from '../common/enums';
import { DateScalar } from '../common/date.scalar';
import { IsCalendarDate } from './calendar-date.validator';
import { INGEST_LIMITS } from './limits';
import { DateClaimInput, StatusClaimInput } from './claim.input';
import { QuoteInput } from './quote.input';
import { REF_PATTERN } from './source.input';

@InputType({ description: 'An event the article reports.' })
export class EventInput {
  @Field({ description: 'A local name for this event within the article; relations use it.' })
  @Matches(REF_PATTERN, { message: 'ref must be letters, digits and _ . : -' })
  @Length(1, 100)
  ref: string;

  @Field(() => ID, { nullable: true, description: 'An existing event this is, e.g. `event:2023-12-07-...`.' })
  @IsOptional()
  @Matches(/^event:[a-z0-9-]+$/, { message: 'id must be an event id (event:<slug>)' })
  id?: string;

  @Field({ nullable: true, description: 'A readable slug for the id of a new node (default: made from the name or title).' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase letters and digits joined by hyphens' })
  @Length(1, 80)
  slug?: string;

  @Field({ description: 'A short title.' })
  @IsString()
  @Length(1, INGEST_LIMITS.nameLength)
  title: string;

  @Field(() => EventType, { description: 'What kind of event.' })
  @IsEnum(EventType)
  type: EventType;

  @Field(() => EventStatus, {
    nullable: true,
    description:
      'The article\'s claim: whether it reports the event as held or as scheduled ("upcoming", "will"). Its quotes are the article\'s quotes that support `status` (else all its quotes that support no other field). Without any status claim an event counts as OCCURRED.',
  })
  @IsOptional()
  @IsEnum(EventStatus)
  status?: EventStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The article's claim: the date it gives, resolved (a WEEK date is its Monday, a MONTH date the first of the month). Its quotes are the article's quotes that support `date`, `dateText` or `datePrecision` (else all its quotes that support no other field).",
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'Default DAY with a date, UNKNOWN without.' })
  @IsOptional()
  @IsEnum(DatePrecision)
  datePrecision?: DatePrecision;

  @Field({ nullable: true, description: 'The source\'s own words for the date ("Thursday", "last week").' })
  @IsOptional()
  @IsString()
  @Length(1, INGEST_LIMITS.nameLength)
  dateText?: string;

  @Field({ nullable: true, description: 'What happened, in a sentence or two.' })
  @IsOptional()
  @IsString()
  @Length(1, INGEST_LIMITS.descriptionLength)
  summary?: string;

  @Field({ nullable: true, description: 'PLOVER event type, e.g. CONSULT, AGREE, SANCTION.' })
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/, { message: 'plover must be a PLOVER event type in capitals, e.g. CONSULT' })
  plover?: string;

  @Field({ nullable: true, description: 'CAMEO code, e.g. 043, 163.' })
  @IsOptional()
  @Matches(/^\d{2,4}$/, { message: 'cameoCode must be 2 to 4 digits' })
  cameoCode?: string;

  @Field(() => [QuoteInput], { description: 'Quotes that state it (at least one).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INGEST_LIMITS.evidencePerItem)
  @ValidateNested({ each: true })
  @Type(() => QuoteInput)
  evidence: QuoteInput[];

  @Field(() => [DateClaimInput], { nullable: true, description: 'The dates other sources give it, each with their quotes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INGEST_LIMITS.evidencePerItem)
  @ValidateNested({ each: true })
  @Type(() => DateClaimInput)
  dateClaims?: DateClaimInput[];

  @Field(() => [StatusClaimInput], { nullable: true, description: 'Whether other sources report it held or scheduled, with their quotes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INGEST_LIMITS.evidencePerItem)
  @ValidateNested({ each: true })
  @Type(() => StatusClaimInput)
  statusClaims?: StatusClaimInput[];
}
