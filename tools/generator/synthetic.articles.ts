import { createHash } from 'node:crypto';
import { RelationType } from '../../src/graph/kinds';
import {
  EventModel,
  EVENTS_PER_SOURCE,
  FIRST_DAY,
  LAST_DAY,
  OrganizationModel,
  PositionModel,
  SyntheticEventType,
  SyntheticEvidence,
  SyntheticNode,
  SyntheticRelation,
  World,
} from './synthetic.model';
import { SeededRandom } from './synthetic.random';
import { addDays, daysBetween, listOf, longDate, monthYear, Span, TextBuilder, weekday } from './synthetic.text';

const PUBLISHERS = ['Synthetic Wire', 'Synthetic Herald', 'Synthetic Diplomatic Review', 'Synthetic Policy Monitor'];
const LEAD_WORDS: Partial<Record<SyntheticEventType, string>> = {
  MEETING: 'The talks were hosted by ',
  SUMMIT: 'The summit was led by ',
  AGREEMENT: 'The agreement was signed by ',
};

/**
 * Articles per slice by default: the unit the generator plans and the loader writes (with their events) before going
 * on. 100 articles are 1,000 events and about 17,500 relationships, about 15 MB while planned and written: big
 * enough for full batches, small beside the world's models (a million events' 250,000 people and organizations
 * take about 128 MB).
 */
export const SLICE_ARTICLES = 100;

/** One slice of the synthetic graph: a run of articles, the events they report, and what their sentences state. */
export interface PlanSlice {
  /** The slice's events and articles. */
  nodes: { Event: SyntheticNode[]; Source: SyntheticNode[] };
  /**
   * Evidence for nodes of earlier slices or of the world (written before, without it), by node id in the order the
   * articles give it: to append to what the node has.
   */
  evidence: Array<{ id: string; evidence: SyntheticEvidence[] }>;
  relations: SyntheticRelation[];
  /** Source MENTIONS node: each source mentions every node its evidence is about, as the ingester does. */
  mentions: Array<{ source: string; target: string }>;
  /** The events (of this or earlier slices) that later slices may still link to; no other event is. */
  live: string[];
}

/**
 * Writes `sourceCount` synthetic articles, one per EVENTS_PER_SOURCE events in date order, `sliceArticles` at a time.
 * Each introduces the places, organizations and people that first appear in it (their evidence, and that of their
 * IN_COUNTRY, PART_OF and HOLDS_POSITION), then reports its events sentence by sentence: every event, relationship
 * and created node gets evidence quoting the article's text at its offsets. Event nodes are made here, since their
 * dateText is the article's wording. `recent` is the planner's list of each country's latest events (what may still
 * be followed up).
 */
export function* writeArticles(
  random: SeededRandom,
  world: World,
  events: Iterator<EventModel>,
  recent: readonly EventModel[][],
  sourceCount: number,
  introductions: Introductions,
  sliceArticles = SLICE_ARTICLES,
): Generator<PlanSlice> {
  const firstMentions = { countries: new Set<number>(), topics: new Set<number>() };
  for (let first = 0; first < sourceCount; first += sliceArticles) {
    const slice = new SliceWriter();
    for (let at = first; at < Math.min(first + sliceArticles, sourceCount); at += 1) {
      const reported: EventModel[] = [];
      while (reported.length < EVENTS_PER_SOURCE) {
        const next = events.next();
        if (next.done) break;
        reported.push(next.value);
      }
      const lastDate = reported.length > 0 ? reported[reported.length - 1].date : FIRST_DAY;
      const publishedAt = earlier(addDays(lastDate, random.int(0, 2)), LAST_DAY);
      const article = new ArticleWriter(random, world, `source:syn-roundup-${at + 1}`, slice, firstMentions);
      article.header(at + 1, publishedAt);
      article.background(introductions.of(at));
      for (const event of reported) {
        slice.nodes.Event.push(article.report(event, publishedAt));
        event.followsUp = []; // reported: no chain of earlier events kept alive through it
      }
      slice.nodes.Source.push(article.finish(at + 1, publishedAt));
    }
    yield slice.done(recent);
  }
}

/** What one article introduces: indexes into the world's lists. */
interface Introduced {
  places: number[];
  organizations: number[];
  people: number[];
  /** Created countries and topics no event names: introduced somewhere all the same, so they have evidence. */
  countries: number[];
  topics: number[];
}

