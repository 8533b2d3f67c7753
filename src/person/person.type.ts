import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.interface';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person: one node however the sources spell the name.' })
export class Person extends Node {
  @Field({ description: 'The name most sources use.' })
  name: string;

  @Field(() => [String], { description: 'Other spellings and names (e.g. "Lee Jun-il").' })
  aliases: string[];

  @Field(() => [String], { description: 'Names in native scripts (e.g. 이준일, 李埈一).' })
  nativeNames: string[];

  @Field({ nullable: true, description: 'Who the person is, in a sentence.' })
  description?: string;
}
