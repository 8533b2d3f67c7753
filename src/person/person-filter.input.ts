import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which people: every field given must hold (AND); within a list any value may match (OR).' })
export class PersonFilter {
  @Field(() => [ID], { nullable: true, description: 'Serving (through a position) or representing any of these countries.' })
  @IsOptional()
  @ArrayMaxSize(100)
  countryIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Holding a position in any of these organizations.' })
  @IsOptional()
  @ArrayMaxSize(100)
  organizationIds?: string[];

  @Field({ nullable: true, description: 'Words in the name, an alias or a native name (case-insensitive).' })
  @IsOptional()
  @Length(1, 200)
  name?: string;
}
