import { RunningApp } from '../../src/app';
import { neighborhoodQuery } from '../../src/graph-view/graph-view.cypher';
import { slugify } from '../../src/common/names';
import { readSeed, SeedArticle, SeedEntity, seedEventId } from '../helpers/seed-facts';
import { gql, gqlData, startTestApp } from '../helpers/test-app';

/**
 * The analyst tools (search, related events, shortest paths, neighborhoods, event statistics) answered over HTTP with
 * exact values derived from the seed article (seeds/article.json). This file adds nothing to the graph.
 */
let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

const seed = readSeed() as Omit<SeedArticle, 'entities'> & { entities: Array<SeedEntity & { code?: string }> };

/** The graph id of a seed ref, as the ingester makes it (ISO code for countries, date-slug for events, else the name's slug). */
function idOfRef(ref: string): string {
  const event = seed.events.find((item) => item.ref === ref);
  if (event) return seedEventId(event);
  const entity = seed.entities.find((item) => item.ref === ref);
  if (!entity) throw new Error(`no seed ref ${ref}`);
  if (entity.kind === 'COUNTRY') return `country:${entity.code}`;
  return `${entity.kind.toLowerCase()}:${slugify(entity.name)}`;
}

const E = {
  tokyo: 'event:2023-12-07-tokyo-cyber-working-group-launch',
  summit: 'event:2023-08-18-camp-david-summit',
  agreement: 'event:2023-08-18-camp-david-cyber-agreement',
  seoul: 'event:2023-12-09-seoul-national-security-advisers-meeting',
  korSanction: 'event:2023-12-01-south-korea-sanctions-satellite-developers',
  usSanction: 'event:2023-11-30-us-sanctions-kimsuky',
  jpnSanction: 'event:2023-12-01-japan-sanctions-north-korea',
  ausSanction: 'event:2023-12-01-australia-sanctions-north-korea',
  statement: 'event:2023-12-07-south-korea-foreign-ministry-statement-cyber-working-group',
};
const P = {
  lee: 'person:lee-joon-il',
  ishizuki: 'person:hideo-ishizuki',
  sullivan: 'person:jake-sullivan',
  chung: 'person:esther-chung',
};

/** Relationship types that are bookkeeping of sources, never facts that paths and neighborhoods follow. */
const SOURCE_TYPES = ['MENTIONS', 'WRITTEN_BY', 'PUBLISHED_BY'];

function expectBadInput(response: { errors?: Array<{ extensions?: Record<string, any> }> }, field: string): void {
  expect(response.errors?.length).toBeGreaterThan(0);
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].extensions?.field).toBe(field);
}

function expectDescending(scores: number[]): void {
  for (let i = 1; i < scores.length; i += 1) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
}

it("runs on a graph whose events are exactly the seed's (other test files clean up after themselves)", async () => {
  const data = await gqlData(app.url, '{ events(first: 100) { totalCount edges { node { id } } } }');
  expect(data.events.edges.map((edge: any) => edge.node.id).sort()).toEqual(seed.events.map((event) => idOfRef(event.ref)).sort());
});

