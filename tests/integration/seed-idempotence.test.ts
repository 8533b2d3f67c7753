import { RunningApp } from '../../src/app';
import { IngestService } from '../../src/ingest/ingest.service';
import { IngestReport } from '../../src/ingest/ingest-report.type';
import { loadSeed } from '../../src/ingest/seed';
import {
  expectedEvidenceCount,
  expectedLabelCounts,
  expectedMentionCount,
  expectedRelationshipCounts,
  readSeed,
} from '../helpers/seed-facts';
import { clearGraph, gqlData, graphCounts, startTestApp } from '../helpers/test-app';

/**
 * Loading the seed is idempotent: the app loads it at start-up (startTestApp), and loading it again through the same
 * ingest changes nothing. The graph holds exactly what seeds/article.json describes.
 *
 * Other test files share the database and each loads the seed at start-up, so this file empties the graph and makes
 * the first load itself: what it checks does not depend on which files ran before.
 */
let app: RunningApp;
let firstLoad: IngestReport;
const seed = readSeed();

beforeAll(async () => {
  app = await startTestApp();
  await clearGraph(app);
  firstLoad = await loadSeed(new IngestService(app.graph));
});
afterAll(async () => {
  await app.stop();
});

async function labelCounts(): Promise<Record<string, number>> {
  const rows = await app.graph.read({
    cypher: `
      UNWIND ['Person', 'Organization', 'Country', 'Place', 'Topic', 'Event', 'Source'] AS label
      CALL (label) {
        MATCH (n) WHERE label IN labels(n)
        RETURN count(n) AS count
      }
      RETURN label, count`,
    params: {},
  });
  return Object.fromEntries(rows.map((row) => [row.label as string, Number(row.count)]));
}

