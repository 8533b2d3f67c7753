import { IsEnum, IsOptional, IsString, IsUrl, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SourceTextOrigin } from '../common/enums';
import { DateScalar } from '../common/date.scalar';
import { IsCalendarDate } from './calendar-date.validator';
import { INGEST_LIMITS } from './limits';

export const REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

@InputType({ description: 'A source: the article, or a reference that the extraction cites.' })
export class SourceInput {
  @Field({ nullable: true, description: 'A local name that evidence and relations use (`article` for the main source by default).' })
  @IsOptional()
  @Matches(REF_PATTERN, { message: 'ref must be letters, digits and _ . : -' })
  @Length(1, 100)
  ref?: string;

  @Field(() => ID, { nullable: true, description: 'An existing source to add to, e.g. `source:...`.' })
  @IsOptional()
  @Matches(/^source:[a-z0-9-]+$/, { message: 'id must be a source id (source:<slug>)' })
  id?: string;

  @Field({ description: 'Headline or title.' })
  @IsString()
  @Length(1, INGEST_LIMITS.nameLength)
  title: string;

  @Field({ nullable: true, description: 'Who published it.' })
  @IsOptional()
  @IsString()
  @Length(1, INGEST_LIMITS.nameLength)
  publisher?: string;

  @Field({ nullable: true, description: 'Who wrote it.' })
  @IsOptional()
  @IsString()
  @Length(1, INGEST_LIMITS.nameLength)
  author?: string;

  @Field({ nullable: true, description: 'Where it was published.' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  url?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date, when known.' })
  @IsOptional()
  @IsCalendarDate()
  publishedAt?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When this copy was captured.' })
  @IsOptional()
  @IsCalendarDate()
  capturedAt?: string;

  @Field({ description: `The full text (at most ${INGEST_LIMITS.textLength} characters); every quote must occur in it.` })
  @IsString()
  @Length(1, INGEST_LIMITS.textLength)
  text: string;

  @Field(() => SourceTextOrigin, { nullable: true, description: 'What the text is (default PUBLISHED_TEXT).' })
  @IsOptional()
  @IsEnum(SourceTextOrigin)
  textOrigin?: SourceTextOrigin;
}
