import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunningApp } from '../../src/app';
import { projectRoot } from '../../src/project-root';
import { gqlData, startTestApp } from '../helpers/test-app';

/** The example operations an analyst pastes into Sandbox (schema/examples), each run against the seed. */
const EXAMPLES = join(projectRoot(), 'schema', 'examples');
const TOKYO = 'event:2023-12-07-tokyo-cyber-working-group-launch';

/** What each example must answer on the seed. */
const EXPECTATIONS: Record<string, (data: any) => void> = {
  '01-event-detail.graphql': (data) => {
    expect(data.event.date).toBe('2023-12-07');
    expect(data.event.dateText).toBe('Thursday');
    expect(data.event.location).toEqual({ name: 'Tokyo', country: { name: 'Japan' } });
    expect(data.event.countryParticipations).toContainEqual({ country: { id: 'country:JPN', name: 'Japan' }, role: 'HOST' });
    expect(data.event.participants.map((p: any) => p.person.id).sort()).toEqual([
      'person:hideo-ishizuki',
      'person:jung-pak',
      'person:lee-joon-il',
    ]);
  },
  '02-search.graphql': (data) => {
    expect(data.search[0].node.id).toBe('person:lee-joon-il');
    expect(data.search[0].matched).toBe('Lee Jun-il');
    expect(data.search[0].node.country.name).toBe('South Korea');
  },
  '03-related-events.graphql': (data) => {
    const summit = data.relatedEvents.find((r: any) => r.event.id === 'event:2023-08-18-camp-david-summit');
    expect(summit.reasons.map((reason: any) => reason.kind)).toContain('FOLLOWS_UP');
    expect(data.relatedEvents.map((r: any) => r.event.id)).not.toContain(TOKYO);
    expect(data.relatedEvents.map((r: any) => r.event.type)).toContain('SANCTION');
  },
  '04-shortest-path.graphql': (data) => {
    const path = data.shortestPath;
    expect(path.nodes[0].id).toBe('person:lee-joon-il');
    expect(path.nodes[path.nodes.length - 1].id).toBe('person:jake-sullivan');
    expect(path.edges).toHaveLength(path.length);
    expect(path.nodes.map((node: any) => node.kind)).not.toContain('SOURCE');
  },
  '05-neighborhood.graphql': (data) => {
    const nodes = data.neighborhood.nodes;
    expect(nodes[0]).toMatchObject({ id: 'organization:trilateral-working-group-on-north-korean-cyber-threats', distance: 0 });
    expect(nodes.find((node: any) => node.id === TOKYO)?.distance).toBe(1);
    const ids = new Set(nodes.map((node: any) => node.id));
    for (const edge of data.neighborhood.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
  },
  '06-event-stats.graphql': (data) => {
    expect(data.byMonth).toEqual([
      { key: '2023-08', count: 2 },
      { key: '2023-11', count: 2 },
      { key: '2023-12', count: 6 },
    ]);
    expect(data.byType).toContainEqual({ key: 'SANCTION', count: 4 });
    // Four countries are involved in 5 events each, Australia in one (ties by key).
    expect(data.byCountry).toEqual([
      { key: 'country:JPN', label: 'Japan', count: 5 },
      { key: 'country:KOR', label: 'South Korea', count: 5 },
      { key: 'country:PRK', label: 'North Korea', count: 5 },
      { key: 'country:USA', label: 'United States', count: 5 },
      { key: 'NONE', label: 'No country', count: 1 }, // the Foreign Ministry's statement
      { key: 'country:AUS', label: 'Australia', count: 1 },
    ]);
  },
  '07-sanctions.graphql': (data) => {
    expect(data.events.totalCount).toBe(4);
    const byImposer = Object.fromEntries(data.events.edges.map((e: any) => [e.node.imposedBy[0].id, e.node]));
    expect(byImposer['country:KOR'].targetCount).toBe(11);
    expect(byImposer['country:KOR'].date).toBe('2023-12-01');
    expect(byImposer['country:USA'].date).toBe('2023-11-30');
    expect(byImposer['country:KOR'].followsUp.map((e: any) => e.id)).toEqual(['event:2023-11-21-malligyong-1-launch']);
  },
  '08-person.graphql': (data) => {
    expect(data.person.nativeNames).toEqual(['박정현']);
    const titles = data.person.positions.map((p: any) => p.title);
    expect(titles).toEqual(expect.arrayContaining(['Deputy Assistant Secretary', 'Deputy Special Representative for the DPRK']));
    expect(data.person.participations[0].titles.map((t: any) => t.value)).toEqual([
      'Deputy Assistant Secretary',
      'Deputy Special Representative for the DPRK',
    ]);
  },
};

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

describe('schema/examples', () => {
  it('has an expectation for every example file and a file for every expectation', () => {
    expect(
      readdirSync(EXAMPLES)
        .filter((name) => name.endsWith('.graphql'))
        .sort(),
    ).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  it.each(Object.keys(EXPECTATIONS))('%s answers its question on the seed', async (file) => {
    const document = readFileSync(join(EXAMPLES, file), 'utf8');
    EXPECTATIONS[file](await gqlData(app.url, document));
  });
});
