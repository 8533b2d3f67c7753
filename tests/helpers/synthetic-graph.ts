/**
 * A synthetic graph for tests at scale: a few countries with codes that no real country has (XAA..), their
 * ministries, people, places and topics, and a few hundred events over several years, some undated. Everything is
 * described in TypeScript first (so tests compute expected answers from it) and turned into articles in the
 * ingestion format, whose every quote occurs verbatim in the article text.
 */

import { DatePrecision } from '../../src/common/enums';
import { dateRange, rangesOverlap } from '../../src/ingest/event-facts';
import { agreement, MatchFacts } from '../../src/ingest/event-match';
import { nameKey } from '../../src/common/names';

export const SYNTHETIC_SOURCE_PREFIX = '[paging-at-scale]';

export type EventTypeName = 'MEETING' | 'SUMMIT' | 'AGREEMENT' | 'SANCTION' | 'LAUNCH' | 'STATEMENT' | 'OTHER';
export const EVENT_TYPES: EventTypeName[] = ['MEETING', 'SUMMIT', 'AGREEMENT', 'SANCTION', 'LAUNCH', 'STATEMENT', 'OTHER'];

export interface SynCountry {
  ref: string;
  code: string;
  name: string;
}
export interface SynOrganization {
  ref: string;
  name: string;
  countryRef: string;
}
export interface SynPerson {
  ref: string;
  name: string;
  /** The ministry the person serves in (HOLDS_POSITION); none for a person known only by whom they represented. */
  organizationRef?: string;
  /** The country the person serves, and represents at events. */
  countryRef: string;
}
export interface SynPlace {
  ref: string;
  name: string;
  countryRef: string;
}
export interface SynTopic {
  ref: string;
  name: string;
}
export interface SynEvent {
  ref: string;
  slug: string;
  title: string;
  summary?: string;
  type: EventTypeName;
  status: 'OCCURRED' | 'SCHEDULED';
  date?: string;
  datePrecision?: 'DAY' | 'MONTH';
  /** Countries taking part (PARTICIPATED_IN). */
  countryRefs: string[];
  /** Sanctions: who imposed them and who is targeted. */
  imposerRef?: string;
  targetRef?: string;
  personRefs: string[];
  topicRefs: string[];
  placeRef?: string;
}

export interface SyntheticWorld {
  countries: SynCountry[];
  organizations: SynOrganization[];
  people: SynPerson[];
  places: SynPlace[];
  topics: SynTopic[];
  events: SynEvent[];
}

/** A small deterministic PRNG (mulberry32), so every run builds the same graph. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRY_NAMES = ['Quellmark', 'Ostravine', 'Brindlemoor', 'Tavaresque', 'Zentharia'];
const PERSON_NAMES = [
  'Aurelio Brandtwhistle',
  'Bexley Caramorrow',
  'de Laurentis Mirabeth',
  'Delacroix Ivanhoe',
  'Esmond Faulkridge',
  'Galatea Honeysett',
  'ingrid Osterhagen',
  'Jorund Kettleborne',
  'Lysandra Mortlake',
  'Nerissa Quillfeather',
  'Orrin Pemberbrook',
  'Perpetua Rookwood',
  'Sorrel Thistlewood',
  'Ulric Vantongeren',
  'Wilhelmina Yarrowby',
];
const PLACE_NAMES = ['Velmorra Harbourtown', 'Kastrelby', 'Oddmund Fjordstead', 'Pellucid Springs', 'Tarnwick Citadel', 'Umbervale'];
const TOPIC_NAMES = [
  'quellish fisheries',
  'ostravine water rights',
  'brindle border markers',
  'zentharian shipping lanes',
  'tavaresque grain quotas',
];
export const TEXT_WORDS = ['harbor', 'copper', 'glacier'];

/**
 * Builds the world: `eventCount` events between 2015 and 2021 (about 15% undated, some known only to the month),
 * with dates drawn from a small pool so many share a day. No two events can be taken for the same real event by the
 * ingester (event-match.ts): an event's places, people, countries, imposers and targets are drawn again until none
 * of the events before it agrees with them.
 */
