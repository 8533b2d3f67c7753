import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.interface';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A subject that events address, such as cryptocurrency theft or a spy satellite.',
})
export class Topic extends Node {
  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => [String], { description: 'Other names.' })
  aliases: string[];
}