describe('search', () => {
  const SEARCH = `query ($query: String!, $kinds: [EntityKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) { score matched node { __typename id } }
  }`;
  type Hit = { score: number; matched: string; node: { __typename: string; id: string } };
  const search = async (query: string, extra: Record<string, unknown> = {}): Promise<Hit[]> =>
    (await gqlData(app.url, SEARCH, { query, ...extra })).search as Hit[];

  it.each([
    ['Lee Jun-il', P.lee, 'Lee Jun-il'],
    ['이준일', P.lee, '이준일'],
    ['Lee Joon-il', P.lee, 'Lee Joon-il'],
    ['石月英雄', P.ishizuki, '石月英雄'],
  ])('finds %s: %s first, matched on %s', async (query, id, matched) => {
    const hits = await search(query);
    expect(hits[0].node.id).toBe(id);
    expect(hits[0].matched).toBe(matched);
    expectDescending(hits.map((hit) => hit.score));
  });

  it('forgives a typo: "Sulivan" finds Jake Sullivan first', async () => {
    const hits = await search('Sulivan');
    expect(hits[0].node.id).toBe(P.sullivan);
    expect(hits[0].matched).toBe('Jake Sullivan');
    expectDescending(hits.map((hit) => hit.score));
  });

  it('finds by a partial word: "Ishiz" finds Hideo Ishizuki first', async () => {
    const hits = await search('Ishiz');
    expect(hits[0].node.id).toBe(P.ishizuki);
    expect(hits[0].matched).toMatch(/Ishizuki/);
    expectDescending(hits.map((hit) => hit.score));
  });

  it('kinds: [EVENT] keeps only events: "Camp David" is the summit and the agreement; without kinds the place is found too', async () => {
    const events = await search('Camp David', { kinds: ['EVENT'], first: 50 });
    expect(events.map((hit) => hit.node.id).sort()).toEqual([E.agreement, E.summit].sort());
    expect(events.every((hit) => hit.node.__typename === 'Event')).toBe(true);
    expectDescending(events.map((hit) => hit.score));

    const all = await search('Camp David', { first: 50 });
    const ids = all.map((hit) => hit.node.id);
    expect(ids).toContain('place:camp-david');
    expect(ids).toEqual(expect.arrayContaining([E.agreement, E.summit]));
    expectDescending(all.map((hit) => hit.score));
  });

  it('treats search syntax as spaces: strings without a letter or digit are BAD_USER_INPUT on "query", never an error of Lucene', async () => {
    // src/search/search-query.ts: words are runs of letters and digits; none at all is BAD_USER_INPUT (field "query").
    for (const query of ['"', ':', '(', '~', '*', '\\', '*:*', ')(', '""', '~~~', '', '   ']) {
      const response = await gql(app.url, SEARCH, { query });
      expect({ query, code: response.errors?.[0]?.extensions?.code, field: response.errors?.[0]?.extensions?.field }).toEqual({
        query,
        code: 'BAD_USER_INPUT',
        field: 'query',
      });
    }
  });

  it('hostile strings with letters return a list that never matches everything', async () => {
    const [{ count }] = await app.graph.read({
      cypher: 'MATCH (n:Entity) WHERE n.searchText IS NOT NULL RETURN count(n) AS count',
      params: {},
    });
    const indexed = Number(count);

    // "AND" is a word here, not an operator: every hit has "and" in the name that matched.
    const and = await search('AND', { first: 50 });
    expect(and.length).toBeGreaterThan(0);
    expect(and.length).toBeLessThan(indexed);
    for (const hit of and) expect(hit.matched.toLowerCase()).toContain('and');

    // a" OR name:* is the three words a, or, name: all must match, and no node has them all.
    expect(await search('a" OR name:*', { first: 50 })).toEqual([]);

    // Lee~~~ is the word "lee": the same hits as "Lee".
    const lee = await search('Lee~~~', { first: 50 });
    expect(lee.map((hit) => hit.node.id)).toEqual((await search('Lee', { first: 50 })).map((hit) => hit.node.id));
    expect(lee[0].node.id).toBe(P.lee);

    for (const query of [
      'Lee OR *',
      'name:Lee',
      'Lee AND NOT x',
      '(Lee',
      'Lee)',
      'Lee^99',
      '"Lee',
      'Lee\\',
      '/Lee/',
      'Lee [* TO *]',
      'Lee && ||',
    ]) {
      const response = await gql(app.url, SEARCH, { query, first: 50 });
      expect({ query, errors: response.errors }).toEqual({ query, errors: undefined });
      const hits = response.data!.search as Hit[];
      expect(hits.length).toBeLessThan(indexed);
      expectDescending(hits.map((hit) => hit.score));
    }
  });

  it('rejects a query over 200 characters and first out of range, naming the field', async () => {
    expectBadInput(await gql(app.url, SEARCH, { query: 'a'.repeat(201) }), 'query');
    expectBadInput(await gql(app.url, SEARCH, { query: 'Lee', first: 51 }), 'first');
    expectBadInput(await gql(app.url, SEARCH, { query: 'Lee', first: 0 }), 'first');
    expect(await search('Lee', { first: 50 })).toEqual(expect.any(Array));
  });
});