type IntroducedKind = keyof Introduced;
const INTRODUCED_KINDS: IntroducedKind[] = ['places', 'organizations', 'people', 'countries', 'topics'];
/** First event of something no event involves. */
const NOT_YET = 0x7fffffff;

/**
 * Which article introduces what: the one reporting its first event, else one picked by its index. Surveyed from a
 * first run of the events (the planner is deterministic, so the second run that the articles report is the same),
 * and kept as arrays of numbers, not as lists per article.
 */
export class Introductions {
  /** Per kind: the entities to introduce, ordered by their article, and each one's article. */
  private readonly order = new Map<IntroducedKind, { entities: Int32Array; home: Int32Array; next: number }>();

  private constructor() {}

  /** Surveys `events` (the whole run) for where each created place, organization, person, country and topic first appears. */
  static survey(world: World, events: Iterable<EventModel>, sourceCount: number): Introductions {
    const first = {
      places: new Int32Array(world.places.length).fill(NOT_YET),
      organizations: new Int32Array(world.organizations.length).fill(NOT_YET),
      people: new Int32Array(world.people.length).fill(NOT_YET),
    };
    const named = { countries: new Uint8Array(world.countries.length), topics: new Uint8Array(world.topics.length) };
    const seen = (list: Int32Array, at: number, index: number) => {
      if (list[at] === NOT_YET) list[at] = index; // events come in order: the first one is the earliest
    };
    let index = 0;
    for (const event of events) {
      for (const { person } of event.people) seen(first.people, person, index);
      for (const person of event.targetPeople) seen(first.people, person, index);
      for (const at of event.targetOrganizations) seen(first.organizations, at, index);
      seen(first.places, event.place, index);
      for (const at of event.countries) named.countries[at] = 1;
      if (event.target !== undefined) named.countries[event.target] = 1;
      for (const at of event.topics) named.topics[at] = 1;
      index += 1;
    }
    // An organization is introduced with the first of its people (or its first sanction).
    world.people.forEach((person, at) => {
      for (const position of [person.position, person.former]) {
        if (position) first.organizations[position.organization] = Math.min(first.organizations[position.organization], first.people[at]);
      }
    });

    const introductions = new Introductions();
    const homeOf = (firstEvent: number, index: number) =>
      firstEvent === NOT_YET ? (index * 7919) % sourceCount : Math.floor(firstEvent / EVENTS_PER_SOURCE);
    const plan = (kind: IntroducedKind, count: number, created: (at: number) => boolean, firstEvent: (at: number) => number) => {
      const home = new Int32Array(count);
      const entities: number[] = [];
      for (let at = 0; at < count; at += 1) {
        if (!created(at)) continue;
        home[at] = homeOf(firstEvent(at), at);
        entities.push(at);
      }
      entities.sort((a, b) => home[a] - home[b] || a - b);
      introductions.order.set(kind, { entities: Int32Array.from(entities), home, next: 0 });
    };
    plan(
      'places',
      world.places.length,
      (at) => world.places[at].created,
      (at) => first.places[at],
    );
    plan(
      'organizations',
      world.organizations.length,
      () => true,
      (at) => first.organizations[at],
    );
    plan(
      'people',
      world.people.length,
      () => true,
      (at) => first.people[at],
    );
    plan(
      'countries',
      world.countries.length,
      (at) => world.countries[at].created && !named.countries[at],
      () => NOT_YET,
    );
    plan(
      'topics',
      world.topics.length,
      (at) => world.topics[at].created && !named.topics[at],
      () => NOT_YET,
    );
    return introductions;
  }

  /** What article `at` introduces; asked for article 0, 1, 2 ... in order. */
  of(at: number): Introduced {
    const introduced = { places: [], organizations: [], people: [], countries: [], topics: [] } as Introduced;
    for (const kind of INTRODUCED_KINDS) {
      const order = this.order.get(kind) as { entities: Int32Array; home: Int32Array; next: number };
      while (order.next < order.entities.length && order.home[order.entities[order.next]] === at) {
        introduced[kind].push(order.entities[order.next]);
        order.next += 1;
      }
    }
    return introduced;
  }
}