export function buildWorld(eventCount: number, seed = 20240726): SyntheticWorld {
  const random = prng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const pickSome = <T>(list: T[], max: number): T[] => {
    const count = Math.floor(random() * (max + 1));
    const chosen = new Set<T>();
    while (chosen.size < count) chosen.add(pick(list));
    return [...chosen];
  };

  const countries: SynCountry[] = COUNTRY_NAMES.map((name, i) => ({
    ref: `syn-country-${i}`,
    code: `XA${String.fromCharCode(65 + i)}`,
    name: `Republic of ${name}`,
  }));
  const organizations: SynOrganization[] = countries.map((country, i) => ({
    ref: `syn-org-${i}`,
    name: `Foreign Office of ${COUNTRY_NAMES[i]}`,
    countryRef: country.ref,
  }));
  const people: SynPerson[] = PERSON_NAMES.map((name, i) => ({
    ref: `syn-person-${i}`,
    name,
    organizationRef: organizations[i % organizations.length].ref,
    countryRef: organizations[i % organizations.length].countryRef,
  }));
  // One person holds no position: only representing a country at an event ties them to it.
  people.push({ ref: `syn-person-${people.length}`, name: 'Xenophon Zabriskie', countryRef: countries[1].ref });
  const places: SynPlace[] = PLACE_NAMES.map((name, i) => ({
    ref: `syn-place-${i}`,
    name,
    countryRef: countries[i % countries.length].ref,
  }));
  const topics: SynTopic[] = TOPIC_NAMES.map((name, i) => ({ ref: `syn-topic-${i}`, name }));

  // A pool of 110 days between 2015 and 2021, so that many events share a date.
  const dayPool: string[] = [];
  while (dayPool.length < 110) {
    const year = 2015 + Math.floor(random() * 7);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!dayPool.includes(date)) dayPool.push(date);
  }

  const events: SynEvent[] = [];
  for (let i = 0; i < eventCount; i += 1) {
    const type = EVENT_TYPES[i % EVENT_TYPES.length];
    const roll = random();
    let date: string | undefined;
    let datePrecision: 'DAY' | 'MONTH' | undefined;
    if (roll < 0.15) {
      date = undefined;
    } else if (roll < 0.27) {
      date = `${pick(dayPool).slice(0, 7)}-01`;
      datePrecision = 'MONTH';
    } else {
      date = pick(dayPool);
      datePrecision = 'DAY';
    }
    const word = random() < 0.3 ? pick(TEXT_WORDS) : undefined;
    const inSummary = random() < 0.5;
    const number = String(i).padStart(3, '0');
    const event: SynEvent = {
      ref: `syn-event-${number}`,
      slug: `scale-${number}`,
      title: `Synthetic ${type.toLowerCase()} number ${number}${word && !inSummary ? ` on ${word.toUpperCase()} matters` : ''}`,
      summary: word && inSummary ? `Delegates discussed ${word} questions at length.` : random() < 0.5 ? 'A synthetic summary.' : undefined,
      type,
      status: random() < 0.2 ? 'SCHEDULED' : 'OCCURRED',
      date,
      datePrecision,
      countryRefs: [],
      personRefs: [],
      topicRefs: pickSome(topics, 2).map((topic) => topic.ref),
    };
    // Facts drawn again until no earlier event of the type with compatible dates agrees with them (event-match.ts).
    for (let tries = 0; ; tries += 1) {
      if (type === 'SANCTION') {
        const imposer = pick(countries);
        event.imposerRef = imposer.ref;
        event.targetRef = pick(countries.filter((country) => country !== imposer)).ref;
      } else {
        event.countryRefs = pickSome(countries, 2).map((country) => country.ref);
        if (event.countryRefs.length === 0) event.countryRefs = [pick(countries).ref];
        event.personRefs = pickSome(people, 2).map((person) => person.ref);
        event.placeRef = random() < 0.6 ? pick(places).ref : undefined;
      }
      if (!events.some((other) => sameRealEvent(event, other))) break;
      if (tries > 100) throw new Error(`no facts found that keep ${event.ref} apart from the other events`);
    }
    events.push(event);
  }
  const unpositioned = people.filter((person) => !person.organizationRef);
  for (const person of unpositioned) {
    if (!events.some((event) => event.personRefs.includes(person.ref))) {
      events.find((event) => event.type !== 'SANCTION')!.personRefs.push(person.ref);
    }
  }
  return { countries, organizations, people, places, topics, events };
}

/** Whether the ingester would take two events for one real event: the same type, compatible dates, agreeing facts. */
export function sameRealEvent(a: SynEvent, b: SynEvent): boolean {
  if (a.type !== b.type) return false;
  const [ra, rb] = [dateRange(a.date, a.datePrecision as DatePrecision), dateRange(b.date, b.datePrecision as DatePrecision)];
  if ((ra === null) !== (rb === null) || (ra && rb && !rangesOverlap(ra, rb))) return false;
  return agreement(matchFacts(a), matchFacts(b)) !== null;
}

