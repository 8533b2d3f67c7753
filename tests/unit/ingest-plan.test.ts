import { readFileSync } from 'node:fs';
import { planArticle } from '../../src/ingest/plan';
import { nameKey, slugify } from '../../src/common/names';
import { validateArticle } from '../../src/ingest/validate';
import { readArticleFile } from '../../src/ingest/article-file';
import { SEED_FILE } from '../../src/ingest/seed';
import { GraphQLError } from 'graphql';

const text = 'Lee Joon-il met Jung Pak in Tokyo on Thursday. Lee Joon-il spoke.';
const article = (overrides: Record<string, unknown> = {}) => ({
  source: { title: 'A test article', text },
  entities: [
    { ref: 'lee', kind: 'PERSON', name: 'Lee Joon-il', aliases: ['Lee Jun-il'], evidence: [{ quote: 'Lee Joon-il', occurrence: 2 }] },
    { ref: 'tokyo', kind: 'PLACE', placeKind: 'CITY', name: 'Tokyo', evidence: [{ quote: 'Tokyo' }] },
  ],
  events: [
    {
      ref: 'meeting',
      title: 'Tokyo meeting',
      type: 'MEETING',
      date: '2023-12-07',
      dateText: 'Thursday',
      evidence: [{ quote: 'met Jung Pak in Tokyo on Thursday' }],
    },
  ],
  relations: [{ type: 'HELD_IN', from: 'meeting', to: 'tokyo', evidence: [{ quote: 'in Tokyo' }] }],
  ...overrides,
});

async function problemsOf(raw: unknown): Promise<Array<{ field: string; message: string }>> {
  try {
    await validateArticle(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).extensions.problems as Array<{ field: string; message: string }>;
  }
  throw new Error('expected the article to be rejected');
}

describe('names', () => {
  it('fold case, accents, punctuation and spacing, not romanization', () => {
    expect(nameKey('Lee Joon-il')).toBe('lee joon il');
    expect(nameKey('  LEE  joon‐il ')).toBe('lee joon il');
    expect(nameKey('Lee Jun-il')).not.toBe(nameKey('Lee Joon-il'));
    expect(nameKey('이준일')).toBe('이준일');
  });

  it('make URL-safe slugs', () => {
    expect(slugify('Ministry of Foreign Affairs of Korea')).toBe('ministry-of-foreign-affairs-of-korea');
    expect(slugify('North’s cyberattacks')).toBe('north-s-cyberattacks');
    expect(slugify('이준일')).toBe('');
  });
});

describe('planning an article', () => {
  it('locates each quote (the occurrence asked for) and makes readable ids', async () => {
    const plan = planArticle(await validateArticle(article()));
    const lee = plan.nodes.find((node) => node.ref === 'lee')!;
    expect(lee.baseId).toBe('person:lee-joon-il');
    expect(lee.evidence[0]).toMatchObject({
      sourceRef: 'article',
      start: text.lastIndexOf('Lee Joon-il'),
      end: text.lastIndexOf('Lee Joon-il') + 11,
    });
    expect(lee.nameKeys).toEqual(['lee joon il', 'lee jun il']);
    const meeting = plan.nodes.find((node) => node.ref === 'meeting')!;
    expect(meeting.baseId).toBe('event:2023-12-07-tokyo-meeting');
    expect(meeting.props).toMatchObject({ datePrecision: 'DAY', status: 'OCCURRED', dateText: 'Thursday' });
    expect(meeting.facts?.places).toEqual(['tokyo']);
  });

  it('accepts the seed', async () => {
    const seed = await validateArticle(readArticleFile(SEED_FILE));
    expect(seed.source.text).toBe(readFileSync(SEED_FILE.replace('article.json', 'article.txt'), 'utf8'));
    expect(seed.events.every((event) => !event.date?.startsWith('2024'))).toBe(true);
  });
});

