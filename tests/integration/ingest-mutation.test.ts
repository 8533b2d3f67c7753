import { RunningApp } from '../../src/app';
import { CypherQuery } from '../../src/graph/cypher';
import { GraphExecutor, Row } from '../../src/graph/executor';
import { IngestService } from '../../src/ingest/ingest.service';
import { IngestReport } from '../../src/ingest/ingest-report.type';
import { nameKey } from '../../src/common/names';
import {
  ArticleJson,
  firstError,
  INGEST_MUTATION,
  postGraphQL,
  RawResponse,
  readFixture,
  restoreSeed,
  SEED_IDS,
} from '../helpers/ingest-helpers';
import { readSeed } from '../helpers/seed-facts';
import { graphCounts, startTestApp } from '../helpers/test-app';

/**
 * The ingestArticle mutation over HTTP, against the real Neo4j holding the seed: a second article about the Tokyo
 * meeting merges into what is there, a re-ingest is a no-op, a month-precision source adds a date claim, bad inputs
 * are BAD_USER_INPUT naming the field and write nothing, writes need the key, concurrent ingests of one new person
 * make one node, and a failure part-way leaves nothing behind.
 *
 * This file adds data, so it starts from the pure seed (clear + load) and leaves the pure seed (clear + load) behind.
 */
const KEY = 'test-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };

type Counts = Awaited<ReturnType<typeof graphCounts>>;

let app: RunningApp;
let seedReport: IngestReport;
let seeded: Counts;
/** Every response body this file received, to check that none of them echoes the key. */
const bodies: string[] = [];

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const response = await postGraphQL(url, query, variables, headers);
  bodies.push(response.text);
  return response;
}

function ingest(article: unknown, headers: Record<string, string> = AUTH, url = app.url): Promise<RawResponse> {
  return post(url, INGEST_MUTATION, { input: article }, headers);
}

/** The report of a successful ingest; fails the test with the first error otherwise. */
function reportOf(response: RawResponse): IngestReport {
  if (response.body.errors?.length || !response.body.data?.ingestArticle) throw new Error(`ingest failed: ${firstError(response)}`);
  return response.body.data.ingestArticle as IngestReport;
}

async function read<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await post(app.url, query, variables);
  if (response.body.errors?.length) throw new Error(`read failed: ${firstError(response)}`);
  return response.body.data as T;
}

async function cypherRows(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return app.graph.read({ cypher, params });
}

async function labelCounts(): Promise<Record<string, number>> {
  const rows = await cypherRows(`
    UNWIND ['Person', 'Organization', 'Country', 'Place', 'Topic', 'Event', 'Source'] AS label
    CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
    RETURN label, count`);
  return Object.fromEntries(rows.map((row) => [row.label as string, Number(row.count)]));
}

async function sourcesWithUrl(url: string): Promise<number> {
  const [row] = await cypherRows('MATCH (s:Source {url: $url}) RETURN count(s) AS count', { url });
  return Number(row.count);
}

/** Name, aliases and native names of some nodes, by id. */
async function namesOf(ids: string[]): Promise<Record<string, { name: string; aliases: string[]; nativeNames: string[] }>> {
  const rows = await cypherRows(
    'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.nativeNames AS nativeNames',
    { ids },
  );
  return Object.fromEntries(
    rows.map((row) => [
      row.id as string,
      { name: row.name as string, aliases: (row.aliases as string[]) ?? [], nativeNames: (row.nativeNames as string[]) ?? [] },
    ]),
  );
}

/** How many quotes an article carries (each is new evidence when the article is new). */
function quoteCount(article: ArticleJson): number {
  return [...article.entities, ...article.events, ...article.relations].reduce((sum, item) => sum + item.evidence.length, 0);
}

/** The nodes an article gives evidence for, by ref: each gets one MENTIONS from the new source. */
function mentionedRefs(article: ArticleJson): Set<string> {
  const refs = new Set<string>([...article.entities, ...article.events].map((item) => item.ref as string));
  for (const relation of article.relations) refs.add(relation.from).add(relation.to);
  return refs;
}

/** A copy of an article under a new address and title, so that, if it were accepted, it would be a new source. */
function variant(article: ArticleJson, tag: string): ArticleJson {
  const copy = JSON.parse(JSON.stringify(article)) as ArticleJson;
  copy.source.url = `https://example.org/test-fixtures/variant-${tag}`;
  copy.source.title = `${copy.source.title} (variant ${tag})`;
  return copy;
}