/** The slice being written: its nodes, relationships and mentions, and evidence for nodes written before it. */
class SliceWriter {
  readonly nodes: PlanSlice['nodes'] = { Event: [], Source: [] };
  readonly relations: SyntheticRelation[] = [];
  readonly mentions: PlanSlice['mentions'] = [];
  /** This slice's event nodes by id: their evidence goes straight into them. */
  private readonly pending = new Map<string, SyntheticNode>();
  private readonly appended = new Map<string, SyntheticEvidence[]>();

  /** A node of this slice, not yet written. */
  add(node: SyntheticNode): void {
    this.pending.set(node.id, node);
  }

  /** Evidence for a node: into it if it is this slice's, else appended to what an earlier write gave it. */
  evidence(id: string, evidence: SyntheticEvidence): void {
    const node = this.pending.get(id);
    if (node) node.evidence.push(evidence);
    else if (this.appended.has(id)) this.appended.get(id)?.push(evidence);
    else this.appended.set(id, [evidence]);
  }

  done(recent: readonly EventModel[][]): PlanSlice {
    const live = new Set<string>();
    for (const events of recent) for (const event of events) live.add(event.id);
    return {
      nodes: this.nodes,
      evidence: [...this.appended].map(([id, evidence]) => ({ id, evidence })),
      relations: this.relations,
      mentions: this.mentions,
      live: [...live],
    };
  }
}

/** One article being written: its text, and the evidence and mentions its sentences give. */
class ArticleWriter {
  private readonly text = new TextBuilder();
  private readonly mentioned = new Set<string>();

  constructor(
    private readonly random: SeededRandom,
    private readonly world: World,
    private readonly sourceId: string,
    private readonly slice: SliceWriter,
    /** Created countries and topics whose name some article has already quoted as their evidence. */
    private readonly firstMentions: { countries: Set<number>; topics: Set<number> },
  ) {}

  header(number: number, publishedAt: string): void {
    this.text.add(
      `[Synthetic data: generated for testing, not real reporting.] Diplomatic roundup no. ${number}, ${longDate(publishedAt)}.\n\n`,
    );
  }

  /** "Background." and a sentence introducing each place, organization, person (and otherwise unnamed country or topic). */
  background(intro: Introduced): void {
    const { countries, places, topics, organizations, people } = this.world;
    const sentences: Array<() => void> = [
      ...intro.places.map((at) => () => {
        const place = places[at];
        const country = countries[place.country];
        const span = this.text.mark(`${place.name} is a city in ${country.data.name}.`);
        this.evidenceFor(place.id, this.cite(span));
        this.relate('IN_COUNTRY', place.id, country.id, {}, this.cite(span));
      }),
      ...intro.organizations.map((at) => () => {
        const organization = organizations[at];
        const also = organization.aliases.length > 0 ? ` (also called the ${organization.aliases[0]})` : '';
        const span = this.text.mark(`The ${organization.name}${also} is part of ${partOfName(organization)}.`);
        this.evidenceFor(organization.id, this.cite(span));
        this.relate('PART_OF', organization.id, organization.parent.id, {}, this.cite(span));
      }),
      ...intro.people.map((at) => () => {
        const person = people[at];
        const variants = [person.aliases.length > 0 ? `also written ${listOf(person.aliases)}` : '', person.nativeNames.join(', ')].filter(
          Boolean,
        );
        const known = variants.length > 0 ? ` (${variants.join('; ')})` : '';
        const { position, former } = person;
        const organization = organizations[position.organization];
        const span = this.text.mark(
          position.until
            ? `${person.name}${known} served as ${position.title} at the ${organization.name} from ${monthYear(position.from)} to ${monthYear(position.until)}.`
            : `${person.name}${known} has been ${position.title} at the ${organization.name} since ${monthYear(position.from)}.`,
        );
        this.evidenceFor(person.id, this.cite(span));
        this.relate('HOLDS_POSITION', person.id, organization.id, positionProps(position), this.cite(span, { supports: 'title' }));
        if (former) {
          const formerOrganization = organizations[former.organization];
          this.text.add(' ');
          const earlierSpan = this.text.mark(
            `Earlier, ${person.name} served as ${former.title} at the ${formerOrganization.name} from ${monthYear(former.from)} to ${monthYear(former.until as string)}.`,
          );
          this.evidenceFor(person.id, this.cite(earlierSpan, { supports: 'positions' }));
          this.relate(
            'HOLDS_POSITION',
            person.id,
            formerOrganization.id,
            positionProps(former),
            this.cite(earlierSpan, { supports: 'title' }),
          );
        }
      }),
      ...intro.countries.map((at) => () => {
        this.text.add('Observers from ');
        const span = this.text.mark(countries[at].data.name);
        this.text.add(' also followed the talks.');
        this.evidenceFor(countries[at].id, this.cite(span, { supports: 'name' }));
      }),
      ...intro.topics.map((at) => () => {
        this.text.add('Analysts also watched developments in ');
        const span = this.text.mark(topics[at].name);
        this.text.add('.');
        this.evidenceFor(topics[at].id, this.cite(span, { supports: 'name' }));
      }),
    ];
    if (sentences.length === 0) return;
    this.text.add('Background. ');
    sentences.forEach((write, at) => {
      if (at > 0) this.text.add(' ');
      write();
    });
  }

