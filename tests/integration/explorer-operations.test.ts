import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fragmentsByName, withFragments } from '../../explorer/src/fragments';
import { RunningApp } from '../../src/app';
import { projectRoot } from '../../src/project-root';
import { gqlData, startTestApp } from '../helpers/test-app';

/** The explorer's operations (explorer/src/queries), each with its shared fragments as the page sends it, run on the seed. */
const QUERIES = join(projectRoot(), 'explorer', 'src', 'queries');
const FRAGMENTS = fragmentsByName(readFileSync(join(QUERIES, 'fragments.graphql'), 'utf8'));
const TOKYO = 'event:2023-12-07-tokyo-cyber-working-group-launch';
/** The article itself, the seed's only source with its published text. */
const ARTICLE = 'source:envoys-from-seoul-washington-tokyo-meet-in-japan-to-address';

/** Each operation's variables on the seed and what its answer must hold. */
const EXPECTATIONS: Record<string, { variables: Record<string, unknown>; expect: (data: any) => void }> = {
  'search.graphql': {
    variables: { query: '이준일' },
    expect: (data) => expect(data.search[0].node).toMatchObject({ id: 'person:lee-joon-il', name: 'Lee Joon-il' }),
  },
  'dashboard.graphql': {
    variables: { filter: { countryIds: ['country:AUS'] } },
    expect: (data) => {
      expect(data.latest.edges.map((edge: any) => edge.node.type)).toEqual(['SANCTION']);
      expect(data.byMonth.reduce((sum: number, bucket: any) => sum + bucket.count, 0)).toBe(1);
    },
  },
  'dashboard-counts.graphql': {
    variables: { filter: { countryIds: ['country:AUS'] } },
    expect: (data) => {
      expect(data.byType).toEqual([expect.objectContaining({ key: 'SANCTION', count: 1 })]);
      expect(data.byCountry.map((bucket: any) => bucket.key)).toContain('country:AUS');
    },
  },
  'event.graphql': {
    variables: { id: TOKYO },
    expect: (data) => {
      expect(data.event.date).toBe('2023-12-07');
      expect(data.event.participants.map((p: any) => p.person.name).sort()).toEqual(['Hideo Ishizuki', 'Jung Pak', 'Lee Joon-il']);
      expect(data.event.related.map((r: any) => r.event.id)).toContain('event:2023-08-18-camp-david-summit');
    },
  },
  'person.graphql': {
    variables: { id: 'person:lee-joon-il' },
    expect: (data) => expect(data.person.events.map((e: any) => e.id)).toContain(TOKYO),
  },
  'country.graphql': {
    variables: { id: 'country:KOR' },
    expect: (data) => {
      expect(data.country).toMatchObject({ name: 'South Korea', code: 'KOR' });
      expect(data.around.nodes[0]).toMatchObject({ id: 'country:KOR', distance: 0 });
    },
  },
  'organization.graphql': {
    variables: { id: 'organization:trilateral-working-group-on-north-korean-cyber-threats' },
    expect: (data) => expect(data.organization.events.map((e: any) => e.id)).toContain(TOKYO),
  },
  'place.graphql': {
    variables: { id: 'place:tokyo' },
    expect: (data) => expect(data.place).toMatchObject({ name: 'Tokyo', country: { name: 'Japan' } }),
  },
  'topic.graphql': {
    variables: { id: 'topic:illegal-cyber-activities' },
    expect: (data) => expect(data.topic.events.length).toBeGreaterThan(0),
  },
  'source.graphql': {
    variables: { id: ARTICLE },
    expect: (data) => expect(data.source.publisher).toBe('Korea JoongAng Daily'),
  },
  'source-text.graphql': {
    variables: { id: ARTICLE },
    expect: (data) => expect(data.source.text).toContain('deputy nuclear envoy Lee Joon-il'),
  },
  'graph.graphql': {
    variables: { id: TOKYO, depth: 2 },
    expect: (data) => {
      const ids = new Set(data.neighborhood.nodes.map((node: any) => node.id));
      expect(ids).toContain('person:jung-pak');
      for (const edge of data.neighborhood.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    },
  },
};

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

describe('explorer operations', () => {
  it('has an expectation for every operation file and a file for every expectation', () => {
    const files = readdirSync(QUERIES).filter((name) => name.endsWith('.graphql') && name !== 'fragments.graphql');
    expect(files.sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  it.each(Object.keys(EXPECTATIONS))('%s passes the query limits and answers on the seed', async (file) => {
    const operation = withFragments(readFileSync(join(QUERIES, file), 'utf8'), FRAGMENTS);
    EXPECTATIONS[file].expect(await gqlData(app.url, operation, EXPECTATIONS[file].variables));
  });
});