beforeAll(async () => {
  app = await startTestApp({ API_KEYS: KEY });
  seedReport = await restoreSeed(app);
  seeded = await graphCounts(app);
}, 120_000);

afterAll(async () => {
  try {
    await restoreSeed(app); // leave the pure seed for the other files
    expect(await graphCounts(app)).toEqual(seeded);
  } finally {
    await app.stop();
  }
}, 120_000);

const second = readFixture('second-article.json');

describe('a second article about the Tokyo meeting, named by names only', () => {
  let before: Counts;
  let labelsBefore: Record<string, number>;
  let namesBefore: Awaited<ReturnType<typeof namesOf>>;
  let mofaJapanId: string;
  let cryptoTopicId: string;
  let response: RawResponse;
  let report: IngestReport;
  const mergedIds = [SEED_IDS.lee, SEED_IDS.pak, SEED_IDS.ishizuki, SEED_IDS.kor, SEED_IDS.usa, SEED_IDS.jpn, SEED_IDS.tokyo];

  beforeAll(async () => {
    expect(JSON.stringify(second)).not.toMatch(/"id"\s*:/); // the fixture names nothing by id
    before = await graphCounts(app);
    labelsBefore = await labelCounts();
    namesBefore = await namesOf(mergedIds);
    [{ id: mofaJapanId }] = (await cypherRows(
      "MATCH (o:Organization {name: 'Ministry of Foreign Affairs of Japan'}) RETURN o.id AS id",
    )) as Array<{ id: string }>;
    [{ id: cryptoTopicId }] = (await cypherRows("MATCH (t:Topic {name: 'cryptocurrency theft'}) RETURN t.id AS id")) as Array<{
      id: string;
    }>;
    response = await ingest(second);
    report = reportOf(response);
  });

  it('is accepted with the key, and reports every entity and the event as merged, with what matched', () => {
    expect(response.status).toBe(200);
    const merged = Object.fromEntries(report.merged.map((node) => [node.ref, { id: node.id, kind: node.kind, matchedBy: node.matchedBy }]));
    expect(merged).toEqual({
      lee: { id: SEED_IDS.lee, kind: 'PERSON', matchedBy: 'name' },
      pak: { id: SEED_IDS.pak, kind: 'PERSON', matchedBy: 'name' },
      ishizuki: { id: SEED_IDS.ishizuki, kind: 'PERSON', matchedBy: 'name' },
      kor: { id: SEED_IDS.kor, kind: 'COUNTRY', matchedBy: 'ISO code' },
      usa: { id: SEED_IDS.usa, kind: 'COUNTRY', matchedBy: 'ISO code' },
      jpn: { id: SEED_IDS.jpn, kind: 'COUNTRY', matchedBy: 'ISO code' },
      tokyo: { id: SEED_IDS.tokyo, kind: 'PLACE', matchedBy: 'name' },
      'mofa-jpn': { id: mofaJapanId, kind: 'ORGANIZATION', matchedBy: 'name' },
      crypto: { id: cryptoTopicId, kind: 'TOPIC', matchedBy: 'name' },
      meeting: { id: SEED_IDS.tokyoMeeting, kind: 'EVENT', matchedBy: 'type, date, place and participants' },
    });
  });

  it('creates only the new source; every relationship it states was already there and gains its evidence', () => {
    expect(report.created).toEqual([
      expect.objectContaining({ ref: 'article', kind: 'SOURCE', id: report.sourceId, label: second.source.title }),
    ]);
    expect(report.created[0].matchedBy ?? null).toBeNull();
    expect(report.sourceId).toMatch(/^source:/);
    expect(report.sourceId).not.toBe(seedReport.sourceId);
    expect(report.relationsCreated).toBe(0);
    expect(report.relationsMerged).toBe(second.relations.length);
    expect(report.evidenceAdded).toBe(quoteCount(second));
    expect(report.changed).toBe(true);
  });

  it('adds exactly one node (the source), one MENTIONS per node it names, and its quotes', async () => {
    const after = await graphCounts(app);
    expect(after).toEqual({
      nodes: before.nodes + 1,
      relationships: before.relationships + mentionedRefs(second).size,
      evidence: before.evidence + quoteCount(second),
    });
    expect(await labelCounts()).toEqual({ ...labelsBefore, Source: labelsBefore.Source + 1 });
  });

  it('duplicates nobody: one Lee, one Jung Pak, one Ishizuki, one MEETING on 2023-12-07', async () => {
    const [people] = await cypherRows(
      `MATCH (p:Person)
       WITH p, [name IN [p.name] + coalesce(p.aliases, []) | toLower(name)] AS names
       RETURN sum(CASE WHEN any(n IN names WHERE n STARTS WITH 'lee j') THEN 1 ELSE 0 END) AS lee,
              sum(CASE WHEN any(n IN names WHERE n CONTAINS 'pak') THEN 1 ELSE 0 END) AS pak,
              sum(CASE WHEN any(n IN names WHERE n CONTAINS 'ishizuki') THEN 1 ELSE 0 END) AS ishizuki`,
    );
    expect({ lee: Number(people.lee), pak: Number(people.pak), ishizuki: Number(people.ishizuki) }).toEqual({
      lee: 1,
      pak: 1,
      ishizuki: 1,
    });
    const [meetings] = await cypherRows("MATCH (e:Event {type: 'MEETING'}) WHERE e.date = date('2023-12-07') RETURN collect(e.id) AS ids");
    expect(meetings.ids).toEqual([SEED_IDS.tokyoMeeting]);
    const [places] = await cypherRows("MATCH (p:Place) WHERE toLower(p.name) = 'tokyo' RETURN count(p) AS count");
    expect(Number(places.count)).toBe(1);
  });

  it("lists the new source among the event's sources", async () => {
    const data = await read('query ($id: ID!) { event(id: $id) { sources { id } } }', { id: SEED_IDS.tokyoMeeting });
    const sourceIds = data.event.sources.map((source: { id: string }) => source.id);
    expect(sourceIds).toEqual(expect.arrayContaining([seedReport.sourceId, report.sourceId]));
  });

  const PERSON = `query ($id: ID!) {
    person(id: $id) {
      id name aliases nativeNames
      positions { title organization { id } evidence { quote source { id } } }
      participations { event { id } title titles { value evidence { quote source { id } } } }
    }
  }`;
  type Claim = { value: string; evidence: Array<{ quote: string; source: { id: string } }> };

  async function tokyoParticipation(personId: string): Promise<{ title: string; titles: Claim[] }> {
    const data = await read(PERSON, { id: personId });
    const participation = data.person.participations.find((p: { event: { id: string } }) => p.event.id === SEED_IDS.tokyoMeeting);
    expect(participation).toBeDefined();
    return participation;
  }

  it("keeps Jung Pak's titles from the seed and adds the new one, with the new source as its evidence", async () => {
    const participation = await tokyoParticipation(SEED_IDS.pak);
    const byValue = Object.fromEntries(participation.titles.map((claim) => [claim.value, claim.evidence.map((e) => e.source.id)]));
    expect(Object.keys(byValue).sort()).toEqual(
      ['Deputy Assistant Secretary', 'Deputy Special Representative for North Korea', 'Deputy Special Representative for the DPRK'].sort(),
    );
    expect(byValue['Deputy Special Representative for North Korea']).toEqual([report.sourceId]);
    expect(byValue['Deputy Assistant Secretary']).toEqual([seedReport.sourceId]);
    expect(byValue['Deputy Special Representative for the DPRK']).not.toContain(report.sourceId);
    const claim = participation.titles.find((c) => c.value === 'Deputy Special Representative for North Korea') as Claim;
    expect(claim.evidence[0].quote).toBe("Washington's Jung H. Pak, Deputy Special Representative for North Korea");
    expect(participation.title).toBe('Deputy Assistant Secretary'); // the first source's title stays the headline
  });

  it("adds its source to Ishizuki's Ambassador title at the meeting (the seed has it from the Foreign Ministry's announcement), and to the position", async () => {
    const participation = await tokyoParticipation(SEED_IDS.ishizuki);
    const values = participation.titles.map((claim) => claim.value);
    expect(values).toEqual(
      expect.arrayContaining(['Deputy Director-General of the Foreign Policy Bureau', 'Ambassador in charge of Cyber Policy']),
    );
    const ambassador = participation.titles.find((c) => c.value === 'Ambassador in charge of Cyber Policy') as Claim;
    expect(ambassador.evidence.map((e) => e.source.id)).toEqual([
      'source:jtbc-report-on-south-korea-s-foreign-ministry-announcement',
      report.sourceId,
    ]);

    const data = await read(PERSON, { id: SEED_IDS.ishizuki });
    const positions = data.person.positions as Array<{ title: string; organization: { id: string }; evidence: Claim['evidence'] }>;
    expect(positions.map((p) => p.title).sort()).toEqual([
      'Ambassador in charge of Cyber Policy',
      'Deputy Director-General of the Foreign Policy Bureau',
    ]);
    const position = positions.find((p) => p.title === 'Ambassador in charge of Cyber Policy');
    expect(position?.organization.id).toBe(mofaJapanId);
    expect(position?.evidence.map((e) => e.source.id)).toEqual(expect.arrayContaining([report.sourceId]));
  });

  it("adds Lee's new participation title beside the seed's", async () => {
    const participation = await tokyoParticipation(SEED_IDS.lee);
    expect(participation.titles.map((claim) => claim.value).sort()).toEqual(
      ['Director-General for North Korean Nuclear Affairs', 'deputy nuclear envoy'].sort(),
    );
  });

  it('gives the merged people, countries and place no new or duplicate aliases or native names', async () => {
    const after = await namesOf(mergedIds);
    expect(after).toEqual(namesBefore);
    for (const [id, names] of Object.entries(after)) {
      expect({ id, aliases: new Set(names.aliases).size, nativeNames: new Set(names.nativeNames).size }).toEqual({
        id,
        aliases: names.aliases.length,
        nativeNames: names.nativeNames.length,
      });
      expect(names.aliases).not.toContain(names.name);
    }
    // The seed's own spellings, unchanged.
    const seedLee = readSeed().entities.find((entity) => entity.ref === 'lee-joon-il');
    expect(after[SEED_IDS.lee]).toEqual({ name: seedLee?.name, aliases: seedLee?.aliases, nativeNames: seedLee?.nativeNames });
  });

  it('changes nothing when the same article is ingested again', async () => {
    const countsBefore = await graphCounts(app);
    const again = reportOf(await ingest(second));
    expect(again.sourceId).toBe(report.sourceId);
    expect(again.created).toEqual([]);
    expect(again.merged).toEqual(
      expect.arrayContaining([expect.objectContaining({ ref: 'article', id: report.sourceId, kind: 'SOURCE' })]),
    );
    expect(again.merged).toHaveLength(1 + second.entities.length + second.events.length);
    expect(again.relationsCreated).toBe(0);
    expect(again.evidenceAdded).toBe(0);
    expect(again.changed).toBe(false);
    expect(await graphCounts(app)).toEqual(countsBefore);
  });
});

