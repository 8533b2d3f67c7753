import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextOf } from '../../src/extract/context';
import { findDates } from '../../src/extract/dates';
import { extractArticle } from '../../src/extract/extract';
import { extractInputProblems } from '../../src/extract/extract.service';
import { findCountries } from '../../src/extract/gazetteer';
import { findPeople } from '../../src/extract/people';
import { sentencesOf } from '../../src/extract/text';
import { validateArticle } from '../../src/ingest/validate';
import { evaluateArticles, groupTotals, targetChecks } from '../../tools/extract-eval/evaluate';
import { loadAll } from '../../tools/extract-eval/gold';

/**
 * The extractor without a database (issue 14): dates resolved against the publication day by tense and words,
 * countries by name, adjective and capital, people with their titles and countries, events with their dates and
 * actors, and drafts that the ingester's validation takes as they are, for the seed and every gold text.
 */
const ROOT = join(__dirname, '..', '..');
const SEED = readFileSync(join(ROOT, 'seeds', 'article.txt'), 'utf8');
const GOLD = join(ROOT, 'tools', 'extract-eval', 'gold');

/** The dates of a one-sentence body text published on `published`, as "words=date/precision". */
function datesOf(sentence: string, published: string, prefix = 'Headline\n\n'): string[] {
  const text = `${prefix}${sentence}`;
  const body = sentencesOf(text).filter((item) => item.text === sentence || item.zone === 'caption');
  return body.flatMap((item) => findDates(item, published)).map((date) => `${date.text}=${date.date ?? 'none'}/${date.precision}`);
}

describe('dates, resolved against the day of publication (Friday 2023-12-08)', () => {
  it.each([
    ['Envoys met in Tokyo on Thursday.', ['on Thursday=2023-12-07/DAY']],
    ['The ministers will meet in Seoul on Saturday.', ['on Saturday=2023-12-09/DAY']],
    ['The leaders gather for talks that end on Monday.', ['on Monday=2023-12-11/DAY']],
    ['He met them last Friday.', ['last Friday=2023-12-01/DAY']],
    ['Sanctions were imposed last week.', ['last week=2023-11-27/WEEK']],
    ['The summit was held in August this year.', ['in August this year=2023-08-01/MONTH']],
    ['The summit was held in February.', ['February=2023-02-01/MONTH']],
    ['The ministers will meet in February.', ['February=2024-02-01/MONTH']],
    ['The talks were held last November.', ['last November=2023-11-01/MONTH']],
    ['The recently launched satellite circled the earth.', ['recently=none/UNKNOWN']],
    ['The envoys met on the 7th.', ['on the 7th=2023-12-07/DAY']],
    ['The deal was signed on Nov. 15, 2023 in Woodside.', ['Nov. 15, 2023=2023-11-15/DAY']],
    ['Talks resumed two weeks ago.', ['two weeks ago=2023-11-20/WEEK']],
    ['Relations were cut in 2016.', ['in 2016=2016-01-01/YEAR']],
    ['He spoke yesterday.', ['yesterday=2023-12-07/DAY']],
  ])('%s', (sentence, expected) => {
    expect(datesOf(sentence, '2023-12-08')).toEqual(expected);
  });

  it('reads "last November" in a November as the year before', () => {
    expect(datesOf('They held talks in Bali last November.', '2023-11-16')).toEqual(['last November=2022-11-01/MONTH']);
  });

  it('reads a present tense in a photo caption as the past, and skips a dateline', () => {
    expect(datesOf('PHOTO: Envoys meet in Tokyo on Thursday. (Yonhap)', '2023-12-08')).toEqual(['on Thursday=2023-12-07/DAY']);
    expect(datesOf('SEOUL, Dec. 8 — Envoys met in Tokyo on Thursday.', '2023-12-08')).toEqual(['on Thursday=2023-12-07/DAY']);
  });

  it('takes no date from the page furniture of the seed (the capture banner "Friday, July 26, 2024")', () => {
    const { draft } = extractArticle({ text: SEED, publishedAt: '2023-12-08' });
    expect(draft.events.filter((event) => event.date?.startsWith('2024'))).toEqual([]);
  });
});

