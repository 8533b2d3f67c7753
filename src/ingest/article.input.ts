import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EntityInput } from './entity.input';
import { EventInput } from './event.input';
import { INGEST_LIMITS } from './limits';
import { RelationInput } from './relation.input';
import { SourceInput } from './source.input';

@InputType({
  description:
    'One article and what was extracted from it, as a graph patch that names things by local refs; the ingester resolves them against the graph and writes it in one transaction.',
})
export class ArticleInput {
  @Field(() => SourceInput, { description: 'The article.' })
  @ValidateNested()
  @Type(() => SourceInput)
  source: SourceInput;

  @Field(() => [SourceInput], { nullable: true, description: 'Other sources the extraction cites (each with a ref).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INGEST_LIMITS.references)
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  references?: SourceInput[];

  @Field(() => [EntityInput], { description: 'People, organizations, countries, places and topics it names (at most 1,000).' })
  @IsArray()
  @ArrayMaxSize(INGEST_LIMITS.items)
  @ValidateNested({ each: true })
  @Type(() => EntityInput)
  entities: EntityInput[];

  @Field(() => [EventInput], { description: 'Events it reports (at most 1,000).' })
  @IsArray()
  @ArrayMaxSize(INGEST_LIMITS.items)
  @ValidateNested({ each: true })
  @Type(() => EventInput)
  events: EventInput[];

  @Field(() => [RelationInput], { description: 'Relationships it states (at most 1,000).' })
  @IsArray()
  @ArrayMaxSize(INGEST_LIMITS.items)
  @ValidateNested({ each: true })
  @Type(() => RelationInput)
  relations: RelationInput[];
}