  /** A paragraph on one event; returns its node. */
  report(event: EventModel, publishedAt: string): SyntheticNode {
    const { countries, places, topics, people } = this.world;
    const text = this.text;
    text.add('\n\n');
    const place = places[event.place];
    const countryNames = event.countries.map((at) => countries[at].data.name);
    const topicNames = event.topics.map((at) => topics[at].name);
    const { words: when, dateText } = dateWords(this.random, event, publishedAt);

    const sentence = text.bookmark();
    let countrySpans: Span[] = [];
    let topicSpans: Span[] = [];
    let targetSpan: Span | undefined;
    switch (event.type) {
      case 'MEETING':
        text.add(`${this.random.pick(['Officials', 'Diplomats', 'Envoys', 'Senior officials'])} of `);
        countrySpans = this.markList(countryNames);
        text.add(` met in ${place.name} ${when} to discuss `);
        topicSpans = this.markList(topicNames);
        break;
      case 'SUMMIT':
        text.add('Leaders of ');
        countrySpans = this.markList(countryNames);
        text.add(` held a summit in ${place.name} ${when}, focusing on `);
        topicSpans = this.markList(topicNames);
        break;
      case 'AGREEMENT':
        countrySpans = this.markList(countryNames);
        text.add(' signed an agreement on ');
        topicSpans = this.markList(topicNames);
        text.add(` in ${place.name} ${when}`);
        break;
      case 'SANCTION':
        countrySpans = this.markList(countryNames);
        text.add(' imposed sanctions on ');
        targetSpan = text.mark(countries[event.target as number].data.name);
        text.add(` ${when} over `);
        topicSpans = this.markList(topicNames);
        text.add(`, announcing the measures in ${place.name}`);
        break;
      case 'LAUNCH':
        countrySpans = this.markList(countryNames);
        text.add(` launched a ${event.detail} from near ${place.name} ${when}, drawing attention to `);
        topicSpans = this.markList(topicNames);
        break;
      case 'STATEMENT':
        countrySpans = this.markList(countryNames);
        text.add(` ${event.detail} `);
        topicSpans = this.markList(topicNames);
        text.add(` in a ${countryNames.length > 1 ? 'joint ' : ''}statement issued in ${place.name} ${when}`);
        break;
    }
    text.add('.');
    const main = text.since(sentence);
    const node: SyntheticNode = {
      id: event.id,
      props: {
        title: event.title,
        type: event.type,
        status: 'OCCURRED',
        date: event.date,
        datePrecision: event.precision,
        dateText,
        summary: main.quote,
        plover: event.plover,
        cameoCode: event.cameoCode,
        titleKey: event.titleKey,
        nameKeys: [event.titleKey],
        searchText: event.title,
      },
      evidence: [],
    };
    event.dateText = dateText;
    this.slice.add(node);
    this.evidenceFor(node.id, this.cite(main, { claim: dateClaim(event.date, event.precision, dateText) }));
    const stated = this.cite(main); // one object for every relationship the sentence states (encoded once)
    const roles = this.cite(main, { supports: 'role' });
    this.firstMention(countrySpans, event.countries, 'countries');
    this.firstMention(topicSpans, event.topics, 'topics');
    if (targetSpan) this.firstMention([targetSpan], [event.target as number], 'countries');

    event.countries.forEach((at, k) => {
      if (event.type === 'SANCTION') this.relate('IMPOSED_BY', event.id, countries[at].id, {}, stated);
      this.relate('PARTICIPATED_IN', countries[at].id, event.id, { role: event.countryRoles[k] }, roles);
    });
    this.relate('HELD_IN', event.id, place.id, {}, stated);
    for (const at of event.topics) this.relate('ADDRESSES', event.id, topics[at].id, {}, stated);

    if (event.people.length > 0) {
      // "The talks were hosted by Vice Minister Kim Min-jun of South Korea, with ... also taking part." Names are
      // sometimes spelled as one of the person's aliases, as the press does.
      text.add(' ');
      const fragments = event.people.map(({ person }) => {
        const model = people[person];
        const shown = model.aliases.length > 0 && this.random.chance(0.25) ? this.random.pick(model.aliases) : model.name;
        return `${model.position.title} ${shown} of ${countries[model.country].data.name}`;
      });
      const leading = event.people.map((p, k) => (p.role === 'ATTENDEE' ? -1 : k)).filter((k) => k >= 0);
      const others = event.people.map((_, k) => k).filter((k) => !leading.includes(k));
      const spans: Span[] = [];
      if (leading.length > 0) {
        text.add(LEAD_WORDS[event.type] ?? 'Led by ');
        this.markList(leading.map((k) => fragments[k])).forEach((span, k) => (spans[leading[k]] = span));
        if (others.length > 0) {
          text.add(', with ');
          this.markList(others.map((k) => fragments[k])).forEach((span, k) => (spans[others[k]] = span));
          text.add(' also taking part');
        }
      } else {
        text.add('Taking part were ');
        this.markList(fragments).forEach((span, k) => (spans[k] = span));
      }
      text.add('.');
      event.people.forEach(({ person, role }, k) => {
        const model = people[person];
        const title = model.position.title;
        const props = { role, title, titles: [title], representing: countries[model.country].id };
        this.relate('PARTICIPATED_IN', model.id, event.id, props, this.cite(spans[k], { claim: title }));
      });
    }

    if (event.type === 'SANCTION') this.reportTargets(event, stated);

    for (const earlierEvent of event.followsUp) {
      text.add(' ');
      const what = event.type === 'SANCTION' ? 'measures' : event.type.toLowerCase();
      const span = text.mark(`The ${what} followed up on the ${earlierEvent.title} of ${plainDate(earlierEvent)}.`);
      this.relate('FOLLOWS_UP', event.id, earlierEvent.id, {}, this.cite(span));
      // A later article naming an event is more evidence for it: one event, many sources.
      const claim = dateClaim(earlierEvent.date, earlierEvent.precision, earlierEvent.dateText as string);
      this.evidenceFor(earlierEvent.id, this.cite(span, { supports: 'title', claim }));
    }
    return node;
  }