async function relationshipCounts(): Promise<Record<string, number>> {
  const rows = await app.graph.read({ cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS count', params: {} });
  return Object.fromEntries(rows.map((row) => [row.type as string, Number(row.count)]));
}

describe('the seeded graph', () => {
  it('was made by a first load into an empty graph that created every seed item, relationship and quote', () => {
    expect(firstLoad.created).toHaveLength(1 + seed.references.length + seed.entities.length + seed.events.length);
    expect(firstLoad.merged).toEqual([]);
    expect(firstLoad.relationsCreated).toBe(Object.values(expectedRelationshipCounts(seed)).reduce((sum, count) => sum + count, 0));
    expect(firstLoad.evidenceAdded).toBe(expectedEvidenceCount(seed));
    expect(firstLoad.changed).toBe(true);
  });

  it('holds one node per seed entity, event and source, by label (counts derived from seeds/article.json)', async () => {
    const expected = expectedLabelCounts(seed);
    // The derivation itself, pinned to the numbers the seed file has today.
    expect(expected).toEqual({ Person: 11, Organization: 15, Country: 5, Place: 4, Topic: 7, Event: 10, Source: 26 });
    expect(await labelCounts()).toEqual(expected);

    const [entities] = await app.graph.read({
      cypher: 'MATCH (n) WHERE NOT n:IngestLock RETURN count(n) AS total, sum(CASE WHEN n:Entity THEN 1 ELSE 0 END) AS entities',
      params: {},
    });
    const total = Object.values(expected).reduce((sum, count) => sum + count, 0);
    expect(Number(entities.total)).toBe(total);
    expect(Number(entities.entities)).toBe(total);
  });

  it('holds exactly the distinct relationships of the seed, and a MENTIONS per source and node it gives evidence for', async () => {
    const expected = { ...expectedRelationshipCounts(seed), MENTIONS: expectedMentionCount(seed) };
    expect(expected).toEqual({
      PARTICIPATED_IN: 27,
      ADDRESSES: 18,
      HOLDS_POSITION: 14,
      TARGETS: 10,
      PART_OF: 9,
      PRECEDED_BY: 8,
      FOLLOWS_UP: 6,
      HELD_IN: 5,
      IMPOSED_BY: 4,
      IN_COUNTRY: 4,
      ABOUT: 1,
      ANNOUNCED: 1,
      ESTABLISHED: 1,
      WRITTEN_BY: 1,
      PUBLISHED_BY: 1,
      REPUBLISHED_BY: 1,
      MENTIONS: 172,
    });
    expect(await relationshipCounts()).toEqual(expected);
  });

  it('holds every evidence quote of the seed once', async () => {
    const counts = await graphCounts(app);
    expect(counts.evidence).toBe(expectedEvidenceCount(seed));
    expect(counts.evidence).toBe(322);
  });

  it('the API agrees with the label counts', async () => {
    const data = await gqlData(
      app.url,
      `{ events(first: 100) { totalCount } people(first: 100) { totalCount } organizations(first: 100) { totalCount }
         sources(first: 100) { totalCount } countries { id } topics { id } }`,
    );
    const expected = expectedLabelCounts(seed);
    expect(data.events.totalCount).toBe(expected.Event);
    expect(data.people.totalCount).toBe(expected.Person);
    expect(data.organizations.totalCount).toBe(expected.Organization);
    expect(data.sources.totalCount).toBe(expected.Source);
    expect(data.countries).toHaveLength(expected.Country);
    expect(data.topics).toHaveLength(expected.Topic);
  });
});

describe('loading the seed again', () => {
  it('creates nothing, adds no evidence and reports no change; the graph is the same before and after', async () => {
    const before = await graphCounts(app);
    const labelsBefore = await labelCounts();
    const relationshipsBefore = await relationshipCounts();

    const report = await loadSeed(new IngestService(app.graph));

    expect(report.created).toEqual([]);
    expect(report.relationsCreated).toBe(0);
    expect(report.evidenceAdded).toBe(0);
    expect(report.changed).toBe(false);
    // Every item of the seed resolved to the node already there.
    expect(report.merged).toHaveLength(1 + seed.references.length + seed.entities.length + seed.events.length);
    expect(report.sourceId).toBe('source:envoys-from-seoul-washington-tokyo-meet-in-japan-to-address');

    expect(await graphCounts(app)).toEqual(before);
    expect(await labelCounts()).toEqual(labelsBefore);
    expect(await relationshipCounts()).toEqual(relationshipsBefore);
  });

  it('resolves each seed item to the id it already has, by what the resolution rules say', async () => {
    const report = await loadSeed(new IngestService(app.graph));
    const byRef = new Map(report.merged.map((node) => [node.ref, node]));
    expect(byRef.get('article')).toMatchObject({
      id: 'source:envoys-from-seoul-washington-tokyo-meet-in-japan-to-address',
      kind: 'SOURCE',
    });
    expect(report.merged.every((node) => typeof node.matchedBy === 'string' && node.matchedBy.length > 0)).toBe(true);
    expect(byRef.get('kor')).toMatchObject({ id: 'country:KOR', kind: 'COUNTRY', matchedBy: 'ISO code' });
    expect(byRef.get('lee-joon-il')).toMatchObject({ id: 'person:lee-joon-il', kind: 'PERSON', label: 'Lee Joon-il', matchedBy: 'name' });
    expect(byRef.get('tokyo-meeting')).toMatchObject({
      id: 'event:2023-12-07-tokyo-cyber-working-group-launch',
      kind: 'EVENT',
      matchedBy: 'type, date, place and participants',
    });
    expect(byRef.get('sanction-kor')?.id).toBe('event:2023-12-01-south-korea-sanctions-satellite-developers');
    expect(report.changed).toBe(false);
  });

  it('resolves every source to the node the first load created for it, also references that share a text', async () => {
    // The first load made one Source per reference (21); a later load must map each ref back to that same node, so
    // that a quote from the Japan MOFA record is never re-attributed to Hankyung or AsianLite.
    const firstIds = new Map(firstLoad.created.filter((node) => node.kind === 'SOURCE').map((node) => [node.ref, node.id]));
    expect(firstIds.size).toBe(1 + seed.references.length);
    expect(new Set(firstIds.values()).size).toBe(1 + seed.references.length);
    expect(firstIds.get('mofa-japan-2023-12-07')).toBe('source:japan-mofa-press-release-on-the-2023-12-07-tokyo-meeting-of');
    expect(firstIds.get('hankyung-2023-12-07')).toBe('source:hankyung-report-on-the-2023-12-07-tokyo-meeting-of-the');
    expect(firstIds.get('asianlite-yonhap-2023-12-07')).toBe('source:s-korea-us-japan-meet-on-n-korea-s-cyber-threats-yonhap-via');

    const report = await loadSeed(new IngestService(app.graph));
    const laterIds = new Map(report.merged.filter((node) => node.kind === 'SOURCE').map((node) => [node.ref, node.id]));
    expect(Object.fromEntries(laterIds)).toEqual(Object.fromEntries(firstIds));
  });

  it('stays unchanged over several loads in a row', async () => {
    const before = await graphCounts(app);
    for (let round = 0; round < 3; round += 1) {
      const report = await loadSeed(new IngestService(app.graph));
      expect({ created: report.created.length, relationsCreated: report.relationsCreated, evidenceAdded: report.evidenceAdded }).toEqual({
        created: 0,
        relationsCreated: 0,
        evidenceAdded: 0,
      });
    }
    expect(await graphCounts(app)).toEqual(before);
    expect(before).toEqual({ nodes: 78, relationships: 283, evidence: 322 });
  });
});
