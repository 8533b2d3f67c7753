import { RunningApp } from '../../src/app';
import { decodeEvidence } from '../../src/graph/evidence';
import { IngestService } from '../../src/ingest/ingest.service';
import { existingNodes, GenerateReport, generateSyntheticGraph, removeSyntheticGraph } from '../../tools/generator/synthetic.loader';
import { planSyntheticGraph, SYNTHETIC_LABELS } from '../../tools/generator/synthetic.plan';
import { evidenceString } from '../../tools/generator/synthetic.rows';
import { gqlData, graphCounts, startTestApp } from '../helpers/test-app';

/**
 * The synthetic graph in a real Neo4j beside the seed: 2,000 events loaded through the loader the CLI uses, read
 * back through the API over HTTP, then removed, leaving the seed graph exactly as it was. The database is shared
 * with the other test files, so afterAll removes whatever this file generated, whatever happened.
 */
const EVENTS = 2_000;
const SEED = 7;
const SEED_COUNTRIES = ['country:AUS', 'country:JPN', 'country:KOR', 'country:PRK', 'country:USA'];
jest.setTimeout(600_000);

let app: RunningApp;
let baseline: Awaited<ReturnType<typeof graphCounts>>;
let report: GenerateReport;

beforeAll(async () => {
  app = await startTestApp();
  await removeSyntheticGraph(app.graph); // a run that was killed may have left one
  baseline = await graphCounts(app);
  // Slices of 30 articles: 7 of them, so nodes gain evidence from later slices as a million events' load does.
  report = await generateSyntheticGraph(app.graph, { events: EVENTS, seed: SEED, sliceArticles: 30 });
});
afterAll(async () => {
  try {
    await removeSyntheticGraph(app.graph);
  } finally {
    await app.stop();
  }
});

async function read(cypher: string, params: Record<string, unknown> = {}) {
  return app.graph.read({ cypher, params });
}

async function syntheticCounts(): Promise<Record<string, number>> {
  const rows = await read(`
    MATCH (n:Synthetic)
    RETURN [label IN labels(n) WHERE NOT label IN ['Entity', 'Synthetic']][0] AS label, count(*) AS count`);
  return Object.fromEntries(rows.map((row) => [row.label as string, Number(row.count)]));
}