describe('relatedEvents', () => {
  const RELATED = `query ($id: ID!, $first: Int) {
    relatedEvents(eventId: $id, first: $first) { score event { id } reasons { kind weight via { id } } }
  }`;
  type Related = { score: number; event: { id: string }; reasons: Array<{ kind: string; weight: number; via: Array<{ id: string }> }> };
  const related = async (id: string, first?: number): Promise<Related[]> =>
    (await gqlData(app.url, RELATED, { id, first })).relatedEvents as Related[];
  const reason = (item: Related | undefined, kind: string) => item?.reasons.find((r) => r.kind === kind);
  /** An item's rank (1 = first), score and reasons as [kind, weight, shared ids], to compare whole. */
  const ranked = (items: Related[], id: string) => {
    const index = items.findIndex((item) => item.event.id === id);
    const item = items[index];
    return item && { rank: index + 1, score: item.score, reasons: item.reasons.map((r) => [r.kind, r.weight, r.via.map((v) => v.id)]) };
  };

  /** The countries an event involves in the seed (taking part, imposing, targeted), as ids. */
  function seedCountries(eventId: string): string[] {
    const countryRefs = new Set(seed.entities.filter((entity) => entity.kind === 'COUNTRY').map((entity) => entity.ref));
    const found = new Set<string>();
    for (const relation of seed.relations) {
      if (relation.type === 'PARTICIPATED_IN' && countryRefs.has(relation.from) && idOfRef(relation.to) === eventId)
        found.add(idOfRef(relation.from));
      if (
        (relation.type === 'IMPOSED_BY' || relation.type === 'TARGETS') &&
        countryRefs.has(relation.to) &&
        idOfRef(relation.from) === eventId
      ) {
        found.add(idOfRef(relation.to));
      }
    }
    return [...found].sort();
  }

  let tokyo: Related[];
  beforeAll(async () => {
    tokyo = await related(E.tokyo, 50);
  });

  it('ranks the Camp David summit, which the Tokyo meeting follows up, second with a FOLLOWS_UP reason and score 10', () => {
    // 5 (follows up) + 3 countries + 2 sources x 0.5 + 1 topic; 111 days apart, so nothing for nearness in time.
    expect(ranked(tokyo, E.summit)).toEqual({
      rank: 2,
      score: 10,
      reasons: [
        ['FOLLOWS_UP', 5, []],
        ['SHARED_COUNTRY', 3, ['country:JPN', 'country:KOR', 'country:USA']],
        [
          'SAME_SOURCE',
          1,
          [
            'source:2023-trilateral-leaders-summit-u-s-embassy-seoul-page',
            'source:envoys-from-seoul-washington-tokyo-meet-in-japan-to-address',
          ],
        ],
        ['SHARED_TOPIC', 1, ['topic:illegal-cyber-activities']],
      ],
    });
  });

  it('weighs nearness in time 2 on the same day, falling linearly to 0 at 30 days', () => {
    // The ministry's statement is of the same day; the Seoul advisers' meeting two days later: 2 x (1 - 2/30) = 1.87.
    expect(ranked(tokyo, E.statement)).toEqual({
      rank: 3,
      score: 7,
      reasons: [
        [
          'SHARED_TOPIC',
          4,
          ['topic:cryptocurrency-theft', 'topic:exploitation-of-overseas-it-workers', 'topic:hacking', 'topic:illegal-cyber-activities'],
        ],
        ['NEAR_IN_TIME', 2, []],
        [
          'SAME_SOURCE',
          1,
          [
            'source:envoys-from-seoul-washington-tokyo-meet-in-japan-to-address',
            'source:jtbc-report-on-south-korea-s-foreign-ministry-announcement',
          ],
        ],
      ],
    });
    expect(
      reason(
        tokyo.find((item) => item.event.id === E.seoul),
        'NEAR_IN_TIME',
      )!.weight,
    ).toBe(1.87);
    expect(
      reason(
        tokyo.find((item) => item.event.id === E.usSanction),
        'NEAR_IN_TIME',
      )!.weight,
    ).toBe(1.53); // 7 days
  });

  it("includes the Seoul advisers' meeting and the four sanctions, with SHARED_COUNTRY naming exactly the shared countries", () => {
    const tokyoCountries = seedCountries(E.tokyo);
    expect(tokyoCountries).toEqual(['country:JPN', 'country:KOR', 'country:USA']);
    for (const id of [E.seoul, E.korSanction, E.usSanction, E.jpnSanction, E.ausSanction]) {
      const item = tokyo.find((candidate) => candidate.event.id === id);
      expect({ id, included: item !== undefined }).toEqual({ id, included: true });
      const shared = seedCountries(id).filter((country) => tokyoCountries.includes(country));
      const sharedCountry = reason(item, 'SHARED_COUNTRY');
      if (shared.length === 0) expect({ id, sharedCountry }).toEqual({ id, sharedCountry: undefined });
      else expect({ id, via: sharedCountry?.via.map((node) => node.id) }).toEqual({ id, via: shared });
    }
    // Spelled out from the seed: the meeting involves KOR, USA and JPN; the Australian sanction involves AUS and PRK.
    expect(
      reason(
        tokyo.find((item) => item.event.id === E.seoul),
        'SHARED_COUNTRY',
      )!.via.map((n) => n.id),
    ).toEqual(['country:JPN', 'country:KOR', 'country:USA']);
    expect(
      reason(
        tokyo.find((item) => item.event.id === E.korSanction),
        'SHARED_COUNTRY',
      )!.via.map((n) => n.id),
    ).toEqual(['country:KOR']);
    expect(
      reason(
        tokyo.find((item) => item.event.id === E.usSanction),
        'SHARED_COUNTRY',
      )!.via.map((n) => n.id),
    ).toEqual(['country:USA']);
    expect(
      reason(
        tokyo.find((item) => item.event.id === E.jpnSanction),
        'SHARED_COUNTRY',
      )!.via.map((n) => n.id),
    ).toEqual(['country:JPN']);
    expect(
      reason(
        tokyo.find((item) => item.event.id === E.ausSanction),
        'SHARED_COUNTRY',
      ),
    ).toBeUndefined();
    // The meeting came closely after the sanctions (PRECEDED_BY) and was the subject of the ministry's statement.
    expect(tokyo.map((item) => item.event.id)).toContain(E.statement);
  });

  it("never includes the event itself; scores descend and are the sum of the reasons' weights", () => {
    expect(tokyo.map((item) => item.event.id)).not.toContain(E.tokyo);
    expect(new Set(tokyo.map((item) => item.event.id)).size).toBe(tokyo.length);
    expectDescending(tokyo.map((item) => item.score));
    for (const item of tokyo) {
      expect(item.reasons.length).toBeGreaterThan(0);
      expect(item.score).toBeCloseTo(
        item.reasons.reduce((sum, r) => sum + r.weight, 0),
        2,
      );
      expectDescending(item.reasons.map((r) => r.weight));
    }
  });

  it('gives the identical order every time, and Event.related(first: 3) is its first 3', async () => {
    expect(await related(E.tokyo, 50)).toEqual(tokyo);
    const data = await gqlData(
      app.url,
      `query ($id: ID!) { event(id: $id) { related(first: 3) { score event { id } reasons { kind weight via { id } } } } }`,
      {
        id: E.tokyo,
      },
    );
    expect(data.event.related).toEqual(tokyo.slice(0, 3));
    expect(await related(E.tokyo, 3)).toEqual(tokyo.slice(0, 3));
  });

  it("the Camp David summit's related events include the Tokyo meeting, FOLLOWED_BY", async () => {
    const summit = await related(E.summit, 50);
    expect(ranked(summit, E.tokyo)).toMatchObject({ rank: 2, score: 10, reasons: expect.arrayContaining([['FOLLOWED_BY', 5, []]]) });
    expect(summit.map((item) => item.event.id)).not.toContain(E.summit);
    expectDescending(summit.map((item) => item.score));
  });

  it('is empty for an unknown event, and first: 51 is BAD_USER_INPUT', async () => {
    expect(await related('event:no-such-event')).toEqual([]);
    expectBadInput(await gql(app.url, RELATED, { id: E.tokyo, first: 51 }), 'first');
  });
});

