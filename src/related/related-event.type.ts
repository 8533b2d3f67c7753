import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Event } from '../event/event.type';
import { Node } from '../common/node.interface';
import { NodeRecord } from '../graph/values';

/** Why two events are related. */
export enum RelationReasonKind {
  FOLLOWS_UP = 'FOLLOWS_UP',
  FOLLOWED_BY = 'FOLLOWED_BY',
  SHARED_PARTICIPANT = 'SHARED_PARTICIPANT',
  SHARED_COUNTRY = 'SHARED_COUNTRY',
  SHARED_TOPIC = 'SHARED_TOPIC',
  SAME_SOURCE = 'SAME_SOURCE',
  NEAR_IN_TIME = 'NEAR_IN_TIME',
}

registerEnumType(RelationReasonKind, {
  name: 'RelationReasonKind',
  description: 'Why two events are related; each kind adds to the score (see RelatedEvent.score).',
  valuesConfig: {
    FOLLOWS_UP: { description: 'This event follows up on the other (weight 5).' },
    FOLLOWED_BY: { description: 'The other event follows up on this one (weight 5).' },
    SHARED_PARTICIPANT: { description: 'The same people or organizations took part (weight 3 each).' },
    SHARED_COUNTRY: { description: 'The same countries were involved (weight 1 each).' },
    SHARED_TOPIC: { description: 'They address the same topics (weight 1 each).' },
    SAME_SOURCE: { description: 'The same sources report both (weight 0.5 each).' },
    NEAR_IN_TIME: { description: 'Both are dated within 30 days of each other (up to 2, less the further apart).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One reason two events are related, with the nodes it goes through.' })
export class RelationReason {
  @Field(() => RelationReasonKind, { description: 'What kind of link.' })
  kind: RelationReasonKind;

  @Field(() => [Node], { description: 'The shared people, countries, topics or sources (empty for follow-ups and time).' })
  via: NodeRecord[];

  @Field(() => Float, { description: 'What this reason adds to the score.' })
  weight: number;
}

@ObjectType({ simpleResolvers: true, description: 'An event related to another, with a score and the reasons for it.' })
export class RelatedEvent {
  @Field(() => Event, { description: 'The related event.' })
  event: NodeRecord;

  @Field(() => Float, { description: "The sum of the reasons' weights; higher is more related." })
  score: number;

  @Field(() => [RelationReason], { description: 'Why, strongest first.' })
  reasons: RelationReason[];
}