describe('generating', () => {
  it('creates N events, N/5 people, N/20 organizations, 100 topics and N/10 sources, all labelled Synthetic', async () => {
    expect(report).toMatchObject({ events: EVENTS, people: EVENTS / 5, organizations: EVENTS / 20, sources: EVENTS / 10 });
    expect(report.topics + report.reused.topics).toBe(100);
    expect(await syntheticCounts()).toEqual({
      Country: report.countries,
      Place: report.places,
      Topic: report.topics,
      Organization: report.organizations,
      Person: report.people,
      Event: report.events,
      Source: report.sources,
    });
    const [relationships] = await read('MATCH (n:Synthetic)-[r]-() RETURN count(DISTINCT r) AS count');
    expect(Number(relationships.count)).toBe(report.relationships);
    expect(report.ms).toBeGreaterThan(0);
  });

  it('holds the planned graph whatever the slices: every node with all the evidence its articles gave, in order', async () => {
    const plan = planSyntheticGraph({ events: EVENTS, seed: SEED }, await existingNodes(app.graph));
    const planned = new Map(
      SYNTHETIC_LABELS.flatMap((label) => plan.nodes[label].map((node) => [node.id, node.evidence.map(evidenceString)])),
    );
    const stored = await read('MATCH (n:Synthetic) RETURN n.id AS id, n.evidence AS evidence');
    expect(stored.length).toBe(planned.size);
    expect(stored.filter((row) => JSON.stringify(row.evidence) !== JSON.stringify(planned.get(row.id as string)))).toEqual([]);
    // Events named again by a later article (in a later slice) got that evidence appended: some have several.
    const events = plan.nodes.Event.filter((event) => event.evidence.length > 1);
    expect(events.length).toBeGreaterThan(EVENTS / 20);
  });

  it("reuses the seed's countries (and its Tokyo, Seoul and topics) without marking or changing them", async () => {
    expect(report.reused.countries).toBeGreaterThanOrEqual(5);
    expect(report.countries + report.reused.countries).toBe(200);
    const seedCountries = await read(
      'MATCH (c:Country) WHERE c.id IN $ids RETURN c.id AS id, c:Synthetic AS synthetic, c.name AS name ORDER BY id',
      { ids: SEED_COUNTRIES },
    );
    expect(seedCountries.map((row) => [row.id, row.synthetic])).toEqual(SEED_COUNTRIES.map((id) => [id, false]));
    expect(seedCountries.find((row) => row.id === 'country:KOR')?.name).toBe('South Korea');
    const [tokyo] = await read("MATCH (p:Place) WHERE 'tokyo' IN p.nameKeys RETURN count(p) AS count, collect(p.id) AS ids");
    expect(tokyo).toEqual({ count: 1, ids: ['place:tokyo'] });
    const [synthetic] = await read("MATCH (c:Country:Synthetic {id: 'country:FRA'}) RETURN c.name AS name, c.code AS code");
    expect(synthetic).toEqual({ name: 'France', code: 'FRA' });
  });

  it('serves a synthetic event over HTTP with its participants, place, topics and evidence resolved', async () => {
    const [picked] = await read(`
      MATCH (e:Event:Synthetic)<-[:PARTICIPATED_IN]-(p:Person)
      WITH e, count(p) AS people WHERE people >= 3
      RETURN e.id AS id ORDER BY e.id LIMIT 1`);
    const data = await gqlData(
      app.url,
      `query ($id: ID!) {
        event(id: $id) {
          id title type date datePrecision dateText
          location { id name country { id } }
          topics { id name }
          countries { id }
          participants {
            role title
            person { id name aliases nativeNames }
            representing { id name }
            evidence { quote start end source { id text } }
          }
          evidence { quote start end source { id title text } }
        }
      }`,
      { id: picked.id },
    );
    const event = data.event;
    expect(event.id).toBe(picked.id);
    expect(event.date >= '2006-01-01' && event.date <= '2025-12-31').toBe(true);
    expect(event.location.country.id).toMatch(/^country:[A-Z]{3}$/);
    expect(event.topics.length).toBeGreaterThanOrEqual(1);
    expect(event.participants.length).toBeGreaterThanOrEqual(3);
    const countryIds = new Set(event.countries.map((country: { id: string }) => country.id));
    for (const participation of event.participants) {
      expect(participation.person.id).toMatch(/^person:syn-/);
      expect(['HOST', 'ATTENDEE', 'LEADER', 'SIGNATORY']).toContain(participation.role);
      expect(participation.title).toBeTruthy();
      expect(countryIds.has(participation.representing.id)).toBe(true);
      expect(participation.evidence.length).toBeGreaterThanOrEqual(1);
    }
    const evidence = [...event.evidence, ...event.participants.flatMap((participation: { evidence: unknown[] }) => participation.evidence)];
    for (const item of evidence) {
      expect(item.source.id).toMatch(/^source:syn-/);
      expect(item.source.text.slice(item.start, item.end)).toBe(item.quote);
    }
    expect(event.evidence[0].source.title).toContain('[Synthetic]');
  });

  it("finds a synthetic person by an alias and by a native name, and serves the person's positions", async () => {
    const [person] = await read(`
      MATCH (p:Person:Synthetic) WHERE size(p.aliases) > 0 AND size(p.nativeNames) > 0
      RETURN p.id AS id, p.aliases[0] AS alias, p.nativeNames[0] AS native ORDER BY p.id LIMIT 1`);
    const search = `query ($query: String!) { search(query: $query, kinds: [PERSON], first: 50) { node { id } } }`;
    const byAlias = await gqlData(app.url, search, { query: person.alias });
    expect(byAlias.search.map((hit: { node: { id: string } }) => hit.node.id)).toContain(person.id);
    const byNative = await gqlData(app.url, search, { query: person.native });
    expect(byNative.search.map((hit: { node: { id: string } }) => hit.node.id)).toContain(person.id);

    const data = await gqlData(
      app.url,
      `query ($id: ID!) { person(id: $id) { positions { title from organization { id kind country { id } } evidence { quote } } } }`,
      { id: person.id },
    );
    expect(data.person.positions.length).toBeGreaterThanOrEqual(1);
    for (const position of data.person.positions) {
      expect(position.organization.id).toMatch(/^organization:syn-/);
      expect(position.organization.country.id).toMatch(/^country:/);
      expect(position.from).toMatch(/^\d{4}-\d{2}-01$/);
      expect(position.evidence.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('stores every quote of the synthetic graph at its offsets, and every source mentions what it cites', async () => {
    const texts = new Map(
      (await read('MATCH (s:Source:Synthetic) RETURN s.id AS id, s.text AS text')).map((row) => [row.id as string, row.text as string]),
    );
    const rows = await read(`
      CALL {
        MATCH (n:Synthetic) WHERE n.evidence <> [] RETURN n.id AS id, n.evidence AS evidence
        UNION ALL
        MATCH (n:Synthetic)-[r]-() WITH DISTINCT r WHERE r.evidence IS NOT NULL RETURN elementId(r) AS id, r.evidence AS evidence
      }
      RETURN id, evidence`);
    const bad: string[] = [];
    let checked = 0;
    for (const row of rows) {
      for (const evidence of decodeEvidence(row.evidence)) {
        checked += 1;
        if (texts.get(evidence.source)?.slice(evidence.start, evidence.end) !== evidence.quote) bad.push(`${row.id}: ${evidence.quote}`);
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(report.events * 5);
    const [unmentioned] = await read(`
      MATCH (n:Synthetic) WHERE NOT n:Source AND NOT EXISTS { (n)<-[:MENTIONS]-(:Source) }
      RETURN count(n) AS count`);
    expect(unmentioned.count).toBe(0);
    const [withoutEvidence] = await read(`
      MATCH (n:Synthetic) WHERE NOT n:Source AND size(coalesce(n.evidence, [])) = 0 RETURN count(n) AS count`);
    expect(withoutEvidence.count).toBe(0);
  });

  it('does not duplicate when run again with the same arguments', async () => {
    const before = await graphCounts(app);
    const again = await generateSyntheticGraph(app.graph, { events: EVENTS, seed: SEED });
    expect({ ...again, ms: 0 }).toEqual({ ...report, ms: 0 });
    expect(await graphCounts(app)).toEqual(before);
  });
});

describe('removing', () => {
  it('deletes every synthetic node and relationship and leaves the seed graph exactly as it was', async () => {
    const removed = await removeSyntheticGraph(app.graph);
    expect(removed).toBe(
      report.countries + report.places + report.topics + report.organizations + report.people + report.events + report.sources,
    );
    expect(await syntheticCounts()).toEqual({});
    expect(await graphCounts(app)).toEqual(baseline);
    const seed = await gqlData(
      app.url,
      '{ event(id: "event:2023-12-07-tokyo-cyber-working-group-launch") { participants { person { id } } location { name } } }',
    );
    expect(seed.event.location.name).toBe('Tokyo');
    expect(seed.event.participants.length).toBeGreaterThanOrEqual(3);
    expect(await removeSyntheticGraph(app.graph)).toBe(0);
  });
});

describe('removing after a real article merged into synthetic nodes', () => {
  const TEXT = 'PARIS (Test Fixture Wire) -- Diplomats of France met in Paris on 1 March 2024 to discuss fisheries.';
  const article = {
    source: { title: '[TEST FIXTURE] France meets in Paris (fictional)', publisher: 'Test Fixture Wire', text: TEXT },
    entities: [
      { ref: 'france', kind: 'COUNTRY', code: 'FRA', name: 'France', evidence: [{ quote: 'Diplomats of France' }] },
      { ref: 'paris', kind: 'PLACE', placeKind: 'CITY', name: 'Paris', evidence: [{ quote: 'met in Paris' }] },
    ],
    events: [
      {
        ref: 'meeting',
        title: 'Fictional test-fixture meeting of French diplomats in Paris',
        type: 'MEETING',
        date: '2024-03-01',
        evidence: [{ quote: 'Diplomats of France met in Paris on 1 March 2024' }],
      },
    ],
    relations: [
      { type: 'PARTICIPATED_IN', from: 'france', to: 'meeting', role: 'HOST', evidence: [{ quote: 'Diplomats of France met in Paris' }] },
      { type: 'HELD_IN', from: 'meeting', to: 'paris', evidence: [{ quote: 'met in Paris' }] },
    ],
  };

  it('keeps the synthetic nodes the article merged into, without their synthetic label and evidence', async () => {
    const before = await graphCounts(app);
    const small = await generateSyntheticGraph(app.graph, { events: 100, seed: SEED });
    const ingested = await new IngestService(app.graph).ingest(article);
    const merged = Object.fromEntries(ingested.merged.map((node) => [node.ref, node.id]));
    expect(merged.france).toBe('country:FRA');
    expect(merged.paris).toBe('place:syn-paris');

    let kept: string[] = [];
    const removed = await removeSyntheticGraph(app.graph, { onKept: (ids) => (kept = ids) });
    expect(kept.sort()).toEqual(['country:FRA', 'place:syn-paris']);
    expect(removed).toBe(
      small.countries + small.places + small.topics + small.organizations + small.people + small.events + small.sources - 2,
    );
    expect(await syntheticCounts()).toEqual({});

    // What the article says survives, and only what it says.
    const rows = await read(
      `MATCH (n:Entity) WHERE n.id IN $ids
       OPTIONAL MATCH (n)-[r]-(m)
       RETURN n.id AS id, n.evidence AS evidence, collect(type(r) + ' ' + m.id) AS links ORDER BY id`,
      { ids: ['country:FRA', 'place:syn-paris'] },
    );
    const meeting = ingested.created.find((node) => node.ref === 'meeting')!.id;
    expect(rows.map((row) => [row.id, (row.links as string[]).sort()])).toEqual([
      ['country:FRA', [`MENTIONS ${ingested.sourceId}`, `PARTICIPATED_IN ${meeting}`].sort()],
      ['place:syn-paris', [`HELD_IN ${meeting}`, `MENTIONS ${ingested.sourceId}`].sort()],
    ]);
    for (const row of rows) {
      expect(decodeEvidence(row.evidence).map((evidence) => evidence.source)).toEqual([ingested.sourceId]);
    }

    // Cleaning up this test's article leaves the graph as it was.
    await app.graph.write({
      cypher: 'MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n',
      params: { ids: [ingested.sourceId, meeting, 'country:FRA', 'place:syn-paris'] },
    });
    expect(await graphCounts(app)).toEqual(before);
  });
});