describe('a source that dates the Tokyo meeting only to the month', () => {
  const month = readFixture('month-precision-article.json');
  let before: Counts;
  let report: IngestReport;

  beforeAll(async () => {
    before = await graphCounts(app);
    report = reportOf(await ingest(month));
  });

  it('merges into the same event: no new MEETING', async () => {
    expect(report.merged).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ref: 'meeting', id: SEED_IDS.tokyoMeeting, matchedBy: 'type, date and place' }),
        expect.objectContaining({ ref: 'tokyo', id: SEED_IDS.tokyo, matchedBy: 'name' }),
      ]),
    );
    expect(report.created.map((node) => node.kind)).toEqual(['SOURCE']);
    const [meetings] = await cypherRows(
      "MATCH (e:Event {type: 'MEETING'}) WHERE date('2023-12-01') <= e.date <= date('2023-12-31') RETURN count(e) AS count",
    );
    const seedMeetingsInDecember = readSeed().events.filter((e) => e.type === 'MEETING' && e.date?.startsWith('2023-12')).length;
    expect(Number(meetings.count)).toBe(seedMeetingsInDecember);
    expect((await graphCounts(app)).nodes).toBe(before.nodes + 1);
  });

  it('keeps the day-precise date, and lists both the DAY and the MONTH claim with their sources', async () => {
    const data = await read(
      `query ($id: ID!) { event(id: $id) { date datePrecision dateText
         dateClaims { date datePrecision dateText evidence { quote source { id } } } } }`,
      { id: SEED_IDS.tokyoMeeting },
    );
    expect(data.event).toMatchObject({ date: '2023-12-07', datePrecision: 'DAY', dateText: 'Thursday' });
    type DateClaim = {
      date: string;
      datePrecision: string;
      dateText: string | null;
      evidence: Array<{ quote: string; source: { id: string } }>;
    };
    const claims = data.event.dateClaims as DateClaim[];
    const day = claims.filter((claim) => claim.datePrecision === 'DAY');
    expect(day.length).toBeGreaterThan(0);
    expect(day.every((claim) => claim.date === '2023-12-07')).toBe(true);
    expect(day.flatMap((claim) => claim.evidence.map((e) => e.source.id))).toEqual(expect.arrayContaining([seedReport.sourceId]));
    const monthClaims = claims.filter((claim) => claim.datePrecision === 'MONTH');
    expect(monthClaims).toHaveLength(1);
    expect(monthClaims[0]).toMatchObject({ date: '2023-12-01', dateText: 'In December 2023' });
    expect(monthClaims[0].evidence.map((e) => e.source.id)).toEqual([report.sourceId]);
    expect(monthClaims[0].evidence[0].quote).toBe(month.events[0].evidence[0].quote);
  });
});