describe('countries and people', () => {
  it('finds countries by name, short form, adjective and capital, and "the North" only where North Korea is named', () => {
    const codes = (text: string) => findCountries(text).map((mention) => `${mention.text}=${mention.code}`);
    expect(codes('Envoys from Seoul, Washington and Tokyo met U.S. and South Korean officials over North Korea.')).toEqual([
      'Seoul=KOR',
      'Washington=USA',
      'Tokyo=JPN',
      'U.S.=USA',
      'South Korean=KOR',
      'North Korea=PRK',
    ]);
    expect(codes('The North won the war.')).toEqual([]);
    expect(codes('Pyongyang said the North would respond.')).toEqual(['Pyongyang=PRK', 'the North=PRK']);
    expect(codes('American envoys and Latin American leaders met.')).toEqual(['American=USA']);
  });

  it("finds the seed article's people with their titles and the countries they act for, and the byline's author", () => {
    const people = findPeople(contextOf(SEED, '2023-12-08'));
    const described = Object.fromEntries(
      people.map((person) => {
        const mention = person.mentions.find((item) => item.title) ?? person.mentions[0];
        return [person.name, `${mention.title?.text ?? ''}|${mention.country?.code ?? ''}${person.author ? '|author' : ''}`];
      }),
    );
    expect(described).toEqual({
      'Lee Joon-il': 'deputy nuclear envoy|KOR',
      'Jung Pak': 'Deputy Assistant Secretary|USA',
      'Hideo Ishizuki': 'Deputy Director-General of the Foreign Policy Bureau|JPN',
      'Cho Tae-yong': 'National Security Adviser|',
      'Jake Sullivan': 'counterpart national security advisors|USA',
      'Akiba Takeo': '|JPN',
      'Esther Chung': '||author',
    });
  });
});

describe('events of the seed article', () => {
  const { draft } = extractArticle({ text: SEED, publishedAt: '2023-12-08' });
  const nameOf = (ref: string) =>
    draft.entities.find((entity) => entity.ref === ref)?.name ?? draft.entities.find((entity) => entity.ref === ref)?.code;

  it('finds the ten events with their types, statuses and dates', () => {
    expect(
      draft.events
        .map((event) => `${event.type} ${event.status} ${event.date ?? '-'} ${event.datePrecision ?? '-'} ${event.dateText ?? '-'}`)
        .sort(),
    ).toEqual([
      'AGREEMENT OCCURRED 2023-08-01 MONTH in August this year',
      'LAUNCH OCCURRED - UNKNOWN recently',
      'MEETING OCCURRED 2023-12-07 DAY on Thursday',
      'MEETING SCHEDULED 2023-12-09 DAY on Saturday',
      'SANCTION OCCURRED 2023-11-27 WEEK last week',
      'SANCTION OCCURRED 2023-11-27 WEEK last week',
      'SANCTION OCCURRED 2023-11-27 WEEK last week',
      'SANCTION OCCURRED 2023-11-27 WEEK last week',
      'STATEMENT OCCURRED - - -',
      'SUMMIT OCCURRED 2023-08-01 MONTH in August this year',
    ]);
  });

  it('gives the Tokyo meeting its envoys (with the countries they represent), its place, the group it set up and what it followed up', () => {
    const meeting = draft.events.find((event) => event.date === '2023-12-07')!;
    const relations = draft.relations.filter((relation) => relation.from === meeting.ref || relation.to === meeting.ref);
    const participants = relations
      .filter((relation) => relation.type === 'PARTICIPATED_IN' && relation.representing)
      .map((relation) => `${nameOf(relation.from)}/${nameOf(relation.representing!)}`);
    expect(participants.sort()).toEqual(['Hideo Ishizuki/Japan', 'Jung Pak/United States', 'Lee Joon-il/South Korea']);
    expect(relations.filter((relation) => relation.type === 'HELD_IN').map((relation) => nameOf(relation.to))).toEqual(['Tokyo']);
    expect(relations.filter((relation) => relation.type === 'ESTABLISHED').map((relation) => nameOf(relation.to))).toEqual([
      'trilateral working group',
    ]);
    const followed = relations
      .filter((relation) => relation.type === 'FOLLOWS_UP')
      .map((relation) => draft.events.find((event) => event.ref === relation.to)?.type);
    expect(followed.sort()).toEqual(['AGREEMENT', 'SUMMIT']);
    expect(meeting).toMatchObject({ cameoCode: '040', plover: 'CONSULT' });
  });

  it('splits the sanctions "levied unilaterally" by four governments into four, each imposed by one and targeting North Korea', () => {
    const sanctions = draft.events.filter((event) => event.type === 'SANCTION');
    const imposers = sanctions.map((event) =>
      draft.relations
        .filter((relation) => relation.from === event.ref && relation.type === 'IMPOSED_BY')
        .map((relation) => nameOf(relation.to)),
    );
    expect(imposers.flat().sort()).toEqual(['Australia', 'Japan', 'South Korea', 'United States']);
    const korea = sanctions.find((event) =>
      draft.relations.some(
        (relation) => relation.from === event.ref && relation.type === 'IMPOSED_BY' && nameOf(relation.to) === 'South Korea',
      ),
    )!;
    expect(draft.relations.find((relation) => relation.from === korea.ref && relation.type === 'TARGETS')).toMatchObject({ count: 11 });
  });
});

