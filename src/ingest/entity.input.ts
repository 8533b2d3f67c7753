import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EntityKind, OrganizationKind, PlaceKind } from '../common/enums';
import { INGEST_LIMITS } from './limits';
import { QuoteInput } from './quote.input';
import { REF_PATTERN } from './source.input';

/** Entity kinds an article may introduce (events and sources have inputs of their own). */
export const ENTITY_INPUT_KINDS = [EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.COUNTRY, EntityKind.PLACE, EntityKind.TOPIC];

@InputType({ description: 'A person, organization, country, place or topic that the article names.' })
export class EntityInput {
  @Field({ description: 'A local name for this entity within the article; relations use it.' })
  @Matches(REF_PATTERN, { message: 'ref must be letters, digits and _ . : -' })
  @Length(1, 100)
  ref: string;

  @Field(() => EntityKind, { description: 'PERSON, ORGANIZATION, COUNTRY, PLACE or TOPIC.' })
  @IsIn(ENTITY_INPUT_KINDS, { message: 'kind must be one of PERSON, ORGANIZATION, COUNTRY, PLACE, TOPIC' })
  kind: EntityKind;

  @Field(() => ID, { nullable: true, description: 'An existing node this entity is, e.g. `country:KOR`.' })
  @IsOptional()
  @Matches(/^[a-z]+:[A-Za-z0-9-]+$/, { message: 'id must look like kind:slug' })
  id?: string;

  @Field({ nullable: true, description: 'A readable slug for the id of a new node (default: made from the name or title).' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase letters and digits joined by hyphens' })
  @Length(1, 80)
  slug?: string;

  @Field({
    nullable: true,
    description: 'ISO 3166-1 alpha-3 code; required for a COUNTRY not given by id (with an id, it must agree with it).',
  })
  @ValidateIf((entity: EntityInput) => (entity.kind === EntityKind.COUNTRY && !entity.id) || entity.code !== undefined)
  @Matches(/^[A-Z]{3}$/, { message: 'code must be an ISO 3166-1 alpha-3 code such as KOR' })
  code?: string;

  @Field({ nullable: true, description: 'The name most sources use; required unless the entity is an existing node given by id.' })
  @ValidateIf((entity: EntityInput) => !entity.id || entity.name !== undefined)
  @IsString()
  @Length(1, INGEST_LIMITS.nameLength)
  name?: string;

  @Field(() => [String], { nullable: true, description: 'Other spellings and names.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INGEST_LIMITS.aliases)
  @IsString({ each: true })
  @Length(1, INGEST_LIMITS.nameLength, { each: true })
  aliases?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Names true only in context ("the North", "Foreign Policy Bureau"): shown and searchable like aliases, but they resolve a later mention to this node only when its country or parent organization also matches.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INGEST_LIMITS.aliases)
  @IsString({ each: true })
  @Length(1, INGEST_LIMITS.nameLength, { each: true })
  contextualAliases?: string[];

  @Field(() => [String], { nullable: true, description: 'Names in native scripts (한글, 漢字, かな).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INGEST_LIMITS.aliases)
  @IsString({ each: true })
  @Length(1, INGEST_LIMITS.nameLength, { each: true })
  nativeNames?: string[];

  @Field({ nullable: true, description: 'A short description.' })
  @IsOptional()
  @IsString()
  @Length(1, INGEST_LIMITS.descriptionLength)
  description?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'Required for an ORGANIZATION not given by id.' })
  @ValidateIf((entity: EntityInput) => (entity.kind === EntityKind.ORGANIZATION && !entity.id) || entity.orgKind !== undefined)
  @IsEnum(OrganizationKind)
  orgKind?: OrganizationKind;

  @Field(() => PlaceKind, { nullable: true, description: 'Required for a PLACE not given by id.' })
  @ValidateIf((entity: EntityInput) => (entity.kind === EntityKind.PLACE && !entity.id) || entity.placeKind !== undefined)
  @IsEnum(PlaceKind)
  placeKind?: PlaceKind;

  @Field(() => [QuoteInput], {
    nullable: true,
    description: 'Quotes that name or describe it: at least one, unless the entity is an existing node given by id.',
  })
  @ValidateIf(
    (entity: EntityInput) =>
      !entity.id || !(entity.evidence === undefined || (Array.isArray(entity.evidence) && entity.evidence.length === 0)),
  )
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INGEST_LIMITS.evidencePerItem)
  @ValidateNested({ each: true })
  @Type(() => QuoteInput)
  evidence?: QuoteInput[];
}