describe('bad inputs: BAD_USER_INPUT naming the field, and nothing written', () => {
  const cases: Array<[string, (article: ArticleJson) => unknown, string]> = [
    [
      'a source without text (a variable coercion error)',
      (article) => {
        delete article.source.text;
        return article;
      },
      'source.text',
    ],
    [
      'a quote that is not in the text',
      (article) => {
        article.entities[0].evidence[0].quote = 'words that this article never says';
        return article;
      },
      'entities[0].evidence[0].quote',
    ],
    [
      'an unknown relationship type',
      (article) => {
        article.relations[0].type = 'MET_WITH';
        return article;
      },
      'relations[0].type',
    ],
    [
      'a relation to a ref that the article does not declare',
      (article) => {
        article.relations[0].to = 'nowhere';
        return article;
      },
      'relations[0].to',
    ],
    [
      'a date that does not exist (2023-02-30)',
      (article) => {
        article.events[0].date = '2023-02-30';
        return article;
      },
      'events[0].date',
    ],
    [
      'a text of 200,001 characters',
      (article) => {
        article.source.text = `${article.source.text} ${'x'.repeat(200_001 - article.source.text.length - 1)}`;
        expect(article.source.text).toHaveLength(200_001);
        return article;
      },
      'source.text',
    ],
    [
      '10,000 entities',
      (article) => {
        article.entities = Array.from({ length: 10_000 }, (_, i) => ({
          ref: `e${i}`,
          kind: 'TOPIC',
          name: `t${i}`,
          evidence: [{ quote: 'Tokyo' }],
        }));
        article.relations = [];
        article.events = [];
        return article;
      },
      'entities',
    ],
    [
      'an id that does not exist',
      (article) => {
        article.entities[0].id = 'person:nobody';
        return article;
      },
      'entities[0].id',
    ],
    [
      'a relation between the wrong kinds (a person HELD_IN a place)',
      (article) => {
        expect(article.relations[0].type).toBe('HELD_IN');
        article.relations[0].from = 'lee';
        return article;
      },
      'relations[0].from',
    ],
  ];

  it.each(cases)('%s', async (name, breakIt, field) => {
    const tag = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    const article = variant(second, tag);
    const input = breakIt(article);
    const variables = { input };
    expect(JSON.stringify(variables).length).toBeLessThan(3_000_000);
    const before = await graphCounts(app);
    const response = await ingest(input);
    const error = response.body.errors?.[0];
    expect({ code: error?.extensions?.code, field: error?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(response.body.data?.ingestArticle ?? null).toBeNull();
    expect(response.text.length).toBeLessThan(100_000); // the error does not echo a huge input back
    expect(await graphCounts(app)).toEqual(before);
    expect(await sourcesWithUrl(article.source.url)).toBe(0);
  });
});

describe('a failure part-way through the transaction leaves nothing', () => {
  it('an id that does not exist, found during resolution, rolls back the whole article', async () => {
    const article = variant(second, 'missing-place-id');
    article.entities.push({ ref: 'newcomer', kind: 'PERSON', name: 'Fixture Newcomer Who Must Not Exist', evidence: [{ quote: 'Tokyo' }] });
    article.relations[0].to = 'place:atlantis'; // a valid-looking id of the right kind, absent from the graph
    const before = await graphCounts(app);
    const response = await ingest(article);
    const error = response.body.errors?.[0];
    expect({ code: error?.extensions?.code, field: error?.extensions?.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'relations[0].to',
    });
    expect(await graphCounts(app)).toEqual(before);
    expect(await sourcesWithUrl(article.source.url)).toBe(0);
    const [newcomer] = await cypherRows("MATCH (p:Person {name: 'Fixture Newcomer Who Must Not Exist'}) RETURN count(p) AS count");
    expect(Number(newcomer.count)).toBe(0);
  });

  it('a database failure after the nodes were written rolls them back too', async () => {
    const seen: string[] = [];
    /** The real executor, except that the first relationship write inside the transaction fails. */
    class FailingOnRelationships extends GraphExecutor {
      override writeTransaction<T>(work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>): Promise<T> {
        return super.writeTransaction((run) =>
          work(async (query) => {
            if (/MERGE \(a\)-\[r:/.test(query.cypher)) throw new Error('injected failure after the nodes were written');
            seen.push(query.cypher.includes('MERGE (n:Entity') ? 'nodes' : 'other');
            return run(query);
          }),
        );
      }
    }
    const service = new IngestService(new FailingOnRelationships(app.driver, process.env.NEO4J_DATABASE || 'neo4j'));
    const article = variant(second, 'injected-failure');
    article.entities.push({ ref: 'newcomer', kind: 'PERSON', name: 'Fixture Newcomer Rolled Back', evidence: [{ quote: 'Tokyo' }] });
    const before = await graphCounts(app);
    await expect(service.ingest(article)).rejects.toThrow('injected failure');
    expect(seen).toContain('nodes'); // the nodes were written inside the transaction before it failed
    expect(await graphCounts(app)).toEqual(before);
    expect(await sourcesWithUrl(article.source.url)).toBe(0);
    const [newcomer] = await cypherRows("MATCH (p:Person {name: 'Fixture Newcomer Rolled Back'}) RETURN count(p) AS count");
    expect(Number(newcomer.count)).toBe(0);
  });
});

describe('access', () => {
  const READ = `query ($id: ID!) { event(id: $id) { id title } }`;

  it('refuses the mutation without a key, or with a wrong one (UNAUTHENTICATED), and writes nothing', async () => {
    const article = variant(second, 'unauthenticated');
    const before = await graphCounts(app);
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer not-the-key-0123456789abcdef' }, { authorization: KEY }];
    for (const headers of attempts) {
      const response = await ingest(article, headers);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.body.data?.ingestArticle ?? null).toBeNull();
    }
    expect(await graphCounts(app)).toEqual(before);
    expect(await sourcesWithUrl(article.source.url)).toBe(0);
  });

  it('serves reads without a key', async () => {
    const response = await post(app.url, READ, { id: SEED_IDS.tokyoMeeting });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.event.id).toBe(SEED_IDS.tokyoMeeting);
  });

  it('answers FORBIDDEN on a server with no API_KEYS, even to a request that sends a key', async () => {
    const readOnly = await startTestApp({ API_KEYS: '' });
    try {
      const article = variant(second, 'forbidden');
      const before = await graphCounts(app);
      for (const headers of [AUTH, {}]) {
        const response = await ingest(article, headers, readOnly.url);
        expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await graphCounts(app)).toEqual(before);
      const read = await post(readOnly.url, READ, { id: SEED_IDS.tokyoMeeting });
      expect(read.body.data?.event.id).toBe(SEED_IDS.tokyoMeeting);
    } finally {
      await readOnly.stop();
    }
  }, 120_000);

  it('with READ_REQUIRES_AUTH, refuses a read without a valid key (HTTP 401, UNAUTHENTICATED) and serves it with the key', async () => {
    const locked = await startTestApp({ API_KEYS: KEY, READ_REQUIRES_AUTH: 'true' });
    try {
      const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong-key-0123456789abcdef' }];
      for (const headers of attempts) {
        const refused = await post(locked.url, READ, { id: SEED_IDS.tokyoMeeting }, headers);
        expect(refused.status).toBe(401);
        expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(refused.body.data?.event ?? null).toBeNull();
      }
      const allowed = await post(locked.url, READ, { id: SEED_IDS.tokyoMeeting }, AUTH);
      expect(allowed.status).toBe(200);
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data?.event.id).toBe(SEED_IDS.tokyoMeeting);
    } finally {
      await locked.stop();
    }
  }, 120_000);
});

