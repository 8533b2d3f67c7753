import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execute, GraphQLSchema, parse } from 'graphql';
import { RunningApp } from '../../src/app';
import { accessOf } from '../../src/auth/access';
import { EVENT_DETAIL, EVENTS_PAGE, PERSON } from '../../tools/bench/bench.queries';
import { createContext, RequestContext } from '../../src/context';
import { decodeEvidence, evidenceSourceIdCypher } from '../../src/graph/evidence';
import { NodeRecord } from '../../src/graph/values';
import { projectRoot } from '../../src/project-root';
import { buildAppSchema } from '../../src/schema/build-schema';
import { LINKS } from '../../src/schema/links';
import { LinkRow } from '../../src/graph/loaders';
import { prefetchQuery } from '../../src/prefetch/prefetch.cypher';
import { emptyPlan, NodePlan } from '../../src/prefetch/prefetch.plan';
import { eventsPageStatementOf, pageShipOf, prefetchStatementOf } from '../helpers/prefetch-statements';
import { pageQuery } from '../../src/common/page-reader';
import { SOURCE_LIST } from '../../src/node/node.service';
import { EventOrder } from '../../src/common/enums';
import { gql, graphCounts, startTestApp } from '../helpers/test-app';

/**
 * The prefetcher answers a selection from one Cypher query instead of the loaders' waves: the answers must be the
 * same, to the byte, as those of the loaders alone, for every document an analyst or a dashboard sends.
 */
const TOKYO = 'event:2023-12-07-tokyo-cyber-working-group-launch';
const KOREA_SANCTION_QUERY = `query { events(filter: { types: [SANCTION], countryIds: ["country:KOR"] }, first: 10) { totalCount edges { node { id targetings { count target { id } evidence { quote source { id } } } } } } }`;

/** Documents with the variables to run them with: the shapes the prefetcher must get right. */
const DOCUMENTS: Array<[string, string, Record<string, unknown>]> = [
  ['bench event detail', EVENT_DETAIL.document, { id: TOKYO }],
  ['bench events page', EVENTS_PAGE.document, { countryId: 'country:KOR', first: 50 }],
  ['bench person', PERSON.document, { id: 'person:jung-pak' }],
  [
    'fragments, aliases, directives and nesting below the prefetch depth',
    `query Deep($id: ID!, $withTopics: Boolean!, $skipSources: Boolean!) {
      event(id: $id) {
        ...Core
        topics @include(if: $withTopics) { name events { id topics { id events { id title } } } }
        sources @skip(if: $skipSources) { id }
        a: participants { person { id } }
        b: participants { role representing { id name events { id } } person { ...Named positions { title country { id } organization { id country { id } } } } }
        dateClaims { date evidence { quote source { id title publisher } } }
      }
    }
    fragment Core on Event { id title location { id country { id name } } countries { id } }
    fragment Named on Person { name aliases evidence { quote start end source { id } } }`,
    { id: TOKYO, withTopics: true, skipSources: true },
  ],
  [
    'interfaces and wrappers without a node type',
    `query { event(id: "event:2023-12-01-south-korea-sanctions-satellite-developers") { targets { id kind ... on Organization { name country { id } } } targetings { count target { id } evidence { quote source { id } } } targetCount imposedBy { id } followsUp { id followedBy { id } } } }`,
    {},
  ],
  ['sanctions page with targetings', KOREA_SANCTION_QUERY, {}],
  [
    'organization, country, place, topic and source roots',
    `query {
      organization(id: "organization:trilateral-working-group-on-north-korean-cyber-threats") { id name country { id } parent { id } children { id } people { id } positions { title person { id } } establishedBy { id participants { person { id } } } events { id } evidence { quote source { id } } }
      country(id: "country:JPN") { id name events { id } people { id } organizations { id } places { id } sanctionsImposed { id } sanctionsReceived { id } }
      place(id: "place:tokyo") { id name country { id } events { id title } }
      topic(id: "topic:hacking") { id name events { id title } }
      source(id: "source:s-korea-us-japan-meet-on-n-korea-s-cyber-threats-yonhap-via") { id title text mentions { id } writtenBy { id } publishedBy { id } }
    }`,
    {},
  ],
  [
    'a person through participations, titles and evidence of relationships',
    `query { person(id: "person:jung-pak") { participations { role title titles { value evidence { quote source { id } } } evidence { quote source { id title } } representing { id name } event { id title } } positions { from until evidence { source { id } } } } }`,
    {},
  ],
  [
    'pages of people, organizations and sources reading heavy properties (texts, evidence)',
    `query { sources(first: 2) { edges { node { id title text publisher } } } people(first: 3) { edges { node { name aliases evidence { quote } } } } organizations(first: 2) { edges { node { name kind } } } }`,
    {},
  ],
  [
    'connections of people, organizations and sources',
    `query { people(first: 5) { totalCount edges { cursor node { id country { id } events { id } } } } organizations(first: 3) { edges { node { id people { id } } } } sources(first: 3) { edges { node { id mentions { id } } } } }`,
    {},
  ],
  [
    'a cycle deeper than the prefetch: loaders reuse what the prefetch shipped, with what deeper fields read',
    `query { person(id: "person:jung-pak") { events { id participants { person { id events { id participants { role person { name participations { role title titles { value } event { summary dateText } } } } } } } } } }`,
    {},
  ],
  [
    'only a count read from the relationships',
    `query { event(id: "event:2023-12-01-south-korea-sanctions-satellite-developers") { targetCount } }`,
    {},
  ],
  ['an id of another kind', `query { event(id: "person:jung-pak") { id participants { role } } }`, {}],
  ['an unknown id', `query { person(id: "nobody") { id events { id } } }`, {}],
];

