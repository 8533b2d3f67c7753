import { Field, ObjectType } from 'type-graphql';
import { PlaceKind } from '../common/enums';
import { Node } from '../common/node.interface';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A city or venue where events are held.' })
export class Place extends Node {
  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => PlaceKind, { description: 'City or venue.' })
  placeKind: PlaceKind;

  @Field(() => [String], { description: 'Other names.' })
  aliases: string[];
}