describe('concurrent ingests that introduce the same new person under two spellings', () => {
  const rounds = [
    { name: 'Park Jin-woo', alias: 'Pak Jin-u', org: 'Fixture Cyber Task Force Alpha', orgAlias: 'FCTF Alpha' },
    { name: 'Choi Seung-hoon', alias: 'Choe Sung-hun', org: 'Fixture Cyber Task Force Bravo', orgAlias: 'FCTF Bravo' },
    { name: 'Jeong Min-ho', alias: 'Chong Min-ho', org: 'Fixture Cyber Task Force Charlie', orgAlias: 'FCTF Charlie' },
    { name: 'Kang Hyun-soo', alias: 'Kang Hyon-su', org: 'Fixture Cyber Task Force Delta', orgAlias: 'FCTF Delta' },
    { name: 'Yoon Ji-hoon', alias: 'Yun Ji-hun', org: 'Fixture Cyber Task Force Echo', orgAlias: 'FCTF Echo' },
  ];

  /** An article that calls the person `name` (also `alias`) and the organization `org` (also `orgAlias`). */
  function article(letter: string, name: string, alias: string, org: string, orgAlias: string): ArticleJson {
    const text =
      `SEOUL (Test Fixture Wire ${letter}) -- ${name}, also spelled ${alias}, has joined the ${org} (${orgAlias}), ` +
      `a body set up after the Tokyo meeting. [Fictional test fixture ${letter} for concurrent ingestion.]`;
    return {
      source: {
        title: `[TEST FIXTURE] ${name} joins the ${org} (fictional article ${letter})`,
        publisher: 'Test Fixture Wire (fictional)',
        url: `https://example.org/test-fixtures/concurrent-${letter}-${nameKey(name).replace(/ /g, '-')}`,
        text,
      },
      entities: [
        { ref: 'person', kind: 'PERSON', name, aliases: [alias], evidence: [{ quote: `${name}, also spelled ${alias}` }] },
        {
          ref: 'org',
          kind: 'ORGANIZATION',
          orgKind: 'WORKING_GROUP',
          name: org,
          aliases: [orgAlias],
          evidence: [{ quote: `the ${org} (${orgAlias})` }],
        },
      ],
      events: [],
      relations: [],
    };
  }

  it.each(rounds.map((round, index) => [index + 1, round] as const))(
    'round %i: one Person and one Organization, both reports succeed',
    async (_round, round) => {
      const a = article('A', round.name, round.alias, round.org, round.orgAlias);
      const b = article('B', round.alias, round.name, round.orgAlias, round.org);
      const [responseA, responseB] = await Promise.all([ingest(a), ingest(b)]);
      const reports = [reportOf(responseA), reportOf(responseB)];

      const keys = [nameKey(round.name), nameKey(round.alias)];
      const people = await cypherRows(
        'MATCH (p:Person) WHERE any(k IN coalesce(p.nameKeys, []) WHERE k IN $keys) RETURN p.id AS id, p.name AS name, p.aliases AS aliases',
        { keys },
      );
      expect(people).toHaveLength(1);
      const names = [people[0].name as string, ...((people[0].aliases as string[]) ?? [])];
      expect(names.sort()).toEqual([round.name, round.alias].sort());

      const orgKeys = [nameKey(round.org), nameKey(round.orgAlias)];
      const orgs = await cypherRows(
        'MATCH (o:Organization) WHERE any(k IN coalesce(o.nameKeys, []) WHERE k IN $keys) RETURN o.id AS id, o.name AS name, o.aliases AS aliases',
        { keys: orgKeys },
      );
      expect(orgs).toHaveLength(1);
      expect([orgs[0].name as string, ...((orgs[0].aliases as string[]) ?? [])].sort()).toEqual([round.org, round.orgAlias].sort());

      // One ingest created the person and the organization, the other merged into them by name.
      const personId = people[0].id as string;
      const createdBy = reports.filter((report) => report.created.some((node) => node.id === personId));
      const mergedBy = reports.filter((report) => report.merged.some((node) => node.id === personId && node.matchedBy === 'name'));
      expect([createdBy.length, mergedBy.length]).toEqual([1, 1]);
      expect(new Set(reports.map((report) => report.sourceId)).size).toBe(2);
    },
  );
});

it('never echoes the API key in a response body', () => {
  expect(bodies.length).toBeGreaterThan(20);
  // Indexes only: a body is never printed whole.
  expect(bodies.flatMap((body, index) => (body.includes(KEY) ? [index] : []))).toEqual([]);
});