let app: RunningApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await startTestApp();
  schema = await buildAppSchema();
});
afterAll(async () => {
  await app.stop();
});

/** A context whose prefetcher does nothing: every field loads through the batched loaders, as before prefetching. */
function loadersOnlyContext(): RequestContext {
  return createContext(app.graph, accessOf(undefined, []), { prefetch: false });
}

async function run(document: string, variables: Record<string, unknown>, context: RequestContext) {
  const result = await execute({ schema, document: parse(document), variableValues: variables, contextValue: context });
  return { result: JSON.parse(JSON.stringify(result)), roundTrips: context.graph.roundTrips };
}

describe('prefetched selections', () => {
  it.each(DOCUMENTS)('%s: the same answer as the loaders alone, in no more round trips', async (_name, document, variables) => {
    const prefetched = await run(document, variables, createContext(app.graph, accessOf(undefined, [])));
    const loaded = await run(document, variables, loadersOnlyContext());
    expect(prefetched.result.errors).toBeUndefined();
    expect(prefetched.result).toEqual(loaded.result);
    expect(prefetched.roundTrips).toBeLessThanOrEqual(loaded.roundTrips);
  });

  it('keeps what it fetched at hand: the fields below answer with values, not promises, and the rest is loaded', async () => {
    const context = createContext(app.graph, accessOf(undefined, []));
    const { result, roundTrips } = await run(EVENT_DETAIL.document, { id: TOKYO }, context);
    expect(result.errors).toBeUndefined();
    expect(roundTrips).toBe(1);
    const participants = context.loaders.rows(LINKS.eventParticipants, TOKYO);
    expect(Array.isArray(participants)).toBe(true);
    expect((participants as LinkRow[]).map((row) => row.node.id).sort()).toEqual([
      'person:hideo-ishizuki',
      'person:jung-pak',
      'person:lee-joon-il',
    ]);
    const represented = (participants as LinkRow[]).map((row) => context.loaders.node(String(row.rel?.representing)));
    expect(represented.map((country) => (country as NodeRecord).kind)).toEqual(['COUNTRY', 'COUNTRY', 'COUNTRY']);
    // Not fetched for this document: loaded (batched) as before, a promise.
    const location = context.loaders.rows(LINKS.eventLocation, TOKYO);
    expect(location).toBeInstanceOf(Promise);
    expect((await location).map((row) => row.node.kind)).toEqual(['PLACE']);
  });

  it('answers the dashboard point lookups in one Cypher query over HTTP', async () => {
    const detail = await gql(app.url, EVENT_DETAIL.document, { id: TOKYO });
    expect(detail.data?.event.participants.map((p: any) => p.person.id).sort()).toEqual([
      'person:hideo-ishizuki',
      'person:jung-pak',
      'person:lee-joon-il',
    ]);
    expect(detail.data?.event.evidence.every((e: any) => typeof e.source.title === 'string')).toBe(true);
    expect(detail.extensions?.cypherRoundTrips).toBe(1);
    const person = await gql(app.url, PERSON.document, { id: 'person:jung-pak' });
    expect(person.data?.person.positions.map((p: any) => p.title)).toContain('Deputy Special Representative for the DPRK');
    expect(person.extensions?.cypherRoundTrips).toBe(1);
  });

  it('reuses what it derived from a document only for the same values of the variables its directives read', async () => {
    // Apollo hands every request of this document the same parsed AST: the prefetcher's memo is keyed on it.
    const document = `query Switches($id: ID!, $withPeople: Boolean!, $skipTopics: Boolean!) {
      event(id: $id) { id participants @include(if: $withPeople) { role person { id } } topics @skip(if: $skipTopics) { id } }
    }`;
    const cases: Array<[string, boolean, boolean]> = [
      [TOKYO, true, false],
      [TOKYO, false, false],
      [TOKYO, true, true],
      ['event:2023-12-01-south-korea-sanctions-satellite-developers', true, false],
      [TOKYO, false, true],
      [TOKYO, true, false],
    ];
    for (const [id, withPeople, skipTopics] of cases) {
      const variables = { id, withPeople, skipTopics };
      const response = await gql(app.url, document, variables);
      const loaded = await run(document, variables, loadersOnlyContext());
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(loaded.result.data);
      expect(response.data?.event.id).toBe(id);
      expect('participants' in response.data!.event).toBe(withPeople);
      expect('topics' in response.data!.event).toBe(!skipTopics);
      expect(response.extensions?.cypherRoundTrips).toBe(1);
    }
    const tokyo = await gql(app.url, document, { id: TOKYO, withPeople: true, skipTopics: false });
    expect(tokyo.data?.event.participants.map((p: any) => p.person.id).sort()).toEqual([
      'person:hideo-ishizuki',
      'person:jung-pak',
      'person:lee-joon-il',
    ]);
  });

  it('ships of a relationship only the properties the selected wrapper fields read', async () => {
    const shippedRelationships = async (document: string) => {
      const statement = await prefetchStatementOf(schema, document, { id: TOKYO }, [TOKYO]);
      const [row] = await app.graph.read(statement);
      return (row.fetched as any).links.eventParticipants.map((link: { rel: Record<string, unknown> }) => link.rel);
    };
    // The event's own evidence is selected, the participations' is not: their quotes stay in Neo4j.
    const light = await shippedRelationships(EVENT_DETAIL.document);
    expect(light).toHaveLength(3);
    for (const rel of light) {
      // Exactly what Participation's selected fields read: its node field (`person`) is no relationship property.
      expect(Object.keys(rel).sort()).toEqual(['representing', 'role', 'title']);
      expect(typeof rel.role).toBe('string');
    }
    // Nor are link fields (Event.participants, countries, topics) properties of the nodes they hang from.
    const { cypher } = await prefetchStatementOf(schema, EVENT_DETAIL.document, { id: TOKYO }, [TOKYO]);
    expect(cypher).toContain('.datePrecision');
    expect(cypher).not.toMatch(/\.(participants|countries|topics|person)\b/);
    const withEvidence = await shippedRelationships(
      `query ($id: ID!) { event(id: $id) { participants { titles { value } person { id } } } }`,
    );
    expect(withEvidence.every((rel: Record<string, unknown>) => Array.isArray(rel.evidence) && typeof rel.title === 'string')).toBe(true);
    expect(withEvidence.every((rel: Record<string, unknown>) => !('role' in rel))).toBe(true);
  });

  it('ships search hits with only what the operation reads, with the answers whole nodes give', async () => {
    const document = `{ search(query: "Korea", first: 20) { score matched node { __typename id
      ... on Person { name aliases evidence { quote source { id } } positions { title } }
      ... on Event { title date dateClaims { date evidence { quote } } participants { role person { name } } }
      ... on Organization { name kind country { id name } }
      ... on Country { name nativeNames }
      ... on Source { title publisher } } } }`;
    const light = await run(document, {}, createContext(app.graph, accessOf(undefined, [])));
    const wholeContext = createContext(app.graph, accessOf(undefined, []));
    const service = wholeContext.search;
    const whole = await run(
      document,
      {},
      { ...wholeContext, search: { search: (text, kinds, first) => service.search(text, kinds, first) } as RequestContext['search'] },
    );
    expect(light.result.errors).toBeUndefined();
    expect(light.result).toEqual(whole.result);
    const types = new Set(light.result.data.search.map((hit: any) => hit.node.__typename));
    expect(types.has('Country') && types.has('Organization')).toBe(true);
    expect(light.result.data.search.some((hit: any) => hit.node.country?.name)).toBe(true);
  });

  it('ships the nodes of a keyset page (sources, people, organizations) with only what the operation reads', async () => {
    const page = async (document: string) =>
      (await app.graph.read(pageQuery(SOURCE_LIST, 5, null, await pageShipOf(schema, document, {})))).map((row) => row.n as NodeRecord);
    const light = await page(`{ sources(first: 5) { edges { node { id title } } } }`);
    expect(light.length).toBeGreaterThan(1);
    for (const source of light) {
      expect(source.kind).toBe('SOURCE');
      expect(typeof source.title).toBe('string');
      expect(source).not.toHaveProperty('text');
      expect(source).not.toHaveProperty('evidence');
    }
    const withText = await page(`{ sources(first: 5) { edges { node { id text } } } }`);
    expect(withText.map((source) => source.id)).toEqual(light.map((source) => source.id));
    expect(withText.every((source) => typeof source.text === 'string' && source.text.length > 0)).toBe(true);
  });

  it('ships the events of a page with only the properties the operation reads of events', async () => {
    const statement = await eventsPageStatementOf(
      schema,
      EVENTS_PAGE.document,
      { countryId: 'country:KOR', first: 50 },
      { countryIds: ['country:KOR'] },
      EventOrder.DATE_DESC,
      50,
    );
    const rows = await app.graph.read(statement);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      const event = row.e as NodeRecord;
      expect(event.kind).toBe('EVENT');
      expect(typeof event.title).toBe('string');
      expect(event).not.toHaveProperty('evidence');
      expect(event).not.toHaveProperty('summary');
    }
  });

  it('answers an events page with nested participants in two statements sent together (page with its prefetch, count)', async () => {
    const small = await gql(app.url, EVENTS_PAGE.document, { countryId: 'country:KOR', first: 2 });
    const large = await gql(app.url, EVENTS_PAGE.document, { countryId: 'country:KOR', first: 100 });
    expect(large.data?.events.edges.length).toBeGreaterThan(2);
    expect(small.extensions?.cypherRoundTrips).toBe(2);
    expect(large.extensions?.cypherRoundTrips).toBe(2);
  });

  it('answers every example operation as the loaders do', async () => {
    const folder = join(projectRoot(), 'schema', 'examples');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.graphql'))) {
      const document = readFileSync(join(folder, file), 'utf8');
      const prefetched = await run(document, {}, createContext(app.graph, accessOf(undefined, [])));
      const loaded = await run(document, {}, loadersOnlyContext());
      expect({ file, result: prefetched.result }).toEqual({ file, result: loaded.result });
    }
  });

  it("reads every stored evidence entry's source in Cypher as decodeEvidence does", async () => {
    const rows = await app.graph.read({
      cypher: `CALL () { MATCH (n) RETURN n.evidence AS evidence UNION ALL MATCH ()-[r]->() RETURN r.evidence AS evidence }
        UNWIND evidence AS entry RETURN entry, ${evidenceSourceIdCypher('entry')} AS sourceId`,
      params: {},
    });
    expect(rows).toHaveLength((await graphCounts(app)).evidence);
    expect(rows.filter((row) => decodeEvidence([row.entry])[0]?.source !== row.sourceId)).toEqual([]);
  });

  it('nests every link in every link without shadowing a variable (EXPLAIN in Neo4j, no warning)', async () => {
    const names = Object.keys(LINKS);
    const nested = (name: string, inner: NodePlan): NodePlan => {
      const plan = emptyPlan();
      plan.links.set(name, { node: inner, relEvidenceSources: true, refs: new Map([['representing', emptyPlan()]]) });
      plan.evidenceSources = true;
      return plan;
    };
    const explain = async (outer: string) => {
      const plan = emptyPlan();
      for (const inner of names) {
        for (const [name, link] of nested(outer, nested(inner, emptyPlan())).links) plan.links.set(name, link);
      }
      const query = prefetchQuery([TOKYO], plan, { evidence: true, text: false });
      const session = app.driver.session({ defaultAccessMode: 'READ' });
      try {
        const result = await session.run(`EXPLAIN ${query.cypher}`, query.params);
        return {
          outer,
          warnings: result.summary.notifications.map((notification) => `${notification.title}: ${notification.description}`),
        };
      } finally {
        await session.close();
      }
    };
    // Planning these statements is Neo4j's work, one core each: two at a time keep both cores busy.
    const explained: Array<{ outer: string; warnings: string[] }> = [];
    for (let i = 0; i < names.length; i += 2) explained.push(...(await Promise.all(names.slice(i, i + 2).map(explain))));
    expect(explained).toEqual(names.map((outer) => ({ outer, warnings: [] })));
  });

  it('ships graph views lightly unless evidence or whole nodes are read, with the same nodes and edges', async () => {
    const light = await gql(
      app.url,
      `{ neighborhood(id: "${TOKYO}", depth: 2) { nodes { id kind label distance } edges { type from to } } }`,
    );
    const full = await gql(
      app.url,
      `{ neighborhood(id: "${TOKYO}", depth: 2) { nodes { id kind label distance node { id ... on Person { aliases } } } edges { type from to evidence { quote } } } }`,
    );
    const strip = (data: any) => ({
      nodes: data.neighborhood.nodes.map(({ id, kind, label, distance }: any) => ({ id, kind, label, distance })),
      edges: data.neighborhood.edges.map(({ type, from, to }: any) => ({ type, from, to })),
    });
    expect(strip(light.data)).toEqual(strip(full.data));
    expect(full.data?.neighborhood.edges.some((edge: any) => edge.evidence.length > 0)).toBe(true);
    const person = full.data?.neighborhood.nodes.find((node: any) => node.id === 'person:lee-joon-il');
    expect(person.node.aliases).toContain('Lee Jun-il');
    const path = await gql(
      app.url,
      `{ shortestPath(fromId: "person:lee-joon-il", toId: "person:jake-sullivan") { nodes { id label } edges { type evidence { quote source { id } } } } }`,
    );
    expect(path.data?.shortestPath.edges.every((edge: any) => edge.evidence.length > 0)).toBe(true);
  });
});
