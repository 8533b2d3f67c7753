import { RunningApp } from '../../src/app';
import { IngestReport } from '../../src/ingest/ingest-report.type';
import { IngestService } from '../../src/ingest/ingest.service';
import {
  articleFor,
  EVENT_TYPES,
  sameRealEvent,
  buildWorld,
  countriesOf,
  participantsOf,
  SynEvent,
  SYNTHETIC_SOURCE_PREFIX,
} from '../helpers/synthetic-graph';
import { NEARBY_EVENTS, relatedEventsQuery } from '../../src/related/related.cypher';
import { gqlData, graphCounts, startTestApp } from '../helpers/test-app';

/**
 * Paging, filters and statistics over a larger graph: 300 synthetic events over seven years (some undated, some
 * known to the month only) among five synthetic countries (XAA..XAE), ingested through the real IngestService as four
 * articles. Expected answers are computed in TypeScript from the generated world. afterAll deletes exactly what was
 * added and checks that the graph is back to what it was.
 */
const EVENT_COUNT = 300;
const ARTICLES = 4;
const world = buildWorld(EVENT_COUNT);

let app: RunningApp;
let baseline: Awaited<ReturnType<typeof graphCounts>>;
const reports: IngestReport[] = [];
/** Graph id of every ref ingested (created or merged). */
const ids = new Map<string, string>();
/** Every node the ingests created, sources included. */
const created = new Set<string>();
/** Every synthetic event, old and new, with its id, date and ref. */
const events = new Map<string, SynEvent & { id: string }>();

const idOf = (ref: string): string => {
  const id = ids.get(ref);
  if (!id) throw new Error(`ref ${ref} was not ingested`);
  return id;
};

async function ingestArticle(article: Record<string, unknown>): Promise<IngestReport> {
  const report = await new IngestService(app.graph).ingest(article);
  reports.push(report);
  created.add(report.sourceId);
  for (const node of report.created) {
    created.add(node.id);
    ids.set(node.ref, node.id);
  }
  for (const node of report.merged) ids.set(node.ref, node.id);
  return report;
}

function rememberEvents(list: SynEvent[]): void {
  for (const event of list) events.set(idOf(event.ref), { ...event, id: idOf(event.ref) });
}

beforeAll(async () => {
  app = await startTestApp();
  baseline = await graphCounts(app);
  const size = Math.ceil(EVENT_COUNT / ARTICLES);
  for (let k = 0; k < ARTICLES; k += 1) {
    const chunk = world.events.slice(k * size, (k + 1) * size);
    await ingestArticle(articleFor(world, chunk, `${SYNTHETIC_SOURCE_PREFIX} synthetic article ${k + 1} of ${ARTICLES}`));
  }
  rememberEvents(world.events);
}, 300_000);

afterAll(async () => {
  try {
    if (!app) return;
    // What the reports say was created, plus (should a report be missing) every synthetic source and whatever only
    // synthetic sources mention.
    await app.graph.write({
      cypher: `
        MATCH (s:Source) WHERE s.title STARTS WITH $prefix OR s.id IN $created
        OPTIONAL MATCH (s)-[:MENTIONS]->(n)
        WHERE NOT EXISTS { (other:Source)-[:MENTIONS]->(n) WHERE NOT (other.title STARTS WITH $prefix OR other.id IN $created) }
        WITH collect(DISTINCT s) + collect(DISTINCT n) AS doomed
        UNWIND doomed AS d
        DETACH DELETE d`,
      params: { prefix: SYNTHETIC_SOURCE_PREFIX, created: [...created] },
    });
    await app.graph.write({ cypher: 'MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', params: { ids: [...created] } });
    expect(await graphCounts(app)).toEqual(baseline);
  } finally {
    await app?.stop();
  }
}, 120_000);

const allCountryIds = () => world.countries.map((country) => idOf(country.ref));

// ---- events: paging helpers and the expected answers -------------------------------------------------------------

const EVENTS = `query ($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String) {
  events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id date } }
  }
}`;

type Order = 'DATE_ASC' | 'DATE_DESC';
type Filter = {
  types?: string[];
  from?: string;
  to?: string;
  countryIds?: string[];
  participantIds?: string[];
  topicIds?: string[];
  placeIds?: string[];
  status?: string;
  text?: string;
};

