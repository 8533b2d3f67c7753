import { readFileSync } from 'node:fs';
import { planArticle } from '../../src/ingest/plan';
import { nameKey, slugify } from '../../src/ingest/names';
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
  events: [{ ref: 'meeting', title: 'Tokyo meeting', type: 'MEETING', date: '2023-12-07', dateText: 'Thursday', evidence: [{ quote: 'met Jung Pak in Tokyo on Thursday' }] }],
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
    expect(lee.evidence[0]).toMatchObject({ sourceRef: 'article', start: text.lastIndexOf('Lee Joon-il'), end: text.lastIndexOf('Lee Joon-il') + 11 });
    expect(lee.nameKeys).toEqual(['lee joon il', 'lee jun il']);
    const meeting = plan.nodes.find((node) => node.ref === 'meeting')!;
    expect(meeting.baseId).toBe('event:2023-12-07-tokyo-meeting');
    expect(meeting.props).toMatchObject({ datePrecision: 'DAY', status: 'OCCURRED', dateText: 'Thursday' });
    expect(meeting.placeRef).toBe('tokyo');
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

  it('rejects a text over the limit and unknown fields', async () => {
    const tooLong = await problemsOf(article({ source: { title: 't', text: 'x'.repeat(200_001) } }));
    expect(tooLong.map((problem) => problem.field)).toContain('source.text');
    const unknown = await problemsOf({ ...article(), extra: 1 });
    expect(unknown.map((problem) => problem.field)).toContain('extra');
  });
});