describe('drafts the ingester takes as they are', () => {
  const texts = [
    { name: 'seed', text: SEED, publishedAt: '2023-12-08' },
    ...readdirSync(GOLD)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => ({
        name: file,
        text: readFileSync(join(GOLD, file), 'utf8'),
        publishedAt: (JSON.parse(readFileSync(join(GOLD, file.replace(/\.txt$/, '.json')), 'utf8')) as { publishedAt: string }).publishedAt,
      })),
  ];

  it.each(texts.map((item) => [item.name, item] as const))(
    '%s: valid, every quote verbatim at its occurrence, a review entry per item',
    async (_, item) => {
      const { draft, review } = extractArticle(item);
      await expect(validateArticle(draft)).resolves.toBeDefined();
      expect(draft.events.length).toBeGreaterThan(0);
      expect(review.items).toHaveLength(draft.entities.length + draft.events.length + draft.relations.length);
      const quotes = [...draft.entities, ...draft.events, ...draft.relations].flatMap((thing) => thing.evidence ?? []);
      for (const quote of quotes) expect(item.text.split(quote.quote).length - 1).toBeGreaterThanOrEqual(quote.occurrence ?? 1);
    },
  );

  it('treats text as data: markup and Cypher in a text are quoted, never run', async () => {
    const text = 'Envoys met in Tokyo on Thursday. "<script>alert(1)</script>" MATCH (n) DETACH DELETE n, said the Foreign Ministry.';
    const { draft } = extractArticle({ text, publishedAt: '2023-12-08' });
    await expect(validateArticle(draft)).resolves.toBeDefined();
    expect(JSON.stringify(draft.events)).toContain('<script>alert(1)</script>');
  });
});

describe('input checks', () => {
  const ok = { text: 'Envoys met in Tokyo on Thursday.', publishedAt: '2023-12-08' };
  it.each([
    ['text', 'empty', { ...ok, text: ' \n\t' }, /empty/],
    ['text', 'too long', { ...ok, text: 'a'.repeat(200_001) }, /at most 200,000/],
    ['text', 'U+FFFD', { ...ok, text: 'Envoys met \uFFFD.' }, /not UTF-8/],
    ['text', 'a lone surrogate', { ...ok, text: 'Envoys met \uD800.' }, /not UTF-8/],
    ['publishedAt', 'not a date', { ...ok, publishedAt: 'Friday' }, /calendar date/],
    ['publishedAt', 'tomorrow', { ...ok, publishedAt: '2023-12-09' }, /future \(today is 2023-12-08\)/],
    ['url', 'not http', { ...ok, url: 'ftp://example.org' }, /http or https/],
    ['title', 'empty', { ...ok, title: '' }, /1 to 300/],
  ])('refuses %s (%s)', (field, _, input, message) => {
    const problems = extractInputProblems(input, '2023-12-08');
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toMatch(message);
  });

  it('takes a good input', () => {
    expect(extractInputProblems({ ...ok, url: 'https://example.org/a', title: 'Envoys meet', publisher: 'Wire' }, '2023-12-08')).toEqual(
      [],
    );
  });
});

describe('the targets of issue 14, measured as `npm run extract:eval` measures them', () => {
  it("holds every target: seed people and events recall and precision, the gold articles' events and people recall", () => {
    const { articles } = loadAll();
    const { runs } = evaluateArticles(extractArticle, articles);
    const totals = {
      gold: groupTotals(runs.filter((run) => run.group === 'gold')),
      seed: groupTotals(runs.filter((run) => run.group === 'seed')),
    };
    const failed = targetChecks(totals).filter((check) => !check.pass);
    expect(failed).toEqual([]);
    expect(runs.every((run) => run.error === null)).toBe(true);
    expect(totals.seed.dates.right).toBe(totals.seed.dates.matched);
    expect(totals.seed.dates.in2024).toBe(0);
  });
});
