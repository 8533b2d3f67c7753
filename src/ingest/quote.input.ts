import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { INGEST_LIMITS } from './limits';

/** The fields an evidence quote may be marked as supporting in particular. */
export const SUPPORTED_FIELDS = [
  'name',
  'aliases',
  'nativeNames',
  'description',
  'title',
  'date',
  'dateText',
  'datePrecision',
  'status',
  'summary',
  'role',
  'representing',
  'count',
  'validFrom',
  'validUntil',
] as const;

@InputType({ description: 'Evidence: a quote that must occur verbatim in the source text; the ingester finds its offsets.' })
export class QuoteInput {
  @Field({ description: 'The words as they stand in the source text.' })
  @IsString()
  @Length(1, INGEST_LIMITS.quoteLength)
  quote: string;

  @Field({ nullable: true, description: 'The `ref` of the source that says it: one of `references`; default the article.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  source?: string;

  @Field(() => Int, { nullable: true, description: 'Which occurrence of the quote in the source text, from 1 (default 1).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  occurrence?: number;

  @Field({ nullable: true, description: `The field this quote supports in particular: ${SUPPORTED_FIELDS.join(', ')}.` })
  @IsOptional()
  @IsIn(SUPPORTED_FIELDS)
  supports?: string;
}
