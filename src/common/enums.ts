import { registerEnumType } from 'type-graphql';

/** What kind of thing happened. */
export enum EventType {
  MEETING = 'MEETING',
  SUMMIT = 'SUMMIT',
  AGREEMENT = 'AGREEMENT',
  SANCTION = 'SANCTION',
  LAUNCH = 'LAUNCH',
  STATEMENT = 'STATEMENT',
  OTHER = 'OTHER',
}

export enum EventStatus {
  OCCURRED = 'OCCURRED',
  SCHEDULED = 'SCHEDULED',
}

export enum DatePrecision {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  UNKNOWN = 'UNKNOWN',
}

export enum ParticipantRole {
  HOST = 'HOST',
  ATTENDEE = 'ATTENDEE',
  LEADER = 'LEADER',
  SIGNATORY = 'SIGNATORY',
  PARTY = 'PARTY',
  SPEAKER = 'SPEAKER',
}

export enum EntityKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  COUNTRY = 'COUNTRY',
  PLACE = 'PLACE',
  EVENT = 'EVENT',
  TOPIC = 'TOPIC',
  SOURCE = 'SOURCE',
}

export enum OrganizationKind {
  GOVERNMENT = 'GOVERNMENT',
  MINISTRY = 'MINISTRY',
  BUREAU = 'BUREAU',
  AGENCY = 'AGENCY',
  WORKING_GROUP = 'WORKING_GROUP',
  MEDIA = 'MEDIA',
  OTHER = 'OTHER',
}

export enum PlaceKind {
  CITY = 'CITY',
  VENUE = 'VENUE',
}

export enum EventOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
}

/** Whether a source's stored text is the publisher's own words or the fact sheet's record of what it says. */
export enum SourceTextOrigin {
  PUBLISHED_TEXT = 'PUBLISHED_TEXT',
  FACT_SHEET = 'FACT_SHEET',
}

registerEnumType(EventType, {
  name: 'EventType',
  description: 'What kind of thing happened; mapped to PLOVER and CAMEO codes on each event.',
  valuesConfig: {
    MEETING: { description: 'Officials met (PLOVER CONSULT).' },
    SUMMIT: { description: 'Heads of state or government met (PLOVER CONSULT).' },
    AGREEMENT: { description: 'Parties reached or signed an agreement (PLOVER AGREE).' },
    SANCTION: { description: 'A government imposed sanctions (PLOVER SANCTION, CAMEO 163).' },
    LAUNCH: { description: 'A launch, such as a satellite or missile (PLOVER MOBILIZE).' },
    STATEMENT: { description: 'A public statement.' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether the event had happened or was only scheduled, as the sources report it.',
  valuesConfig: {
    OCCURRED: { description: 'The event took place.' },
    SCHEDULED: { description: 'The event was announced for a later date.' },
  },
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    "How much of a date is known. A WEEK date is that week's Monday (ISO weeks); a MONTH date is that month's first day; a YEAR date is January 1st.",
  valuesConfig: {
    DAY: { description: 'The exact day is known.' },
    WEEK: { description: 'Only the week is known ("last week"): the date is its Monday.' },
    MONTH: { description: 'Only the month is known.' },
    YEAR: { description: 'Only the year is known.' },
    UNKNOWN: { description: 'No date could be resolved; see dateText.' },
  },
});
registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'The part a participant played in an event.',
  valuesConfig: {
    HOST: { description: 'Hosted the event.' },
    ATTENDEE: { description: 'Took part.' },
    LEADER: { description: 'Took part as a head of state or government.' },
    SIGNATORY: { description: 'Signed the agreement.' },
    PARTY: { description: 'A party to an agreement that the sources do not say was signed.' },
    SPEAKER: { description: 'Made the statement.' },
  },
});
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'The kinds of node in the graph.',
  valuesConfig: {
    PERSON: { description: 'A person.' },
    ORGANIZATION: { description: 'A government body, agency, working group, publisher or other organization.' },
    COUNTRY: { description: 'A country, identified by its ISO 3166-1 alpha-3 code.' },
    PLACE: { description: 'A city or venue.' },
    EVENT: { description: 'A meeting, summit, agreement, sanction, launch or statement.' },
    TOPIC: { description: 'A subject that events address.' },
    SOURCE: { description: 'A source: an article or a reference.' },
  },
});
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of organization it is.',
  valuesConfig: {
    GOVERNMENT: { description: 'A national government.' },
    MINISTRY: { description: 'A ministry or department.' },
    BUREAU: { description: 'A bureau or office within a ministry.' },
    AGENCY: { description: 'An agency, office or council.' },
    WORKING_GROUP: { description: 'A working group set up between governments.' },
    MEDIA: { description: 'A news organization.' },
    OTHER: { description: 'Anything else, such as a hacking group.' },
  },
});
registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'What kind of place it is.',
  valuesConfig: {
    CITY: { description: 'A city.' },
    VENUE: { description: 'A venue, such as a presidential retreat or a launch site.' },
  },
});
registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'Order of events by date; events without a date come last either way, then by id.',
  valuesConfig: {
    DATE_ASC: { description: 'Oldest first.' },
    DATE_DESC: { description: 'Newest first.' },
  },
});
registerEnumType(SourceTextOrigin, {
  name: 'SourceTextOrigin',
  description: "Where a source's stored text comes from, and so what its evidence quotes quote.",
  valuesConfig: {
    PUBLISHED_TEXT: { description: "The text as published: quotes are the publisher's own words." },
    FACT_SHEET: {
      description:
        "The project's fact sheet's record of what this source states (its page text is not stored): quotes are the fact sheet's words.",
    },
  },
});
