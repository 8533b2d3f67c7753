import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsIn,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ParticipantRole } from '../common/enums';
import { DateScalar } from '../common/date.scalar';
import { RELATION_TYPES } from '../graph/kinds';
import { IsCalendarDate } from './calendar-date.validator';
import { INGEST_LIMITS } from './limits';
import { QuoteInput } from './quote.input';

@InputType({ description: 'A relationship the article states, between refs of this article or existing ids.' })
export class RelationInput {
  @Field({ description: `One of the model's types: ${RELATION_TYPES.join(', ')}.` })
  @IsIn(RELATION_TYPES as readonly string[], { message: `type must be one of ${RELATION_TYPES.join(', ')}` })
  type: string;

  @Field({ description: 'A ref of this article (entity, event or source) or an existing id.' })
  @IsString()
  @Length(1, 100)
  from: string;

  @Field({ description: 'A ref of this article (entity, event or source) or an existing id.' })
  @IsString()
  @Length(1, 100)
  to: string;

  @Field(() => ParticipantRole, { nullable: true, description: 'PARTICIPATED_IN: the part played.' })
  @IsOptional()
  @IsEnum(ParticipantRole)
  role?: ParticipantRole;

  @Field({ nullable: true, description: 'PARTICIPATED_IN, HOLDS_POSITION: the title as the source states it.' })
  @IsOptional()
  @IsString()
  @Length(1, INGEST_LIMITS.nameLength)
  title?: string;

  @Field({ nullable: true, description: 'PARTICIPATED_IN: the country (ref or id) the participant represented.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  representing?: string;

  @Field(() => Int, { nullable: true, description: 'TARGETS: how many unnamed targets.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  count?: number;

  @Field(() => DateScalar, { nullable: true, description: 'HOLDS_POSITION: since when.' })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'HOLDS_POSITION: until when.' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;

  @Field({
    nullable: true,
    description: 'ADDRESSES: true when the source only says the topic was expected to be addressed (an announced agenda), not that it was.',
  })
  @IsOptional()
  @IsBoolean()
  expected?: boolean;

  @Field(() => [QuoteInput], { description: 'Quotes that state it (at least one).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INGEST_LIMITS.evidencePerItem)
  @ValidateNested({ each: true })
  @Type(() => QuoteInput)
  evidence: QuoteInput[];
}
