import { Field, ObjectType } from 'type-graphql';
import { OrganizationKind } from '../common/enums';
import { Node } from '../common/node.interface';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A government body, ministry, bureau, agency, working group, publisher or other organization.',
})
export class Organization extends Node {
  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => [String], { description: 'Other names and abbreviations.' })
  aliases: string[];

  @Field(() => [String], { description: 'Names in native scripts.' })
  nativeNames: string[];

  @Field(() => OrganizationKind, { description: 'What kind of organization.' })
  orgKind: OrganizationKind;

  @Field({ nullable: true, description: 'What it is, in a sentence.' })
  description?: string;
}
