import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.interface';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A country; its id is `country:` and its ISO 3166-1 alpha-3 code.' })
export class Country extends Node {
  @Field({ description: 'Its common English name.' })
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-3 code.' })
  code: string;

  @Field(() => [String], { description: 'Other names, including capitals standing for the government ("Seoul").' })
  aliases: string[];

  @Field(() => [String], { description: 'Names in native scripts.' })
  nativeNames: string[];
}