describe('validation', () => {
  it('names every bad field by its path', async () => {
    const problems = await problemsOf(
      article({
        events: [{ ref: 'meeting', title: 'x', type: 'PARTY', date: '2023-02-30', evidence: [{ quote: 'not in the text' }] }],
        relations: [{ type: 'LIKES', from: 'meeting', to: 'nowhere', evidence: [{ quote: 'Tokyo' }] }],
      }),
    );
    const fields = problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['events[0].type', 'events[0].date', 'relations[0].type']));
  });

  it('checks refs, relation ends and verbatim quotes once the shapes are right', async () => {
    const problems = await problemsOf(
      article({
        relations: [
          { type: 'HELD_IN', from: 'meeting', to: 'nowhere', evidence: [{ quote: 'in Tokyo' }] },
          { type: 'HELD_IN', from: 'tokyo', to: 'meeting', evidence: [{ quote: 'in Kyoto' }] },
        ],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'relations[0].to', message: '"nowhere" is neither a ref of this article nor an id' },
        { field: 'relations[1].from', message: 'HELD_IN cannot start at a PLACE' },
        { field: 'relations[1].evidence[0].quote', message: 'quote does not occur verbatim in source "article"' },
      ]),
    );
  });

  it('a date or status of another source belongs in dateClaims or statusClaims, with the value that source gives', async () => {
    const problems = await problemsOf(
      article({
        references: [{ ref: 'wire', title: 'A wire report', text: 'The meeting was held on 2023-12-07.' }],
        events: [
          {
            ref: 'meeting',
            title: 'Tokyo meeting',
            type: 'MEETING',
            date: '2023-12-07',
            evidence: [{ quote: 'met Jung Pak in Tokyo on Thursday' }, { quote: '2023-12-07', source: 'wire', supports: 'date' }],
          },
        ],
      }),
    );
    expect(problems).toEqual([
      {
        field: 'events[0].evidence[1].supports',
        message: 'a quote of another source that supports the date belongs in dateClaims, with the value that source gives',
      },
    ]);
  });

  it("each source's claim goes on its own quotes: the article's on the article's, a reference's on its own", async () => {
    const plan = planArticle(
      await validateArticle(
        article({
          references: [{ ref: 'wire', title: 'A wire report', text: 'The meeting was held on 2023-12-07.' }],
          events: [
            {
              ref: 'meeting',
              title: 'Tokyo meeting',
              type: 'MEETING',
              status: 'OCCURRED',
              datePrecision: 'WEEK',
              date: '2023-12-06',
              dateText: 'this week',
              evidence: [{ quote: 'met Jung Pak in Tokyo on Thursday' }],
              dateClaims: [{ date: '2023-12-07', evidence: [{ quote: 'held on 2023-12-07', source: 'wire' }] }],
              statusClaims: [{ status: 'OCCURRED', evidence: [{ quote: 'The meeting was held', source: 'wire' }] }],
            },
          ],
        }),
      ),
    );
    const meeting = plan.nodes.find((node) => node.ref === 'meeting')!;
    expect(
      meeting.evidence.map(({ sourceRef, quote, supports, claim, status }) => ({ sourceRef, quote, supports, claim, status })),
    ).toEqual([
      {
        sourceRef: 'article',
        quote: 'met Jung Pak in Tokyo on Thursday',
        supports: undefined,
        claim: '2023-12-04|WEEK|this week',
        status: 'OCCURRED',
      },
      { sourceRef: 'wire', quote: 'held on 2023-12-07', supports: 'date', claim: '2023-12-07|DAY|', status: undefined },
      { sourceRef: 'wire', quote: 'The meeting was held', supports: 'status', claim: undefined, status: 'OCCURRED' },
    ]);
    expect(meeting.props).toMatchObject({
      date: '2023-12-07',
      datePrecision: 'DAY',
      dateText: 'this week',
      dateDisputed: false,
      status: 'OCCURRED',
    });
    expect(meeting.baseId).toBe('event:2023-12-07-tokyo-meeting');
  });

  it('an entity given by id needs no name, code or quote; a code must agree with the id', async () => {
    const only = (entity: Record<string, unknown>) => article({ entities: [entity], events: [], relations: [] });
    await expect(validateArticle(only({ ref: 'kor', kind: 'COUNTRY', id: 'country:KOR' }))).resolves.toBeDefined();
    const contradicting = await problemsOf(only({ ref: 'kor', kind: 'COUNTRY', id: 'country:KOR', code: 'JPN' }));
    expect(contradicting).toEqual([{ field: 'entities[0].code', message: 'code JPN contradicts id "country:KOR"' }]);
    const nameless = await problemsOf(only({ ref: 'x', kind: 'PERSON', evidence: [{ quote: 'Tokyo' }] }));
    expect(nameless.map((problem) => problem.field)).toContain('entities[0].name');
  });

  it('rejects a text over the limit and unknown fields', async () => {
    const tooLong = await problemsOf(article({ source: { title: 't', text: 'x'.repeat(200_001) } }));
    expect(tooLong.map((problem) => problem.field)).toContain('source.text');
    const unknown = await problemsOf({ ...article(), extra: 1 });
    expect(unknown.map((problem) => problem.field)).toContain('extra');
  });
});
