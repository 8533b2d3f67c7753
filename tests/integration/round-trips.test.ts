import { RunningApp } from '../../src/app';
import { IngestService } from '../../src/ingest/ingest.service';
import { IngestReport } from '../../src/ingest/ingest-report.type';
import { gql, graphCounts, startTestApp } from '../helpers/test-app';

/**
 * The N+1 test: a nested query costs the same number of Cypher round trips whether it returns 5 rows or 50.
 *
 * It ingests, through the real IngestService, one synthetic article of 60 meetings, each with 2 or 3 of 6 envoys
 * (representing existing countries), a topic and a place; 40 people in all (the envoys and 34 staff), each holding a
 * position in a synthetic agency. Everything it adds has an id containing `roundtrip-probe` and is deleted in afterAll,
 * so the seed-exact assertions of the other files hold in any order.
 */
let app: RunningApp;
let before: { nodes: number; relationships: number; evidence: number };
let report: IngestReport;

const TAG = 'roundtrip-probe';
const EVENTS = 60;
const PEOPLE = 40;
const ENVOYS = 6;
const PLACES = 5;
const TOPICS = 3;
const COUNTRIES = ['country:KOR', 'country:USA', 'country:JPN'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const personName = (i: number) => `Roundtrip Probe Person P${pad(i, 2)}`;
const eventTitle = (j: number) => `Roundtrip Probe Meeting M${pad(j, 3)}`;
const placeName = (k: number) => `Roundtrip Probe City C${k}`;
const topicName = (t: number) => `Roundtrip Probe Topic T${t}`;
const AGENCY = 'Roundtrip Probe Agency';
const dateOf = (j: number) => new Date(Date.UTC(2031, 0, 1) + j * 86_400_000).toISOString().slice(0, 10);
/** The envoys of meeting j: 2 or 3 of the 6, varying with j. */
const envoysOf = (j: number) => Array.from({ length: 2 + (j % 2) }, (_, n) => 1 + ((j + n) % ENVOYS));
const countryOf = (envoy: number) => COUNTRIES[envoy % COUNTRIES.length];

/** One article whose text contains every quote its extraction uses. */
function syntheticArticle(): unknown {
  const lines: string[] = [`${AGENCY} staff list and meeting log.`];
  for (let i = 1; i <= PEOPLE; i += 1) lines.push(`${personName(i)} serves as Probe Officer P${pad(i, 2)} at the ${AGENCY}.`);
  for (let k = 1; k <= PLACES; k += 1) lines.push(`${placeName(k)} is a city.`);
  for (let t = 1; t <= TOPICS; t += 1) lines.push(`${topicName(t)} is a subject.`);
  for (let j = 1; j <= EVENTS; j += 1) {
    lines.push(`${eventTitle(j)} was held in ${placeName(1 + (j % PLACES))} on ${dateOf(j)} about ${topicName(1 + (j % TOPICS))}.`);
    for (const envoy of envoysOf(j)) lines.push(`${personName(envoy)} attended ${eventTitle(j)}.`);
  }
  const text = lines.join('\n');

  const entities = [
    ...Array.from({ length: PEOPLE }, (_, n) => ({
      ref: `p${n + 1}`,
      kind: 'PERSON',
      name: personName(n + 1),
      evidence: [{ quote: `${personName(n + 1)} serves as` }],
    })),
    { ref: 'agency', kind: 'ORGANIZATION', orgKind: 'AGENCY', name: AGENCY, evidence: [{ quote: `at the ${AGENCY}` }] },
    ...Array.from({ length: PLACES }, (_, n) => ({
      ref: `c${n + 1}`,
      kind: 'PLACE',
      placeKind: 'CITY',
      name: placeName(n + 1),
      evidence: [{ quote: `${placeName(n + 1)} is a city` }],
    })),
    ...Array.from({ length: TOPICS }, (_, n) => ({
      ref: `t${n + 1}`,
      kind: 'TOPIC',
      name: topicName(n + 1),
      evidence: [{ quote: `${topicName(n + 1)} is a subject` }],
    })),
  ];
  const events = Array.from({ length: EVENTS }, (_, n) => {
    const j = n + 1;
    return {
      ref: `m${j}`,
      title: eventTitle(j),
      type: 'MEETING',
      date: dateOf(j),
      dateText: dateOf(j),
      summary: `Synthetic meeting ${j} of the round-trip test.`,
      evidence: [{ quote: `${eventTitle(j)} was held` }, { quote: `on ${dateOf(j)}`, supports: 'date' }],
    };
  });
  const relations = [
    ...Array.from({ length: PEOPLE }, (_, n) => ({
      type: 'HOLDS_POSITION',
      from: `p${n + 1}`,
      to: 'agency',
      title: `Probe Officer P${pad(n + 1, 2)}`,
      evidence: [{ quote: `${personName(n + 1)} serves as Probe Officer P${pad(n + 1, 2)}`, supports: 'title' }],
    })),
    ...Array.from({ length: EVENTS }, (_, n) => {
      const j = n + 1;
      return [
        {
          type: 'HELD_IN',
          from: `m${j}`,
          to: `c${1 + (j % PLACES)}`,
          evidence: [{ quote: `${eventTitle(j)} was held in ${placeName(1 + (j % PLACES))}` }],
        },
        { type: 'ADDRESSES', from: `m${j}`, to: `t${1 + (j % TOPICS)}`, evidence: [{ quote: `about ${topicName(1 + (j % TOPICS))}.` }] },
        ...envoysOf(j).map((envoy) => ({
          type: 'PARTICIPATED_IN',
          from: `p${envoy}`,
          to: `m${j}`,
          role: 'ATTENDEE',
          title: `Probe Officer P${pad(envoy, 2)}`,
          representing: countryOf(envoy),
          evidence: [{ quote: `${personName(envoy)} attended ${eventTitle(j)}.` }],
        })),
      ];
    }).flat(),
  ];
  return {
    source: {
      title: 'Roundtrip Probe Article',
      publisher: 'Roundtrip Probe Press',
      capturedAt: '2031-04-01',
      text,
    },
    entities,
    events,
    relations,
  };
}

async function removeProbe(): Promise<void> {
  await app.graph.write({ cypher: 'MATCH (n:Entity) WHERE n.id CONTAINS $tag DETACH DELETE n', params: { tag: TAG } });
}

beforeAll(async () => {
  app = await startTestApp();
  await removeProbe(); // leftovers of an interrupted run
  before = await graphCounts(app);
  report = await new IngestService(app.graph).ingest(syntheticArticle());
});

afterAll(async () => {
  try {
    await removeProbe();
    const after = await graphCounts(app);
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      throw new Error(`round-trips cleanup left the graph changed: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
    }
  } finally {
    await app.stop();
  }
});

const EVENTS_QUERY = `
  query ($first: Int) {
    events(first: $first, filter: { text: "Roundtrip Probe Meeting" }) {
      totalCount
      edges { node {
        id title date
        participants { role title person { name } representing { name } }
        countries { name }
        topics { name }
        location { name country { name } }
        evidence { quote source { title } }
      } }
    }
  }`;

const PEOPLE_QUERY = `
  query ($first: Int) {
    people(first: $first) {
      totalCount
      edges { node {
        id name
        positions { title from until organization { name } country { name } evidence { quote source { title } } }
        participations { role title event { title date location { name } } representing { name } }
      } }
    }
  }`;

async function run(query: string, first: number) {
  const response = await gql(app.url, query, { first });
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  const roundTrips = response.extensions?.cypherRoundTrips;
  expect(typeof roundTrips).toBe('number');
  return { data: response.data as Record<string, any>, roundTrips: roundTrips as number };
}

describe('the synthetic article', () => {
  it('was ingested whole: 110 new nodes, every relationship, under ids marked roundtrip-probe', async () => {
    expect(report.created).toHaveLength(1 + PEOPLE + 1 + PLACES + TOPICS + EVENTS);
    expect(report.merged).toEqual([]);
    expect(report.created.every((node) => node.id.includes(TAG))).toBe(true);
    const participations = Array.from({ length: EVENTS }, (_, n) => envoysOf(n + 1).length).reduce((a, b) => a + b, 0);
    expect(participations).toBe(150);
    expect(report.relationsCreated).toBe(PEOPLE + EVENTS * 2 + participations);
    expect(report.sourceId).toBe('source:roundtrip-probe-article');
    const [row] = await app.graph.read({
      cypher: 'MATCH (e:Event) WHERE e.id CONTAINS $tag RETURN count(e) AS events, min(e.date) AS first, max(e.date) AS last',
      params: { tag: TAG },
    });
    expect({ events: Number(row.events), first: row.first, last: row.last }).toEqual({
      events: 60,
      first: '2031-01-02',
      last: '2031-03-02',
    });
  });
});

describe('round trips do not grow with the page size', () => {
  it('events with participants, countries, topics, location and evidence: first 5 and first 50 cost the same', async () => {
    const five = await run(EVENTS_QUERY, 5);
    const fifty = await run(EVENTS_QUERY, 50);

    expect(five.data.events.totalCount).toBe(EVENTS);
    expect(five.data.events.edges).toHaveLength(5);
    expect(fifty.data.events.edges).toHaveLength(50);
    const nodes = fifty.data.events.edges.map((edge: any) => edge.node);
    expect(nodes[0].title).toBe(eventTitle(1));
    expect(nodes[49].title).toBe(eventTitle(50));
    for (const [index, node] of nodes.entries()) {
      const j = index + 1;
      expect(node.participants.map((p: any) => p.person.name).sort()).toEqual(envoysOf(j).map(personName).sort());
      expect(node.participants.every((p: any) => ['South Korea', 'United States', 'Japan'].includes(p.representing.name))).toBe(true);
      expect(node.topics).toEqual([{ name: topicName(1 + (j % TOPICS)) }]);
      expect(node.location).toEqual({ name: placeName(1 + (j % PLACES)), country: null });
      expect(node.evidence.map((e: any) => e.source.title)).toEqual(['Roundtrip Probe Article', 'Roundtrip Probe Article']);
    }
    expect(nodes.reduce((sum: number, node: any) => sum + node.participants.length, 0)).toBe(125);

    expect(fifty.roundTrips).toBe(five.roundTrips);
    // One query per kind of thing asked: the page, its count, and one batch per link and per node lookup.
    expect(five.roundTrips).toBeLessThanOrEqual(10);
  });

  it('all 60 events (first 100) still cost the same', async () => {
    const five = await run(EVENTS_QUERY, 5);
    const all = await run(EVENTS_QUERY, 100);
    expect(all.data.events.edges).toHaveLength(60);
    expect(all.roundTrips).toBe(five.roundTrips);
  });

  it('people with positions and participations: first 5 and first 50 cost the same', async () => {
    const five = await run(PEOPLE_QUERY, 5);
    const fifty = await run(PEOPLE_QUERY, 50);

    expect(five.data.people.totalCount).toBe(11 + PEOPLE);
    expect(five.data.people.edges.map((edge: any) => edge.node.name)).toEqual([
      'Akiba Takeo',
      'Cho Tae-yong',
      'Esther Chung',
      'Fumio Kishida',
      'Hideo Ishizuki',
    ]);
    const people = fifty.data.people.edges.map((edge: any) => edge.node);
    expect(people).toHaveLength(50);
    const probes = people.filter((person: any) => person.id.includes(TAG));
    expect(probes).toHaveLength(PEOPLE);
    for (const person of probes) {
      const number = person.name.slice(-2);
      expect(person.positions).toEqual([
        {
          title: `Probe Officer P${number}`,
          from: null,
          until: null,
          organization: { name: AGENCY },
          country: null,
          evidence: [{ quote: `${person.name} serves as Probe Officer P${number}`, source: { title: 'Roundtrip Probe Article' } }],
        },
      ]);
    }
    const envoys = probes.filter((person: any) => person.participations.length > 0);
    expect(envoys.map((person: any) => person.name)).toEqual(Array.from({ length: ENVOYS }, (_, n) => personName(n + 1)));
    expect(envoys.reduce((sum: number, person: any) => sum + person.participations.length, 0)).toBe(150);
    expect(people.find((person: any) => person.name === 'Jung Pak').participations).toHaveLength(1);

    expect(fifty.roundTrips).toBe(five.roundTrips);
    expect(five.roundTrips).toBeLessThanOrEqual(12);
  });
});