  /** The source node, with its text, hash and key computed as the ingester computes them. */
  finish(number: number, publishedAt: string): SyntheticNode {
    const body = this.text.toString();
    const url = `https://synthetic.invalid/roundups/${number}`;
    const textHash = createHash('sha256').update(body).digest('hex');
    const title = `[Synthetic] Diplomatic roundup no. ${number} (${publishedAt})`;
    for (const target of this.mentioned) this.slice.mentions.push({ source: this.sourceId, target });
    return {
      id: this.sourceId,
      props: {
        title,
        publisher: PUBLISHERS[(number - 1) % PUBLISHERS.length],
        url,
        publishedAt,
        capturedAt: publishedAt,
        text: body,
        textOrigin: 'PUBLISHED_TEXT',
        textHash,
        sourceKey: createHash('sha256')
          .update(JSON.stringify([url, null, textHash]))
          .digest('hex'),
        nameKeys: [],
        searchText: title,
      },
      evidence: [],
    };
  }

  /** TARGETS: the target country (with the count of unnamed designations) and the people and bodies named. */
  private reportTargets(event: EventModel, stated: SyntheticEvidence): void {
    const { countries, people, organizations } = this.world;
    const target = countries[event.target as number];
    const named = [
      ...event.targetPeople.map((at) => ({ id: people[at].id, name: people[at].name })),
      ...event.targetOrganizations.map((at) => ({ id: organizations[at].id, name: `the ${organizations[at].name}` })),
    ];
    if (event.targetCount === undefined && named.length === 0) {
      this.relate('TARGETS', event.id, target.id, {}, stated);
      return;
    }
    this.text.add(' ');
    const designation = this.text.bookmark();
    let countSpan: Span | undefined;
    if (event.targetCount !== undefined) {
      this.text.add('The designations cover ');
      countSpan = this.text.mark(`${event.targetCount} individuals and entities of ${target.data.name}`);
      if (named.length > 0) this.text.add(', including ');
    } else {
      this.text.add('The designations name ');
    }
    this.markList(named.map((item) => item.name));
    this.text.add('.');
    const whole = this.cite(this.text.since(designation));
    for (const item of named) this.relate('TARGETS', event.id, item.id, {}, whole);
    if (event.targetCount !== undefined) {
      this.relate('TARGETS', event.id, target.id, { count: event.targetCount }, this.cite(countSpan as Span, { supports: 'count' }));
    } else {
      this.relate('TARGETS', event.id, target.id, {}, stated);
    }
  }

