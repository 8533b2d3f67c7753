import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** How eventStats groups events. */
export enum EventGrouping {
  MONTH = 'MONTH',
  TYPE = 'TYPE',
  COUNTRY = 'COUNTRY',
  TOPIC = 'TOPIC',
}

registerEnumType(EventGrouping, {
  name: 'EventGrouping',
  description: 'How to group events for statistics.',
  valuesConfig: {
    MONTH: { description: 'By month of the date (key YYYY-MM; UNDATED for events without a date), in date order.' },
    TYPE: { description: 'By event type (key MEETING, SANCTION, ...).' },
    COUNTRY: {
      description: 'By country involved (key country id; an event counts once for each of its countries; NONE for events without).',
    },
    TOPIC: { description: 'By topic addressed (key topic id; an event counts once for each of its topics; NONE for events without).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A group of events and how many there are.' })
export class Bucket {
  @Field({ description: 'What the group is: a month (YYYY-MM), a type, or a country or topic id.' })
  key: string;

  @Field({ description: 'The key for people: the month, type, or the country or topic name.' })
  label: string;

  @Field(() => Int, { description: 'How many events of the filter fall in this group.' })
  count: number;
}