/** What the ingester compares of an event (event-match.ts), with refs for ids. */
function matchFacts(event: SynEvent): MatchFacts {
  return {
    titleKey: nameKey(event.title),
    places: event.placeRef ? [event.placeRef] : [],
    imposers: event.imposerRef ? [event.imposerRef] : [],
    targets: event.targetRef ? [{ id: event.targetRef, country: true }] : [],
    participants: [...event.countryRefs.map((id) => ({ id, country: true })), ...event.personRefs.map((id) => ({ id, country: false }))],
  };
}

/** The countries an event involves (taking part, imposing or targeted), as refs. */
export function countriesOf(event: SynEvent): string[] {
  return [
    ...new Set([...event.countryRefs, ...(event.imposerRef ? [event.imposerRef] : []), ...(event.targetRef ? [event.targetRef] : [])]),
  ];
}

/** The participants of an event (PARTICIPATED_IN): its countries taking part and its people. */
export function participantsOf(event: SynEvent): string[] {
  return [...event.countryRefs, ...event.personRefs];
}

interface Quote {
  quote: string;
}

/**
 * One article (in the ingestion format) stating the given events and every entity of the world, each line of the
 * text stating one item; relations quote the line of the event (or entity) they belong to.
 */
export function articleFor(world: SyntheticWorld, events: SynEvent[], title: string): Record<string, unknown> {
  const lines: string[] = [`${title}.`];
  const line = (text: string): Quote[] => {
    lines.push(text);
    return [{ quote: text }];
  };
  const people = new Map(world.people.map((person) => [person.ref, person]));

  const entities: Record<string, unknown>[] = [];
  const relations: Record<string, unknown>[] = [];
  for (const country of world.countries) {
    entities.push({
      ref: country.ref,
      kind: 'COUNTRY',
      code: country.code,
      name: country.name,
      evidence: line(`${country.name} is a country.`),
    });
  }
  for (const organization of world.organizations) {
    const evidence = line(`${organization.name} is a ministry.`);
    entities.push({ ref: organization.ref, kind: 'ORGANIZATION', orgKind: 'MINISTRY', name: organization.name, evidence });
    relations.push({ type: 'PART_OF', from: organization.ref, to: organization.countryRef, evidence });
  }
  for (const person of world.people) {
    const evidence = line(`${person.name} is an envoy.`);
    entities.push({ ref: person.ref, kind: 'PERSON', name: person.name, evidence });
    if (person.organizationRef)
      relations.push({ type: 'HOLDS_POSITION', from: person.ref, to: person.organizationRef, title: 'Envoy', evidence });
  }
  for (const place of world.places) {
    const evidence = line(`${place.name} is a city.`);
    entities.push({ ref: place.ref, kind: 'PLACE', placeKind: 'CITY', name: place.name, evidence });
    relations.push({ type: 'IN_COUNTRY', from: place.ref, to: place.countryRef, evidence });
  }
  for (const topic of world.topics) {
    entities.push({ ref: topic.ref, kind: 'TOPIC', name: topic.name, evidence: line(`They spoke of ${topic.name}.`) });
  }

  const eventInputs = events.map((event) => {
    const evidence = line(`Event ${event.ref}: ${event.title}.`);
    for (const country of event.countryRefs)
      relations.push({ type: 'PARTICIPATED_IN', from: country, to: event.ref, role: 'ATTENDEE', evidence });
    for (const personRef of event.personRefs) {
      relations.push({
        type: 'PARTICIPATED_IN',
        from: personRef,
        to: event.ref,
        role: 'ATTENDEE',
        representing: people.get(personRef)!.countryRef,
        evidence,
      });
    }
    if (event.imposerRef) relations.push({ type: 'IMPOSED_BY', from: event.ref, to: event.imposerRef, evidence });
    if (event.targetRef) relations.push({ type: 'TARGETS', from: event.ref, to: event.targetRef, evidence });
    for (const topic of event.topicRefs) relations.push({ type: 'ADDRESSES', from: event.ref, to: topic, evidence });
    if (event.placeRef) relations.push({ type: 'HELD_IN', from: event.ref, to: event.placeRef, evidence });
    return {
      ref: event.ref,
      slug: event.slug,
      title: event.title,
      type: event.type,
      status: event.status,
      ...(event.date ? { date: event.date, datePrecision: event.datePrecision } : {}),
      ...(event.summary ? { summary: event.summary } : {}),
      evidence,
    };
  });

  if (entities.length > 1000 || eventInputs.length > 1000 || relations.length > 1000) {
    throw new Error(`article "${title}" is over the ingest limits: ${entities.length}/${eventInputs.length}/${relations.length}`);
  }
  return {
    source: { title, publisher: 'Synthetic Wire', text: lines.join('\n'), capturedAt: '2024-07-26' },
    entities,
    events: eventInputs,
    relations,
  };
}