describe('shortestPath', () => {
  const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int) {
    shortestPath(fromId: $from, toId: $to, maxHops: $maxHops) { length nodes { id kind label distance } edges { type from to } }
  }`;
  type Path = {
    length: number;
    nodes: Array<{ id: string; kind: string; distance: number }>;
    edges: Array<{ type: string; from: string; to: string }>;
  };
  const path = async (from: string, to: string, maxHops?: number): Promise<Path | null> =>
    (await gqlData(app.url, PATH, { from, to, maxHops })).shortestPath as Path | null;

  function expectWellFormed(found: Path, from: string, to: string): void {
    expect(found.nodes[0].id).toBe(from);
    expect(found.nodes[found.nodes.length - 1].id).toBe(to);
    expect(found.length).toBe(found.edges.length);
    expect(found.length).toBe(found.nodes.length - 1);
    found.edges.forEach((edge, i) => {
      const ends = [found.nodes[i].id, found.nodes[i + 1].id];
      expect([edge.from, edge.to].sort()).toEqual([...ends].sort());
      expect(SOURCE_TYPES).not.toContain(edge.type);
    });
    for (const node of found.nodes) expect(node.kind).not.toBe('SOURCE');
    expect(new Set(found.nodes.map((node) => node.id)).size).toBe(found.nodes.length);
  }

  it('joins Lee Joon-il to Jake Sullivan in 4 hops, first node Lee, last Sullivan, edge by edge', async () => {
    const found = await path(P.lee, P.sullivan);
    expect(found).not.toBeNull();
    expectWellFormed(found!, P.lee, P.sullivan);
    expect(found!.length).toBe(4);
    expect(found!.nodes.map((node) => node.distance)).toEqual([0, 1, 2, 3, 4]);
    // 4 is the shortest: nothing within 3 hops, and maxHops: 4 finds a path of 4.
    expect(await path(P.lee, P.sullivan, 3)).toBeNull();
    expect((await path(P.lee, P.sullivan, 4))!.length).toBe(4);
  });

  it('is null when maxHops is too short (1), a single node for the same id, null for an unknown id', async () => {
    expect(await path(P.lee, P.sullivan, 1)).toBeNull();
    const self = await path(P.lee, P.lee);
    expect(self).toEqual({ length: 0, nodes: [{ id: P.lee, kind: 'PERSON', label: 'Lee Joon-il', distance: 0 }], edges: [] });
    expect(await path('person:nobody-at-all', P.lee)).toBeNull();
    expect(await path(P.lee, 'person:nobody-at-all')).toBeNull();
    expect(await path('person:nobody-at-all', 'person:nobody-at-all')).toBeNull();
  });

  it('rejects maxHops 11 and 0 as BAD_USER_INPUT on "maxHops"', async () => {
    expectBadInput(await gql(app.url, PATH, { from: P.lee, to: P.sullivan, maxHops: 11 }), 'maxHops');
    expectBadInput(await gql(app.url, PATH, { from: P.lee, to: P.sullivan, maxHops: 0 }), 'maxHops');
  });

  it('never goes through sources: the author, linked only through the article, has no path to Lee even within 10 hops', async () => {
    const rows = await app.graph.read({
      cypher: 'MATCH (p:Person {id: $id})-[r]-() RETURN collect(DISTINCT type(r)) AS types',
      params: { id: P.chung },
    });
    const types = rows[0].types as string[];
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((type) => SOURCE_TYPES.includes(type))).toBe(true);
    expect(await path(P.chung, P.lee, 10)).toBeNull();
    expect(await path(P.lee, P.chung, 10)).toBeNull();
  });

  it('paths with maxHops 10 between other seed people contain no sources', async () => {
    const people = ['person:jung-pak', P.ishizuki, 'person:cho-tae-yong', 'person:akiba-takeo', 'person:joe-biden', 'person:yoon-suk-yeol'];
    for (const to of people) {
      const found = await path(P.lee, to, 10);
      expect({ to, found: found !== null }).toEqual({ to, found: true });
      expectWellFormed(found!, P.lee, to);
    }
  });
});

describe('neighborhood', () => {
  const HOOD = `query ($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { id kind label distance } edges { type from to } }
  }`;
  type Hood = {
    truncated: boolean;
    nodes: Array<{ id: string; kind: string; distance: number }>;
    edges: Array<{ type: string; from: string; to: string }>;
  };
  const hood = async (id: string, depth?: number, limit?: number): Promise<Hood> =>
    (await gqlData(app.url, HOOD, { id, depth, limit })).neighborhood as Hood;

  async function factNeighbours(id: string): Promise<string[]> {
    const rows = await app.graph.read({
      cypher: `MATCH (a:Entity {id: $id})-[r]-(b:Entity) WHERE NOT type(r) IN $sourceTypes RETURN collect(DISTINCT b.id) AS ids`,
      params: { id, sourceTypes: SOURCE_TYPES },
    });
    return (rows[0].ids as string[]).sort();
  }

  async function factEdges(ids: string[]): Promise<string[]> {
    const rows = await app.graph.read({
      cypher: `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND NOT type(r) IN $sourceTypes
               RETURN type(r) AS type, a.id AS from, b.id AS to`,
      params: { ids, sourceTypes: SOURCE_TYPES },
    });
    return rows.map((row) => `${row.type} ${row.from} ${row.to}`).sort();
  }

  it('finds the same edges whichever nodes count as busy: read outward, inward, or between busy ends type by type', async () => {
    const edgesWith = async (hubDegree: number) => {
      const [row] = await app.graph.read(neighborhoodQuery(P.lee, 2, 100, false, { evidence: false, wholeNodes: false }, hubDegree));
      return (row.edges as string[][]).map((edge) => edge.join(' ')).sort();
    };
    const usual = await edgesWith(1_000);
    expect(usual.length).toBeGreaterThan(20);
    // 0: every node is busy both ways (every edge by the per-type expand-into); 3: some are; the usual: none in the seed.
    expect(await edgesWith(0)).toEqual(usual);
    expect(await edgesWith(3)).toEqual(usual);
    const found = await hood(P.lee, 2);
    expect(usual).toEqual(await factEdges(found.nodes.map((node) => node.id)));
    // At 3, the kept nodes are of every sort: busy and quiet senders, busy and quiet receivers.
    const [degrees] = await app.graph.read({
      cypher: `UNWIND $ids AS id MATCH (n:Entity {id: id})
               WITH COUNT { (n)-[r]->() WHERE NOT type(r) IN $sourceTypes } AS out, COUNT { (n)<-[r]-() WHERE NOT type(r) IN $sourceTypes } AS in
               RETURN sum(CASE WHEN out > 3 THEN 1 ELSE 0 END) AS busySenders, sum(CASE WHEN out <= 3 THEN 1 ELSE 0 END) AS quietSenders,
                      sum(CASE WHEN in > 3 THEN 1 ELSE 0 END) AS busyReceivers, sum(CASE WHEN in <= 3 THEN 1 ELSE 0 END) AS quietReceivers`,
      params: { ids: found.nodes.map((node) => node.id), sourceTypes: SOURCE_TYPES },
    });
    for (const count of Object.values(degrees)) expect(Number(count)).toBeGreaterThan(0);
  });

  it('depth 1 of Lee Joon-il: the start first (distance 0), then exactly his non-source neighbours at distance 1, with every edge between them', async () => {
    const expected = await factNeighbours(P.lee);
    expect(expected.length).toBeGreaterThan(0);
    const found = await hood(P.lee, 1);
    expect(found.nodes[0]).toMatchObject({ id: P.lee, kind: 'PERSON', distance: 0 });
    expect(
      found.nodes
        .slice(1)
        .map((node) => node.id)
        .sort(),
    ).toEqual(expected);
    expect(found.nodes.slice(1).every((node) => node.distance === 1)).toBe(true);
    expect(found.truncated).toBe(false);
    expect(found.nodes.every((node) => node.kind !== 'SOURCE')).toBe(true);
    const ids = found.nodes.map((node) => node.id);
    expect(found.edges.map((edge) => `${edge.type} ${edge.from} ${edge.to}`).sort()).toEqual(await factEdges(ids));
  });

  it('truncated tells whether the limit cut: limit = the size is not truncated, one less is', async () => {
    const size = (await factNeighbours(P.lee)).length + 1;
    const exact = await hood(P.lee, 1, size);
    expect(exact.nodes).toHaveLength(size);
    expect(exact.truncated).toBe(false);
    const cut = await hood(P.lee, 1, size - 1);
    expect(cut.nodes).toHaveLength(size - 1);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes[0].id).toBe(P.lee);
  });

  it('depth 2 with limit 5: 5 nodes, truncated, distances non-decreasing, every edge between returned nodes', async () => {
    const found = await hood(P.lee, 2, 5);
    expect(found.nodes).toHaveLength(5);
    expect(found.truncated).toBe(true);
    expect(found.nodes[0]).toMatchObject({ id: P.lee, distance: 0 });
    const distances = found.nodes.map((node) => node.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(Math.max(...distances)).toBeLessThanOrEqual(2);
    const ids = new Set(found.nodes.map((node) => node.id));
    expect(ids.size).toBe(5);
    for (const edge of found.edges) {
      expect(ids.has(edge.from)).toBe(true);
      expect(ids.has(edge.to)).toBe(true);
      expect(SOURCE_TYPES).not.toContain(edge.type);
    }
    expect(found.edges.map((edge) => `${edge.type} ${edge.from} ${edge.to}`).sort()).toEqual(await factEdges([...ids]));
    // distance 1 nodes are his neighbours; distance 2 nodes are neighbours of those.
    const neighbours = await factNeighbours(P.lee);
    for (const node of found.nodes.filter((n) => n.distance === 1)) expect(neighbours).toContain(node.id);
    for (const node of found.nodes.filter((n) => n.distance === 2)) expect(neighbours).not.toContain(node.id);
  });

  it('rejects depth 4 ("depth") and limit 1001 ("limit"); an unknown id has no nodes', async () => {
    expectBadInput(await gql(app.url, HOOD, { id: P.lee, depth: 4 }), 'depth');
    expectBadInput(await gql(app.url, HOOD, { id: P.lee, depth: 0 }), 'depth');
    expectBadInput(await gql(app.url, HOOD, { id: P.lee, limit: 1001 }), 'limit');
    expectBadInput(await gql(app.url, HOOD, { id: P.lee, limit: 0 }), 'limit');
    expect(await hood('person:nobody-at-all', 2)).toEqual({ truncated: false, nodes: [], edges: [] });
  });
});

describe('eventStats', () => {
  const STATS = `query ($groupBy: EventGrouping!, $filter: EventFilter) {
    eventStats(groupBy: $groupBy, filter: $filter) { key label count }
    events(filter: $filter) { totalCount }
  }`;
  type Bucket = { key: string; label: string; count: number };
  const stats = async (groupBy: string, filter?: Record<string, unknown>): Promise<{ buckets: Bucket[]; totalCount: number }> => {
    const data = await gqlData(app.url, STATS, { groupBy, filter });
    return { buckets: data.eventStats, totalCount: data.events.totalCount };
  };
  const totalOf = async (filter: Record<string, unknown>): Promise<number> =>
    (await gqlData(app.url, 'query ($filter: EventFilter) { events(filter: $filter) { totalCount } }', { filter })).events.totalCount;
  const sum = (buckets: Bucket[]) => buckets.reduce((total, bucket) => total + bucket.count, 0);

  it('MONTH on the seed: 2023-08: 2, 2023-11: 2, 2023-12: 6 (as the seed dates say), summing to totalCount', async () => {
    const fromSeed = new Map<string, number>();
    for (const event of seed.events) {
      const date = /^event:(\d{4}-\d{2})-\d{2}-/.exec(seedEventId(event))?.[1];
      const key = date ?? 'UNDATED';
      fromSeed.set(key, (fromSeed.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(fromSeed)).toEqual({ '2023-08': 2, '2023-11': 2, '2023-12': 6 });
    const { buckets, totalCount } = await stats('MONTH');
    expect(buckets.map(({ key, count }) => ({ key, count }))).toEqual([
      { key: '2023-08', count: 2 },
      { key: '2023-11', count: 2 },
      { key: '2023-12', count: 6 },
    ]);
    expect(sum(buckets)).toBe(totalCount);
  });

  it('TYPE buckets sum to totalCount, SANCTION is 4, and each type matches events(filter: {types})', async () => {
    const { buckets, totalCount } = await stats('TYPE');
    expect(sum(buckets)).toBe(totalCount);
    expect(buckets.find((bucket) => bucket.key === 'SANCTION')?.count).toBe(4);
    expect(new Set(buckets.map((bucket) => bucket.key)).size).toBe(buckets.length);
    for (const bucket of buckets)
      expect({ key: bucket.key, count: await totalOf({ types: [bucket.key] }) }).toEqual({ key: bucket.key, count: bucket.count });
  });

  it('each COUNTRY bucket counts what events(filter: {countryIds: [K]}) counts; NONE counts the events without a country', async () => {
    const { buckets, totalCount } = await stats('COUNTRY');
    const countries = buckets.filter((bucket) => bucket.key !== 'NONE');
    expect(countries.length).toBeGreaterThan(0);
    for (const bucket of countries) {
      expect({ key: bucket.key, count: await totalOf({ countryIds: [bucket.key] }) }).toEqual({ key: bucket.key, count: bucket.count });
    }
    const none = buckets.find((bucket) => bucket.key === 'NONE')?.count ?? 0;
    expect(none).toBe(totalCount - (await totalOf({ countryIds: countries.map((bucket) => bucket.key) })));
    expect(buckets.find((bucket) => bucket.key === 'country:PRK')?.label).toBe('North Korea');
  });

  it('each TOPIC bucket counts what events(filter: {topicIds: [K]}) counts; NONE counts the events without a topic', async () => {
    const { buckets, totalCount } = await stats('TOPIC');
    const topics = buckets.filter((bucket) => bucket.key !== 'NONE');
    expect(topics.length).toBeGreaterThan(0);
    for (const bucket of topics) {
      expect({ key: bucket.key, count: await totalOf({ topicIds: [bucket.key] }) }).toEqual({ key: bucket.key, count: bucket.count });
    }
    const none = buckets.find((bucket) => bucket.key === 'NONE')?.count ?? 0;
    expect(none).toBe(totalCount - (await totalOf({ topicIds: topics.map((bucket) => bucket.key) })));
  });

  it('a filter (types: [SANCTION]) applies to the stats as to events', async () => {
    const filter = { types: ['SANCTION'] };
    const month = await stats('MONTH', filter);
    expect(month.totalCount).toBe(4);
    expect(month.buckets.map(({ key, count }) => ({ key, count }))).toEqual([
      { key: '2023-11', count: 1 },
      { key: '2023-12', count: 3 },
    ]);
    const type = await stats('TYPE', filter);
    expect(type.buckets.map(({ key, count }) => ({ key, count }))).toEqual([{ key: 'SANCTION', count: 4 }]);
    const country = await stats('COUNTRY', filter);
    for (const bucket of country.buckets.filter((b) => b.key !== 'NONE')) {
      expect({ key: bucket.key, count: await totalOf({ ...filter, countryIds: [bucket.key] }) }).toEqual({
        key: bucket.key,
        count: bucket.count,
      });
    }
    expect(country.buckets.find((bucket) => bucket.key === 'country:PRK')?.count).toBe(4);
  });
});