  private cite(span: Span, extra: { supports?: string; claim?: string } = {}): SyntheticEvidence {
    return {
      source: this.sourceId,
      quote: span.quote,
      start: span.start,
      end: span.end,
      ...(extra.supports ? { supports: extra.supports } : {}),
      ...(extra.claim ? { claim: extra.claim } : {}),
    };
  }

  /** Evidence for a node the generator creates (never a reused one); the source mentions it. */
  private evidenceFor(id: string, evidence: SyntheticEvidence): void {
    this.slice.evidence(id, evidence);
    this.mentioned.add(id);
  }

  private relate(type: RelationType, from: string, to: string, props: SyntheticRelation['props'], evidence: SyntheticEvidence): void {
    this.slice.relations.push({ type, from, to, props, evidence: [evidence] });
    this.mentioned.add(from);
    this.mentioned.add(to);
  }

  /** "France, Japan and Germany", each name marked. */
  private markList(names: string[]): Span[] {
    return names.map((name, at) => {
      if (at > 0) this.text.add(at === names.length - 1 ? ' and ' : ', ');
      return this.text.mark(name);
    });
  }

  /** The first time any article names a created country or topic, that name is its evidence. */
  private firstMention(spans: Span[], indexes: number[], kind: 'countries' | 'topics'): void {
    const seen = this.firstMentions[kind];
    indexes.forEach((at, k) => {
      if (seen.has(at)) return;
      seen.add(at);
      const named = this.world[kind][at];
      if (named.created) this.evidenceFor(named.id, this.cite(spans[k], { supports: 'name' }));
    });
  }
}

/** `[date, precision, dateText]` as the ingester stores an event's date claim (see src/ingest/plan.ts dateClaim). */
function dateClaim(date: string, precision: string, text: string): string {
  return [date, precision, text].join('|');
}

function positionProps(position: PositionModel): SyntheticRelation['props'] {
  return {
    title: position.title,
    titles: [position.title],
    validFrom: position.from,
    ...(position.until ? { validUntil: position.until } : {}),
  };
}

function partOfName(organization: OrganizationModel): string {
  return organization.parent.id.startsWith('country:') ? organization.parent.name : `the ${organization.parent.name}`;
}

/** How an article dates an event ("on Friday" within the week before it, "on 7 March 2014", "in March 2014"), and the words kept as dateText. */
function dateWords(random: SeededRandom, event: EventModel, publishedAt: string): { words: string; dateText: string } {
  if (event.precision === 'YEAR') {
    const year = event.date.slice(0, 4);
    return { words: `in ${year}`, dateText: year };
  }
  if (event.precision === 'MONTH') return { words: `in ${monthYear(event.date)}`, dateText: monthYear(event.date) };
  const ago = daysBetween(event.date, publishedAt);
  if (ago >= 1 && ago <= 6 && random.chance(0.5)) return { words: `on ${weekday(event.date)}`, dateText: weekday(event.date) };
  return { words: `on ${longDate(event.date)}`, dateText: longDate(event.date) };
}

function plainDate(event: EventModel): string {
  return event.precision === 'DAY' ? longDate(event.date) : event.precision === 'MONTH' ? monthYear(event.date) : event.date.slice(0, 4);
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}
