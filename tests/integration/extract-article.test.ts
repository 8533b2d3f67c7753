/**
 * @graph empty
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunningApp } from '../../src/app';
import { INGEST_MUTATION, postGraphQL, restoreSeed } from '../helpers/ingest-helpers';
import { clearGraph, gqlData, graphCounts, startTestApp } from '../helpers/test-app';

/**
 * From text to graph on the real Neo4j over HTTP (issue 14): extractArticle drafts the seed article from its text,
 * ingestArticle takes the draft unchanged into an empty graph, and the Tokyo meeting of 2023-12-07 is there with its
 * three envoys representing their countries, every fact with its quote. Then, against the full seed, names the graph
 * knows come back as ids; bad input is refused by field; extraction writes nothing. Starts from an empty graph and
 * leaves it empty.
 */
const KEY = 'extract-test-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };
const TEXT = readFileSync(join(__dirname, '..', '..', 'seeds', 'article.txt'), 'utf8');

const EXTRACT = `
  query Extract($input: ExtractArticleInput!) {
    extractArticle(input: $input) {
      draft
      review { items { ref kind confidence rule signals } notes }
    }
  }`;

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ API_KEYS: KEY });
}, 120_000);
afterAll(async () => {
  await clearGraph(app);
  await app.stop();
}, 120_000);

async function extract(input: Record<string, unknown>) {
  const response = await postGraphQL(app.url, EXTRACT, { input });
  return response.body;
}

describe('extractArticle, then ingestArticle, on an empty graph', () => {
  let draft: Record<string, any>;

  it('drafts the seed article from its text, writing nothing', async () => {
    const before = await graphCounts(app);
    const body = await extract({ text: TEXT, publishedAt: '2023-12-08', publisher: 'Korea JoongAng Daily' });
    expect(body.errors).toBeUndefined();
    draft = body.data.extractArticle.draft;
    expect(draft.source).toMatchObject({ publishedAt: '2023-12-08', publisher: 'Korea JoongAng Daily', author: 'Esther Chung' });
    expect(draft.events.find((event: any) => event.date === '2023-12-07')).toMatchObject({
      type: 'MEETING',
      status: 'OCCURRED',
      dateText: 'on Thursday',
    });
    const items = body.data.extractArticle.review.items as Array<{ ref: string; confidence: number; rule: string }>;
    expect(items.length).toBe(draft.entities.length + draft.events.length + draft.relations.length);
    expect(items.every((item) => item.confidence > 0 && item.confidence <= 1 && item.rule.length > 0)).toBe(true);
    expect(await graphCounts(app)).toEqual(before);
  });

  it('ingests the draft unchanged, and the Tokyo meeting is in the graph with its envoys, their countries and quotes', async () => {
    const ingested = await postGraphQL(app.url, INGEST_MUTATION, { input: draft }, AUTH);
    expect(ingested.body.errors).toBeUndefined();
    expect(ingested.body.data.ingestArticle.changed).toBe(true);

    const data = await gqlData(
      app.url,
      `{ events(filter: { from: "2023-12-07", to: "2023-12-07", types: [MEETING] }) {
          edges { node { title date datePrecision status location { name }
            participants { person { name } representing { code } title evidence { quote } }
            evidence { quote } } } } }`,
    );
    const [meeting] = data.events.edges.map((edge: any) => edge.node);
    expect(data.events.edges).toHaveLength(1);
    expect(meeting).toMatchObject({ date: '2023-12-07', datePrecision: 'DAY', status: 'OCCURRED', location: { name: 'Tokyo' } });
    const envoys = Object.fromEntries(meeting.participants.map((p: any) => [p.person.name, p]));
    expect(envoys['Lee Joon-il'].representing.code).toBe('KOR');
    expect(envoys['Jung Pak'].representing.code).toBe('USA');
    expect(envoys['Hideo Ishizuki'].representing.code).toBe('JPN');
    expect(envoys['Jung Pak'].title).toBe('Deputy Assistant Secretary');
    for (const name of ['Lee Joon-il', 'Jung Pak', 'Hideo Ishizuki']) {
      expect(envoys[name].evidence.length).toBeGreaterThan(0);
      for (const { quote } of envoys[name].evidence) {
        expect(TEXT).toContain(quote);
        expect(quote).toContain(name);
      }
    }
    expect(meeting.evidence.map((e: any) => e.quote)).toContain('met in Tokyo on Thursday');
  });

  it('gives no event a date in 2024 (the page was captured in 2024; the article is of 2023-12-08)', async () => {
    const data = await gqlData(app.url, '{ events(first: 100) { edges { node { title date } } } }');
    const events = data.events.edges.map((edge: any) => edge.node);
    expect(events.length).toBeGreaterThanOrEqual(8);
    expect(events.filter((event: any) => event.date?.startsWith('2024'))).toEqual([]);
  });
});

describe('extractArticle against the seeded graph', () => {
  beforeAll(async () => {
    await restoreSeed(app);
  }, 120_000);

  it('names what the graph knows by its id, and says how it matched', async () => {
    const body = await extract({ text: TEXT, publishedAt: '2023-12-08' });
    const { draft, review } = body.data.extractArticle;
    const byName = Object.fromEntries(draft.entities.map((entity: any) => [entity.name, entity]));
    expect(byName['Lee Joon-il'].id).toBe('person:lee-joon-il');
    expect(byName['Jung Pak'].id).toBe('person:jung-pak');
    expect(byName['South Korea'].id).toBe('country:KOR');
    expect(byName.Tokyo.id).toBe('place:tokyo');
    const lee = review.items.find((item: any) => item.ref === byName['Lee Joon-il'].ref);
    expect(lee.signals).toContain('in the graph as person:lee-joon-il (by name)');
  });

  it.each([
    [{ text: '   \n ', publishedAt: '2023-12-08' }, 'text'],
    [{ text: 'x'.repeat(200_001), publishedAt: '2023-12-08' }, 'text'],
    [{ text: 'Envoys met in Tokyo \uFFFD on Thursday.', publishedAt: '2023-12-08' }, 'text'],
    [{ text: 'Envoys met in Tokyo on Thursday.', publishedAt: '2999-01-01' }, 'publishedAt'],
    [{ text: 'Envoys met in Tokyo on Thursday.', publishedAt: '2023-12-08', url: 'javascript:alert(1)' }, 'url'],
  ])('refuses bad input with BAD_USER_INPUT naming the field (%#)', async (input, field) => {
    const body = await extract(input);
    expect(body.data).toBeNull();
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a publishedAt that is not a date', async () => {
    const body = await extract({ text: 'Envoys met in Tokyo on Thursday.', publishedAt: '2023-02-30' });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/publishedAt/);
  });

  it('answers a text with no events with an empty draft and a note saying why', async () => {
    const body = await extract({ text: 'The weather in the capital was mild, and the markets were calm.', publishedAt: '2023-12-08' });
    expect(body.errors).toBeUndefined();
    expect(body.data.extractArticle.draft.events).toEqual([]);
    expect(body.data.extractArticle.review.notes.join(' ')).toMatch(/No events found/);
  });
});