interface Paged {
  ids: string[];
  dates: Array<string | null>;
  totalCounts: number[];
  pages: number;
  endCursors: string[];
}

/** Pages through events from `after` to the end, checking each page's pageInfo against its edges. */
async function pageThrough(filter: Filter, orderBy: Order, first: number, after: string | null = null, maxPages = 1000): Promise<Paged> {
  const result: Paged = { ids: [], dates: [], totalCounts: [], pages: 0, endCursors: [] };
  let cursor = after;
  for (;;) {
    const data = await gqlData(app.url, EVENTS, { filter, orderBy, first, after: cursor });
    const page = data.events;
    result.pages += 1;
    result.totalCounts.push(page.totalCount);
    for (const edge of page.edges) {
      result.ids.push(edge.node.id);
      result.dates.push(edge.node.date);
    }
    expect(page.pageInfo.hasPreviousPage).toBe(cursor !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
    if (page.pageInfo.hasNextPage) expect(page.edges).toHaveLength(first);
    if (page.pageInfo.endCursor) result.endCursors.push(page.pageInfo.endCursor);
    if (!page.pageInfo.hasNextPage || result.pages >= maxPages) break;
    cursor = page.pageInfo.endCursor;
  }
  return result;
}

/** Whether a synthetic event matches a filter, by the contract: AND across fields, OR within a list. */
function matches(event: SynEvent, filter: Filter): boolean {
  const anyOf = (values: string[] | undefined, refs: string[]) => !values?.length || refs.some((ref) => values.includes(idOf(ref)));
  if (filter.types?.length && !filter.types.includes(event.type)) return false;
  if (!anyOf(filter.countryIds, countriesOf(event))) return false;
  if (!anyOf(filter.participantIds, participantsOf(event))) return false;
  if (!anyOf(filter.topicIds, event.topicRefs)) return false;
  if (!anyOf(filter.placeIds, event.placeRef ? [event.placeRef] : [])) return false;
  if (filter.from && (!event.date || event.date < filter.from)) return false;
  if (filter.to && (!event.date || event.date > filter.to)) return false;
  if (filter.status && event.status !== filter.status) return false;
  if (filter.text) {
    const text = filter.text.toLowerCase();
    if (!event.title.toLowerCase().includes(text) && !(event.summary ?? '').toLowerCase().includes(text)) return false;
  }
  return true;
}

const expectedIds = (filter: Filter): string[] => [...events.values()].filter((event) => matches(event, filter)).map((event) => event.id);

/** The keyset order: date (undated last either way), then id; DATE_DESC reverses both among dated events. */
function compareEvents(order: Order) {
  return (a: string, b: string): number => {
    const ea = events.get(a)!;
    const eb = events.get(b)!;
    const undated = order === 'DATE_ASC' ? '~' : '';
    const ka = ea.date ?? undated;
    const kb = eb.date ?? undated;
    const sign = order === 'DATE_ASC' ? 1 : -1;
    if (ka !== kb) return ka < kb ? -sign : sign;
    return a < b ? -sign : a > b ? sign : 0;
  };
}

function expectDateOrder(dates: Array<string | null>, order: Order): void {
  const firstUndated = dates.indexOf(null);
  const dated = firstUndated < 0 ? dates : dates.slice(0, firstUndated);
  if (firstUndated >= 0) expect(dates.slice(firstUndated).every((date) => date === null)).toBe(true);
  for (let i = 1; i < dated.length; i += 1) {
    if (order === 'DATE_ASC') expect(dated[i]! >= dated[i - 1]!).toBe(true);
    else expect(dated[i]! <= dated[i - 1]!).toBe(true);
  }
}

async function cypherCount(cypher: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await app.graph.read({ cypher, params });
  return Number(row.count);
}

// ---- the tests ---------------------------------------------------------------------------------------------------

it('ingested every synthetic event as a new node (no two taken for one real event), within the ingest limits', () => {
  expect(reports).toHaveLength(ARTICLES);
  const createdEvents = reports.flatMap((report) => report.created.filter((node) => node.kind === 'EVENT'));
  expect(createdEvents).toHaveLength(EVENT_COUNT);
  expect(reports.flatMap((report) => report.merged.filter((node) => node.kind === 'EVENT'))).toEqual([]);
  expect(events.size).toBe(EVENT_COUNT);
  // The world has what the tests need: undated events, month-only dates, shared days, several years.
  const list = world.events;
  expect(list.filter((event) => !event.date).length).toBeGreaterThan(10);
  expect(list.filter((event) => event.datePrecision === 'MONTH').length).toBeGreaterThan(10);
  expect(new Set(list.filter((event) => event.date).map((event) => event.date)).size).toBeLessThan(
    list.filter((event) => event.date).length,
  );
  expect(new Set(list.filter((event) => event.date).map((event) => event.date!.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
});

describe('events under a synthetic-only filter, first: 2 at a time', () => {
  const synthetic = (): Filter => ({ countryIds: allCountryIds() });

  it('totalCount is the number created and what Cypher counts', async () => {
    const data = await gqlData(app.url, 'query ($filter: EventFilter) { events(filter: $filter, first: 1) { totalCount } }', {
      filter: synthetic(),
    });
    expect(data.events.totalCount).toBe(EVENT_COUNT);
    expect(
      await cypherCount(
        `MATCH (e:Event) WHERE EXISTS { (e)-[:PARTICIPATED_IN|IMPOSED_BY|TARGETS]-(c:Country) WHERE c.id IN $countryIds } RETURN count(e) AS count`,
        { countryIds: allCountryIds() },
      ),
    ).toBe(EVENT_COUNT);
    expect(await cypherCount('MATCH (e:Event) WHERE e.id IN $ids RETURN count(e) AS count', { ids: [...events.keys()] })).toBe(EVENT_COUNT);
  });

  it.each(['DATE_ASC', 'DATE_DESC'] as Order[])(
    '%s yields every event exactly once, in date order, undated last',
    async (order) => {
      const paged = await pageThrough(synthetic(), order, 2);
      expect(paged.pages).toBe(EVENT_COUNT / 2);
      expect(new Set(paged.ids).size).toBe(paged.ids.length);
      expect([...paged.ids].sort()).toEqual([...events.keys()].sort());
      expect(paged.totalCounts.every((count) => count === EVENT_COUNT)).toBe(true);
      expectDateOrder(paged.dates, order);
      // Each event shows the date it was given (a month-only date as the first of the month).
      paged.ids.forEach((id, i) => expect({ id, date: paged.dates[i] }).toEqual({ id, date: events.get(id)!.date ?? null }));
      const undated = [...events.values()].filter((event) => !event.date).length;
      expect(paged.dates.slice(-undated).every((date) => date === null)).toBe(true);
      // A total order (date, then id), the same whatever the page size.
      expect(paged.ids).toEqual([...events.keys()].sort(compareEvents(order)));
      expect((await pageThrough(synthetic(), order, 100)).ids).toEqual(paged.ids);
      expect((await pageThrough(synthetic(), order, 7)).ids).toEqual(paged.ids);
    },
    180_000,
  );
});

describe('filters combine: AND across fields, OR within a list', () => {
  const c = (i: number) => idOf(world.countries[i].ref);
  const person = (i: number) => idOf(world.people[i].ref);
  const topic = (i: number) => idOf(world.topics[i].ref);
  const place = (i: number) => idOf(world.places[i].ref);

  const cases: Array<[string, () => Filter]> = [
    [
      'types + countryIds + from/to',
      () => ({ types: ['MEETING', 'SANCTION'], countryIds: [c(0), c(1)], from: '2017-01-01', to: '2019-06-30' }),
    ],
    ['participantIds (people)', () => ({ participantIds: [person(0), person(5)] })],
    ['participantIds (a country taking part; imposing a sanction is not taking part)', () => ({ participantIds: [c(2)] })],
    ['participantIds + types', () => ({ participantIds: [person(1), person(2), person(3)], types: ['SUMMIT', 'OTHER'] })],
    ['topicIds + placeIds', () => ({ topicIds: [topic(1)], placeIds: [place(0), place(2)] })],
    ['topicIds (two)', () => ({ topicIds: [topic(0), topic(3)] })],
    ['placeIds alone', () => ({ placeIds: [place(4)] })],
    ['status', () => ({ countryIds: allCountryIds(), status: 'SCHEDULED' })],
    ['status + types + countryIds', () => ({ countryIds: [c(3)], status: 'OCCURRED', types: ['SANCTION', 'LAUNCH'] })],
    ['text (title or summary, any case)', () => ({ countryIds: allCountryIds(), text: 'HARBOR' })],
    ['text + from', () => ({ countryIds: allCountryIds(), text: 'copper', from: '2018-01-01' })],
    ['from alone leaves out undated events', () => ({ countryIds: allCountryIds(), from: '2018-03-01' })],
    ['to alone leaves out undated events', () => ({ countryIds: allCountryIds(), to: '2016-12-31' })],
    [
      'from = to: one day, month-only dates on the first',
      () => ({ countryIds: allCountryIds(), from: firstMonthDate(), to: firstMonthDate() }),
    ],
    ['empty lists do not filter', () => ({ countryIds: allCountryIds(), types: [], topicIds: [], placeIds: [], participantIds: [] })],
    ['no match at all', () => ({ countryIds: [c(0)], participantIds: [c(1)], types: ['SANCTION'] })],
  ];

  it.each(cases)('%s', async (_name, make) => {
    const filter = make();
    const expected = expectedIds(filter);
    const paged = await pageThrough(filter, 'DATE_ASC', 100);
    expect(new Set(paged.ids).size).toBe(paged.ids.length);
    expect([...paged.ids].sort()).toEqual([...expected].sort());
    expect(paged.totalCounts[0]).toBe(expected.length);
    expect(paged.ids).toEqual([...expected].sort(compareEvents('DATE_ASC')));
  });

  it('the generated world makes these cases meaningful (each non-trivial one selects some but not all)', () => {
    for (const [name, make] of cases.filter(([name]) => !name.startsWith('empty') && !name.startsWith('no match'))) {
      const count = expectedIds(make()).length;
      expect({ name, some: count > 0, notAll: count < EVENT_COUNT }).toEqual({ name, some: true, notAll: true });
    }
    expect(expectedIds(cases.find(([name]) => name.startsWith('no match'))![1]())).toEqual([]);
  });
});

/** A date on which a month-only event and possibly day events fall: the first of some month-only event's month. */
function firstMonthDate(): string {
  return world.events.find((event) => event.datePrecision === 'MONTH')!.date!;
}

describe('people by country, first: 2 at a time', () => {
  const PEOPLE = `query ($filter: PersonFilter, $first: Int, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name } }
    }
  }`;

  async function allPeople(filter: Record<string, unknown>): Promise<{ ids: string[]; names: string[]; totalCount: number }> {
    const out = { ids: [] as string[], names: [] as string[], totalCount: -1 };
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const data: any = await gqlData(app.url, PEOPLE, { filter, first: 2, after });
      out.totalCount = data.people.totalCount;
      for (const edge of data.people.edges) {
        out.ids.push(edge.node.id);
        out.names.push(edge.node.name);
      }
      expect(data.people.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data.people.pageInfo.hasNextPage) break;
      after = data.people.pageInfo.endCursor;
    }
    return out;
  }

  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => {
    const ka = a.name.toLowerCase();
    const kb = b.name.toLowerCase();
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };

  it('every synthetic person exactly once, in name order (case-insensitive)', async () => {
    const found = await allPeople({ countryIds: allCountryIds() });
    const expected = world.people.map((person) => ({ id: idOf(person.ref), name: person.name })).sort(byName);
    expect(found.ids).toEqual(expected.map((person) => person.id));
    expect(found.names).toEqual(expected.map((person) => person.name));
    expect(found.totalCount).toBe(world.people.length);
  });

  it('one country: the people serving it (through their ministry) or representing it', async () => {
    // The second country has a person tied to it only by representing it at an event.
    expect(world.people.some((person) => !person.organizationRef && person.countryRef === world.countries[1].ref)).toBe(true);
    for (const country of world.countries.slice(0, 3)) {
      const found = await allPeople({ countryIds: [idOf(country.ref)] });
      const serving = (person: (typeof world.people)[number]) =>
        person.organizationRef !== undefined &&
        world.organizations.find((org) => org.ref === person.organizationRef)!.countryRef === country.ref;
      const representing = (person: (typeof world.people)[number]) =>
        person.countryRef === country.ref && world.events.some((event) => event.personRefs.includes(person.ref));
      const expected = world.people
        .filter((person) => serving(person) || representing(person))
        .map((person) => ({ id: idOf(person.ref), name: person.name }))
        .sort(byName);
      expect(expected.length).toBeGreaterThan(0);
      expect(found.ids).toEqual(expected.map((person) => person.id));
      expect(found.totalCount).toBe(expected.length);
    }
  });
});

describe('eventStats under the synthetic filter', () => {
  const STATS = `query ($filter: EventFilter, $groupBy: EventGrouping!) {
    eventStats(filter: $filter, groupBy: $groupBy) { key count }
    events(filter: $filter, first: 1) { totalCount }
  }`;
  const countBy = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };

  it('MONTH buckets are the generated months (UNDATED for the rest), in order, summing to totalCount', async () => {
    const filter = { countryIds: allCountryIds() };
    const data = await gqlData(app.url, STATS, { filter, groupBy: 'MONTH' });
    const buckets = data.eventStats as Array<{ key: string; count: number }>;
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(data.events.totalCount);
    expect(data.events.totalCount).toBe(EVENT_COUNT);
    const expected = countBy([...events.values()].map((event) => (event.date ? event.date.slice(0, 7) : 'UNDATED')));
    expect(buckets).toEqual([...expected.keys()].sort().map((key) => ({ key, count: expected.get(key) })));
  });

  it('MONTH buckets of every event (read from the date index and the count store) are what Cypher counts event by event', async () => {
    const data = await gqlData(app.url, STATS, { groupBy: 'MONTH' });
    const rows = await app.graph.read({
      cypher: `MATCH (e:Event)
        WITH CASE WHEN e.date IS NULL THEN 'UNDATED' ELSE substring(toString(e.date), 0, 7) END AS key, count(*) AS count
        RETURN key, count ORDER BY key`,
      params: {},
    });
    expect(rows.map((row) => row.key)).toContain('UNDATED');
    expect(data.eventStats).toEqual(rows.map((row) => ({ key: row.key, count: Number(row.count) })));
    expect(data.eventStats.reduce((sum: number, bucket: { count: number }) => sum + bucket.count, 0)).toBe(data.events.totalCount);
  });

  it('TYPE, COUNTRY and TOPIC buckets are the generated counts; a narrower filter narrows them alike', async () => {
    for (const filter of [
      { countryIds: allCountryIds() },
      { countryIds: allCountryIds(), from: '2017-01-01', to: '2018-12-31', status: 'OCCURRED' },
    ]) {
      const selected = [...events.values()].filter((event) => matches(event, filter));
      const types = (await gqlData(app.url, STATS, { filter, groupBy: 'TYPE' })).eventStats as Array<{ key: string; count: number }>;
      expect(Object.fromEntries(types.map((bucket) => [bucket.key, bucket.count]))).toEqual(
        Object.fromEntries(countBy(selected.map((event) => event.type))),
      );
      const countries = (await gqlData(app.url, STATS, { filter, groupBy: 'COUNTRY' })).eventStats as Array<{ key: string; count: number }>;
      expect(Object.fromEntries(countries.map((bucket) => [bucket.key, bucket.count]))).toEqual(
        Object.fromEntries(countBy(selected.flatMap((event) => countriesOf(event).map(idOf)))),
      );
      const topics = (await gqlData(app.url, STATS, { filter, groupBy: 'TOPIC' })).eventStats as Array<{ key: string; count: number }>;
      expect(Object.fromEntries(topics.map((bucket) => [bucket.key, bucket.count]))).toEqual(
        Object.fromEntries(countBy(selected.flatMap((event) => (event.topicRefs.length > 0 ? event.topicRefs.map(idOf) : ['NONE'])))),
      );
      const months = (await gqlData(app.url, STATS, { filter, groupBy: 'MONTH' })).eventStats as Array<{ key: string; count: number }>;
      expect(months.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(selected.length);
    }
  });
});

describe('search at scale', () => {
  const SEARCH = `query ($query: String!, $kinds: [EntityKind!], $first: Int) { search(query: $query, kinds: $kinds, first: $first) { score node { id } } }`;

  it('kinds finds every match of those kinds, however many nodes of other kinds match as well', async () => {
    // 300 events and the 4 synthetic articles all have "synthetic" in their titles.
    const articles = reports
      .slice(0, ARTICLES)
      .map((report) => report.sourceId)
      .sort();
    for (const first of [50, 10, 4]) {
      const data = await gqlData(app.url, SEARCH, { query: 'synthetic', kinds: ['SOURCE'], first });
      const hits = data.search.map((hit: any) => hit.node.id).sort();
      expect({ first, hits }).toEqual({ first, hits: articles });
    }
    const one = await gqlData(app.url, SEARCH, { query: 'synthetic', kinds: ['SOURCE'], first: 1 });
    expect(one.search).toHaveLength(1);
    expect(articles).toContain(one.search[0].node.id);
    const events = await gqlData(app.url, SEARCH, { query: 'synthetic', kinds: ['EVENT'], first: 50 });
    expect(events.search).toHaveLength(50);
  });
});

describe('relatedEvents at scale', () => {
  const RELATED = `query ($id: ID!, $first: Int) { relatedEvents(eventId: $id, first: $first) { score event { id } reasons { kind weight via { id } } } }`;

  /** Every dated event in the graph (the seed's too), by date then id: where the nearest candidates come from. */
  let dated: Array<{ id: string; date: string }> = [];
  beforeAll(async () => {
    const rows = await app.graph.read({
      cypher: 'MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.id AS id, toString(e.date) AS date',
      params: {},
    });
    dated = rows.map((row) => ({ id: String(row.id), date: String(row.date) }));
    dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });

  /** The `nearby` dated events nearest in time on each side of an event (by date, then id; itself among them). */
  function nearestOf(eventId: string, nearby: number): Set<string> {
    const date = dated.find((event) => event.id === eventId)?.date;
    if (!date) return new Set();
    const after = dated.filter((event) => event.date >= date).slice(0, nearby);
    const before = dated
      .filter((event) => event.date <= date)
      .reverse()
      .slice(0, nearby);
    return new Set([...after, ...before].map((event) => event.id));
  }

  /**
   * The ranking by the documented formula, computed from the generated world: candidates are the events sharing a
   * participant or a source, and the `nearby` nearest in time on each side (sharing a country or topic counts there).
   */
  function expectedRanking(
    eventId: string,
    nearby = NEARBY_EVENTS,
  ): Array<{ id: string; score: number; reasons: Record<string, string[]> }> {
    const self = events.get(eventId)!;
    const nearest = nearestOf(eventId, nearby);
    const articleOf = (id: string) =>
      Math.floor(world.events.findIndex((event) => idOf(event.ref) === id) / Math.ceil(EVENT_COUNT / ARTICLES));
    const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
    const shared = (a: string[], b: string[]) =>
      a
        .filter((x) => b.includes(x))
        .map(idOf)
        .sort();
    const ranked = [...events.values()]
      .filter((other) => other.id !== eventId)
      .map((other) => {
        const reasons: Record<string, string[]> = {};
        const people = shared(self.personRefs, other.personRefs);
        const countries = shared(countriesOf(self), countriesOf(other));
        const topics = shared(self.topicRefs, other.topicRefs);
        if (people.length) reasons.SHARED_PARTICIPANT = people;
        if (countries.length) reasons.SHARED_COUNTRY = countries;
        if (topics.length) reasons.SHARED_TOPIC = topics;
        if (articleOf(other.id) === articleOf(eventId)) reasons.SAME_SOURCE = [reports[articleOf(eventId)].sourceId];
        const candidate = people.length > 0 || reasons.SAME_SOURCE !== undefined || nearest.has(other.id);
        const linked = candidate && Object.keys(reasons).length > 0;
        let score = 3 * people.length + countries.length + topics.length + (reasons.SAME_SOURCE ? 0.5 : 0);
        const apart = self.date && other.date ? days(self.date, other.date) : null;
        if (apart !== null && apart <= 30) {
          const weight = Math.round(2 * (1 - apart / 30) * 100) / 100;
          if (weight > 0) {
            reasons.NEAR_IN_TIME = [];
            score += weight;
          }
        }
        return { id: other.id, score: Math.round(score * 100) / 100, reasons, apart: apart ?? Number.MAX_SAFE_INTEGER, linked };
      })
      .filter((item) => item.linked);
    ranked.sort((a, b) => b.score - a.score || a.apart - b.apart || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return ranked.map(({ id, score, reasons }) => ({ id, score, reasons }));
  }

  it.each([0, 1, 57, 150, 299])('event %i: the top 50 by score, with exactly the shared nodes as reasons', async (index) => {
    const id = idOf(world.events[index].ref);
    const data = await gqlData(app.url, RELATED, { id, first: 50 });
    const got = data.relatedEvents.map((item: any) => ({
      id: item.event.id,
      score: item.score,
      reasons: Object.fromEntries(item.reasons.map((reason: any) => [reason.kind, reason.via.map((node: any) => node.id)])),
    }));
    expect(got).toEqual(expectedRanking(id).slice(0, 50));
  });

  it.each([0, 57, 150, 299])('event %i with 15 nearest events each side: hub-only candidates come from those alone', async (index) => {
    const id = idOf(world.events[index].ref);
    const [row] = await app.graph.read(relatedEventsQuery([id], 50, 15));
    const got = (row.related as Array<{ event: { id: string }; score: number }>).map((item) => ({ id: item.event.id, score: item.score }));
    expect(got).toEqual(
      expectedRanking(id, 15)
        .slice(0, 50)
        .map((item) => ({ id: item.id, score: item.score })),
    );
  });
});

describe('graph views at scale', () => {
  const SOURCE_TYPES = ['MENTIONS', 'WRITTEN_BY', 'PUBLISHED_BY'];
  const HOOD = `query ($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { id kind distance } edges { type from to } }
  }`;

  /** Every node within `depth` fact hops of a node, with its distance, by Cypher. */
  async function within(id: string, depth: number): Promise<Map<string, number>> {
    const rows = await app.graph.read({
      cypher: `MATCH path = (s:Entity {id: $id})-[*1..${depth}]-(m:Entity)
               WHERE m <> s AND none(r IN relationships(path) WHERE type(r) IN $sourceTypes)
               RETURN m.id AS id, min(length(path)) AS distance`,
      params: { id, sourceTypes: SOURCE_TYPES },
    });
    return new Map(rows.map((row) => [row.id as string, Number(row.distance)]));
  }

  it('neighborhood of a synthetic country, depth 2: exactly the nodes within 2 hops, each at its distance', async () => {
    const id = idOf(world.countries[0].ref);
    const expected = await within(id, 2);
    expect(expected.size).toBeGreaterThan(100);
    expect(expected.size).toBeLessThan(1000);
    const found = (await gqlData(app.url, HOOD, { id, depth: 2, limit: 1000 })).neighborhood;
    expect(found.truncated).toBe(false);
    expect(found.nodes[0]).toMatchObject({ id, distance: 0 });
    const got = new Map<string, number>(found.nodes.slice(1).map((node: any) => [node.id, node.distance]));
    expect(got.size).toBe(found.nodes.length - 1);
    expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...expected].sort()));
    const ids = new Set(found.nodes.map((node: any) => node.id));
    for (const edge of found.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
  });

  it('a limit below the neighborhood cuts it nearest first and says so', async () => {
    const id = idOf(world.countries[0].ref);
    const expected = await within(id, 2);
    const found = (await gqlData(app.url, HOOD, { id, depth: 2, limit: 50 })).neighborhood;
    expect(found.nodes).toHaveLength(50);
    expect(found.truncated).toBe(true);
    const distances = found.nodes.map((node: any) => node.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    for (const node of found.nodes.slice(1))
      expect({ id: node.id, distance: expected.get(node.id) }).toEqual({ id: node.id, distance: node.distance });
  });

  it('shortestPath between two synthetic people has the length Cypher finds, through no source', async () => {
    const from = idOf(world.people[0].ref);
    const to = idOf(world.people[world.people.length - 1].ref);
    const [row] = await app.graph.read({
      cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
               MATCH p = shortestPath((a)-[*..10]-(b)) WHERE none(r IN relationships(p) WHERE type(r) IN $sourceTypes)
               RETURN length(p) AS length`,
      params: { from, to, sourceTypes: SOURCE_TYPES },
    });
    const data = await gqlData(
      app.url,
      'query ($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to, maxHops: 10) { length nodes { id kind } edges { type from to } } }',
      {
        from,
        to,
      },
    );
    const path = data.shortestPath;
    expect(path.length).toBe(Number(row.length));
    expect(path.nodes[0].id).toBe(from);
    expect(path.nodes[path.nodes.length - 1].id).toBe(to);
    path.edges.forEach((edge: any, i: number) => {
      expect([edge.from, edge.to].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
      expect(SOURCE_TYPES).not.toContain(edge.type);
    });
    expect(path.nodes.every((node: any) => node.kind !== 'SOURCE')).toBe(true);
  });
});

describe('keyset cursors stay correct while the graph grows', () => {
  it.each(['DATE_ASC', 'DATE_DESC'] as Order[])(
    '%s: after new events are ingested before and after the cursor, continuing skips and repeats nothing',
    async (order) => {
      const filter: Filter = { countryIds: allCountryIds() };
      const before = (await pageThrough(filter, order, 100)).ids;
      expect(before).toHaveLength(events.size);

      const firstPage = await gqlData(app.url, EVENTS, { filter, orderBy: order, first: 100 });
      const seen: string[] = firstPage.events.edges.map((edge: any) => edge.node.id);
      expect(seen).toEqual(before.slice(0, 100));
      const cursor = firstPage.events.pageInfo.endCursor as string;
      const cursorEvent = events.get(seen[seen.length - 1])!;
      expect(cursorEvent.date).toBeDefined();

      // New events: before everything, after everything, undated, and on the cursor's own day on either side of its id.
      const tag = order === 'DATE_ASC' ? 'asc' : 'desc';
      const day = cursorEvent.date!;
      const fresh: SynEvent[] = [
        { date: '2014-02-03', slug: `new-${tag}-earliest` },
        { date: '2022-10-11', slug: `new-${tag}-latest` },
        { date: undefined, slug: `new-${tag}-undated` },
        { date: day, slug: `aaa-new-${tag}-same-day` },
        { date: day, slug: `zzz-new-${tag}-same-day` },
      ].reduce<SynEvent[]>((made, { date, slug }) => {
        const event: SynEvent = {
          ref: `syn-${slug}`,
          slug,
          title: `Synthetic meeting ${slug}`,
          type: 'MEETING',
          status: 'OCCURRED',
          date,
          datePrecision: date ? 'DAY' : undefined,
          countryRefs: [],
          personRefs: [],
          topicRefs: [],
        };
        // A type and one country taking part, chosen so that the ingester cannot take it for an event already there.
        const known = [...events.values(), ...made];
        const choices = EVENT_TYPES.filter((type) => type !== 'SANCTION').flatMap((type) =>
          world.countries.map((country) => ({ type, countryRefs: [country.ref] })),
        );
        const apart = choices.find((choice) => !known.some((other) => sameRealEvent({ ...event, ...choice }, other)));
        if (!apart) throw new Error(`no type and country keep ${slug} apart from the events already there`);
        return [...made, { ...event, ...apart }];
      }, []);
      const report = await ingestArticle(articleFor(world, fresh, `${SYNTHETIC_SOURCE_PREFIX} late additions ${tag}`));
      expect(report.created.filter((node) => node.kind === 'EVENT')).toHaveLength(fresh.length);
      rememberEvents(fresh);
      const freshIds = fresh.map((event) => idOf(event.ref));
      // The same-day ids fall on either side of the cursor's id.
      expect(freshIds[3] < cursorEvent.id).toBe(true);
      expect(freshIds[4] > cursorEvent.id).toBe(true);

      const rest = await pageThrough(filter, order, 2, cursor);
      expect(new Set(rest.ids).size).toBe(rest.ids.length);
      expect(rest.totalCounts.every((count) => count === events.size)).toBe(true);
      // Nothing of the first page again, and every event that existed after the cursor, once, in the same order.
      expect(rest.ids.filter((id) => seen.includes(id))).toEqual([]);
      expect(rest.ids.filter((id) => !freshIds.includes(id))).toEqual(before.slice(100));
      // The new events after the cursor appear in their place; those before it do not.
      const compare = compareEvents(order);
      const freshAfter = freshIds.filter((id) => compare(id, cursorEvent.id) > 0);
      const freshBefore = freshIds.filter((id) => compare(id, cursorEvent.id) < 0);
      expect(freshAfter.length).toBeGreaterThanOrEqual(3);
      expect(freshBefore.length).toBeGreaterThanOrEqual(2);
      expect(rest.ids.filter((id) => freshIds.includes(id)).sort()).toEqual([...freshAfter].sort());
      for (const id of freshBefore) expect(rest.ids).not.toContain(id);
      expect(rest.ids).toEqual([...before.slice(100), ...freshAfter].sort(compare));
    },
    180_000,
  );
});
