import {
  ExtractionLike,
  Extractor,
  evaluateArticles,
  groupTotals,
  runBench,
  benchChecks,
  syntheticText,
  targetChecks,
  countWords,
} from '../../tools/extract-eval/evaluate';
import { GoldArticle, checkGoldFile, loadAll, loadGoldSet, loadSeed, readGoldFiles } from '../../tools/extract-eval/gold';
import { parseOptions } from '../../tools/extract-eval/options';
import {
  DraftEntity,
  DraftEvent,
  DraftLike,
  DraftRelation,
  FoundEvent,
  GoldEvent,
  checkDates,
  dateAgrees,
  dateVerdict,
  dateWindow,
  foundFromDraft,
  matchCountries,
  matchEvents,
  matchOrganizations,
  matchPeople,
  normalizeName,
  orgNamesMatch,
  personNamesMatch,
  placesMatch,
  quotesOverlap,
  rates,
  sumCounts,
} from '../../tools/extract-eval/score';

const named = (...names: string[]) => ({ label: names[0], names });
const gold = (...names: string[]) => ({ name: names[0], names });

function goldEvent(overrides: Partial<GoldEvent>): GoldEvent {
  return {
    title: 'gold event',
    type: 'MEETING',
    status: 'OCCURRED',
    date: null,
    datePrecision: 'UNKNOWN',
    dateText: null,
    dateRange: null,
    endDate: null,
    places: [],
    participants: [],
    imposers: [],
    quotes: [],
    ...overrides,
  };
}

function foundEvent(overrides: Partial<FoundEvent>): FoundEvent {
  return {
    ref: 'e',
    title: 'found event',
    type: 'MEETING',
    status: 'OCCURRED',
    date: null,
    datePrecision: 'UNKNOWN',
    dateText: null,
    quotes: [],
    participants: [],
    imposers: [],
    places: [],
    ...overrides,
  };
}

describe('names', () => {
  it('are normalized for case, accents, inner punctuation, spacing and a leading "the"', () => {
    expect(normalizeName('Nicolás  Maduro')).toBe('nicolas maduro');
    expect(normalizeName('U.S. Department of State')).toBe('us department of state');
    expect(normalizeName('Lee Joon-il')).toBe('lee joonil');
    expect(normalizeName('Korea-Japan Parliamentarians’ Union')).toBe('koreajapan parliamentarians union');
    expect(normalizeName('the presidential office')).toBe('presidential office');
    expect(normalizeName('Foreign Ministry (Iran)')).toBe('foreign ministry iran');
  });

  it('of people match by the same name, ignoring spacing, or by a given-surname pair in either order', () => {
    expect(personNamesMatch('Lee Joon-il', 'lee joonil')).toBe('name');
    expect(personNamesMatch('Lee Joon il', 'Lee Joon-il')).toBe('name');
    expect(personNamesMatch('Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador')).toBe('name');
    expect(personNamesMatch('Kishida Fumio', 'Fumio Kishida')).toBe('pair');
    expect(personNamesMatch('U.S. President Joe Biden', 'Joe Biden')).toBe('pair');
    expect(personNamesMatch('Edmundo González', 'Edmundo González Urrutia')).toBe('pair');
    expect(personNamesMatch('Faisal bin Farhan', 'Prince Faisal bin Farhan')).toBe('pair');
    // one word is never enough unless it is a listed alias; words apart or reordered beyond a pair do not match
    expect(personNamesMatch('Kishida', 'Fumio Kishida')).toBeNull();
    expect(personNamesMatch('Joe Biden', 'Joe R. Biden')).toBeNull();
    expect(personNamesMatch('Suk Yeol Yoon', 'Yoon Suk Yeol')).toBeNull();
    expect(personNamesMatch('Wang Yi', 'Wang Yiwei')).toBeNull();
  });

  it('of organizations match by the same name or by containment of two or more words, in order', () => {
    expect(orgNamesMatch('The Council of the EU', 'council of the EU')).toBe('name');
    expect(orgNamesMatch('Foreign Ministry', "Brazil's Foreign Ministry")).toBe('contains');
    expect(orgNamesMatch('Foreign Ministry', 'Ministry of Foreign Affairs')).toBeNull();
    expect(orgNamesMatch('EU', 'Council of the EU')).toBeNull();
    expect(orgNamesMatch('IRGC', 'IRGC aerospace division')).toBeNull();
  });

  it('of places match when the words of one occur in the other', () => {
    expect(placesMatch('presidential office, Yongsan, Seoul', 'Seoul')).toBe(true);
    expect(placesMatch('Moscow (implied)', 'Moscow')).toBe(true);
    expect(placesMatch('Seoul National Cemetery', 'Seoul')).toBe(true);
    expect(placesMatch('Tokyo', 'Kyoto')).toBe(false);
  });
});

describe('people, countries and organizations', () => {
  it('match one to one, the same name before a pair', () => {
    const result = matchPeople(
      [gold('Fumio Kishida', 'Kishida'), gold('Yoon Suk Yeol', 'Yoon'), gold('Joe Biden')],
      [named('Prime Minister Fumio Kishida'), named('Kishida'), named('Yoon'), named('Moon Jae-in')],
    );
    expect(result).toMatchObject({ gold: 3, found: 4, matched: 2 });
    expect(result.pairs).toEqual([
      { gold: 'Fumio Kishida', found: 'Kishida', by: 'name' },
      { gold: 'Yoon Suk Yeol', found: 'Yoon', by: 'name' },
    ]);
    expect(result.missed).toEqual(['Joe Biden']);
    expect(result.falseFinds).toEqual(['Prime Minister Fumio Kishida', 'Moon Jae-in']);
  });

  it('match an extracted alias against a gold name and the reverse', () => {
    const result = matchPeople([gold('Hideo Ishizuki', 'Ishizuki Hideo')], [{ label: 'Ishizuki', names: ['Ishizuki', 'Hideo Ishizuki'] }]);
    expect(result.matched).toBe(1);
  });

  it('countries match by ISO3 code, from code or id, once each', () => {
    const result = matchCountries(
      ['KOR', 'USA', 'PRK'],
      [
        { label: 'South Korea', names: ['South Korea'], code: 'KOR' },
        { label: 'country:USA', names: [], code: 'USA' },
        { label: 'Seoul', names: ['Seoul'], code: 'KOR' },
        { label: 'Narnia', names: ['Narnia'] },
      ],
    );
    expect(result).toMatchObject({ gold: 3, found: 4, matched: 2, missed: ['PRK'], falseFinds: ['Seoul', 'Narnia'] });
  });

  it('organizations prefer the same name to containment', () => {
    const result = matchOrganizations(
      [gold('European Union', 'EU'), gold('Council of the EU', 'the Council')],
      [named('Council of the EU'), named('EU')],
    );
    expect(result.pairs).toEqual([
      { gold: 'European Union', found: 'EU', by: 'name' },
      { gold: 'Council of the EU', found: 'Council of the EU', by: 'name' },
    ]);
  });
});

describe('event dates', () => {
  it('a DAY date wants that day', () => {
    const window = dateWindow({ date: '2023-12-07', datePrecision: 'DAY', dateRange: null });
    expect(window).toEqual({ kind: 'day', day: '2023-12-07' });
    expect(dateAgrees(window, '2023-12-07')).toBe(true);
    expect(dateAgrees(window, '2023-12-08')).toBe(false);
    expect(dateAgrees(window, null)).toBe(false);
  });

  it('a WEEK, MONTH or YEAR date or a range wants a date inside the hull of the period and the range, or none', () => {
    expect(dateWindow({ date: '2023-11-27', datePrecision: 'WEEK', dateRange: null })).toEqual({
      kind: 'range',
      from: '2023-11-27',
      to: '2023-12-03',
    });
    // "over the weekend": dated the Saturday, range the two days; the Monday of that week (the WEEK convention) agrees
    const weekend = dateWindow({ date: '2023-12-16', datePrecision: 'WEEK', dateRange: ['2023-12-16', '2023-12-17'] });
    expect(weekend).toEqual({ kind: 'range', from: '2023-12-11', to: '2023-12-17' });
    // "later this month": dated the 1st, range from the 9th; the 1st (the MONTH convention) agrees
    const later = dateWindow({ date: '2023-05-01', datePrecision: 'MONTH', dateRange: ['2023-05-09', '2023-05-31'] });
    expect(later).toEqual({ kind: 'range', from: '2023-05-01', to: '2023-05-31' });
    expect(dateAgrees(later, '2023-05-01')).toBe(true);
    expect(dateAgrees(later, '2023-06-01')).toBe(false);
    expect(dateAgrees(later, null)).toBe(true);
    expect(dateWindow({ date: '2024-02-01', datePrecision: 'MONTH', dateRange: null })).toEqual({
      kind: 'range',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(dateWindow({ date: '2021-01-01', datePrecision: 'YEAR', dateRange: ['2021-01-01', '2022-12-31'] })).toEqual({
      kind: 'range',
      from: '2021-01-01',
      to: '2022-12-31',
    });
    expect(dateWindow({ date: null, datePrecision: 'UNKNOWN', dateRange: ['2023-02-01', '2023-03-31'] })).toEqual({
      kind: 'range',
      from: '2023-02-01',
      to: '2023-03-31',
    });
  });

  it('no date and no range accepts any date or none', () => {
    const window = dateWindow({ date: null, datePrecision: 'UNKNOWN', dateRange: null });
    expect(window).toEqual({ kind: 'any' });
    expect(dateAgrees(window, '1999-01-01')).toBe(true);
    expect(dateAgrees(window, null)).toBe(true);
  });

  it('a matched date is right when exact, inside a vague period, or absent where the gold has none', () => {
    const day = { date: '2023-12-07', datePrecision: 'DAY', dateRange: null };
    expect(dateVerdict(day, { date: '2023-12-07', datePrecision: 'DAY' })).toEqual({ verdict: 'right', exact: true });
    expect(dateVerdict(day, { date: '2023-12-07', datePrecision: 'WEEK' })).toEqual({ verdict: 'wrong', exact: false });
    expect(dateVerdict(day, { date: null, datePrecision: 'UNKNOWN' })).toEqual({ verdict: 'missing', exact: false });
    const week = { date: '2023-11-27', datePrecision: 'WEEK', dateRange: null };
    expect(dateVerdict(week, { date: '2023-11-27', datePrecision: 'WEEK' })).toEqual({ verdict: 'right', exact: true });
    expect(dateVerdict(week, { date: '2023-12-01', datePrecision: 'DAY' })).toEqual({ verdict: 'right', exact: false });
    expect(dateVerdict(week, { date: null, datePrecision: 'UNKNOWN' })).toEqual({ verdict: 'missing', exact: false });
    const bounded = { date: null, datePrecision: 'UNKNOWN', dateRange: ['2023-02-01', '2023-03-31'] as [string, string] };
    expect(dateVerdict(bounded, { date: null, datePrecision: 'UNKNOWN' })).toEqual({ verdict: 'right', exact: true });
    const none = { date: null, datePrecision: 'UNKNOWN', dateRange: null };
    expect(dateVerdict(none, { date: null, datePrecision: 'UNKNOWN' })).toEqual({ verdict: 'right', exact: true });
    expect(dateVerdict(none, { date: '2023-12-07', datePrecision: 'DAY' })).toEqual({ verdict: 'wrong', exact: false });
  });
});

describe('events', () => {
  it('match by type and agreeing date only', () => {
    const result = matchEvents(
      [
        goldEvent({ type: 'MEETING', date: '2023-12-07', datePrecision: 'DAY' }),
        goldEvent({ type: 'SUMMIT', date: '2023-08-01', datePrecision: 'MONTH' }),
      ],
      [
        foundEvent({ type: 'STATEMENT', date: '2023-12-07', datePrecision: 'DAY' }),
        foundEvent({ type: 'MEETING', date: '2023-12-08', datePrecision: 'DAY' }),
        foundEvent({ type: 'SUMMIT', date: null }),
      ],
    );
    expect(result).toMatchObject({ gold: 2, found: 3, matched: 1 });
    expect(result.pairs[0]).toMatchObject({ goldIndex: 1, foundIndex: 2, date: 'missing' });
  });

  it('prefer the gold event sharing imposers, participants or place', () => {
    const sanction = (code: string) =>
      goldEvent({
        type: 'SANCTION',
        date: '2023-11-27',
        datePrecision: 'WEEK',
        imposers: [{ code, names: [] }],
        participants: [{ code: 'PRK', names: [] }],
      });
    const result = matchEvents(
      [sanction('KOR'), sanction('USA'), sanction('JPN')],
      [
        foundEvent({
          ref: 'a',
          type: 'SANCTION',
          date: '2023-11-27',
          datePrecision: 'WEEK',
          imposers: [{ code: 'JPN', names: ['Japan'] }],
        }),
        foundEvent({ ref: 'b', type: 'SANCTION', date: null, imposers: [{ code: 'USA', names: [] }] }),
        foundEvent({ ref: 'c', type: 'SANCTION', date: '2023-11-27', datePrecision: 'WEEK', imposers: [{ code: 'KOR', names: [] }] }),
      ],
    );
    expect(result.pairs.map((p) => [p.goldIndex, p.foundIndex])).toEqual([
      [0, 2],
      [1, 1],
      [2, 0],
    ]);
    expect(result.pairs.map((p) => p.date)).toEqual(['right', 'missing', 'right']);
  });

  it('prefer overlapping quotes, then shared people (by the name rules) and place', () => {
    const golds = [
      goldEvent({
        type: 'MEETING',
        participants: [{ names: ['Wang Yi', 'Wang'] }],
        places: ['Moscow'],
        quotes: ['Wang met Lavrov on Friday in Moscow'],
      }),
      goldEvent({
        type: 'MEETING',
        participants: [{ names: ['Subrahmanyam Jaishankar', 'Jaishankar'] }],
        quotes: ['Jaishankar and Wang met for two hours'],
      }),
    ];
    const shared = matchEvents(golds, [
      foundEvent({ ref: 'x', type: 'MEETING', participants: [{ names: ['S. Jaishankar', 'Jaishankar'] }] }),
      foundEvent({ ref: 'y', type: 'MEETING', participants: [{ names: ['Wang'] }], places: ['Moscow'] }),
    ]);
    expect(shared.pairs.map((p) => [p.goldIndex, p.foundIndex, p.shared, p.quoteOverlap])).toEqual([
      [0, 1, 2, false],
      [1, 0, 1, false],
    ]);
    // the Wang event's quote overlaps the second gold event's: the quote wins over the shared person and place
    const quoted = matchEvents(golds, [
      foundEvent({
        ref: 'z',
        type: 'MEETING',
        participants: [{ names: ['Wang'] }],
        places: ['Moscow'],
        quotes: ['Jaishankar and Wang met for two hours on Thursday'],
      }),
    ]);
    expect(quoted.pairs.map((p) => [p.goldIndex, p.foundIndex, p.quoteOverlap])).toEqual([[1, 0, true]]);
  });

  it('count quotes as overlapping by containment (3+ words) or five words in common', () => {
    expect(quotesOverlap(['met in Tokyo on Thursday'], ['Envoys met in Tokyo on Thursday to launch a group'])).toBe(true);
    expect(quotesOverlap(['the two leaders agreed to restore contacts'], ['later the two leaders agreed to restore trade'])).toBe(true);
    expect(quotesOverlap(['the two leaders agreed'], ['as the two leaders met'])).toBe(false);
    expect(quotesOverlap(['Tokyo'], ['met in Tokyo'])).toBe(false);
  });

  it('date checks flag dates after publication the text does not state, and years outside 2015-2024', () => {
    const golds = [
      goldEvent({ type: 'SUMMIT', status: 'SCHEDULED', date: '2023-12-09', datePrecision: 'DAY' }),
      goldEvent({ type: 'LAUNCH' }),
    ];
    const found = [
      foundEvent({ type: 'SUMMIT', status: 'SCHEDULED', date: '2023-12-09', datePrecision: 'DAY' }),
      foundEvent({ type: 'LAUNCH', date: '2024-07-26', datePrecision: 'DAY' }),
      foundEvent({ type: 'OTHER', date: '1998-01-01', datePrecision: 'YEAR' }),
    ];
    const events = matchEvents(golds, found);
    const dates = checkDates('2023-12-08', golds, found, events);
    expect(dates).toMatchObject({ matched: 2, right: 1, exact: 1, missing: 0, statusRight: 2, outside2015to2024: 1, in2024: 1 });
    expect(dates.futureBeyondText).toHaveLength(1);
    expect(dates.futureBeyondText[0]).toContain('LAUNCH 2024-07-26');
    expect(dates.outsideUnsupported).toHaveLength(1);
  });
});

describe('drafts', () => {
  it('resolve participants, representing countries, imposers and places through refs and ids', () => {
    const entities: DraftEntity[] = [
      { ref: 'lee', kind: 'PERSON', name: 'Lee Jun-il' },
      { ref: 'kor', kind: 'COUNTRY', id: 'country:KOR' },
      { ref: 'jpn', kind: 'COUNTRY', code: 'JPN', name: 'Japan' },
      { ref: 'tokyo', kind: 'PLACE', name: 'Tokyo' },
      { ref: 'mofa', kind: 'ORGANIZATION', name: 'Foreign Ministry', aliases: ['MOFA'] },
    ];
    const events: DraftEvent[] = [
      { ref: 'm', title: 'Meeting', type: 'MEETING', date: '2023-12-07', evidence: [{ quote: 'met in Tokyo on Thursday' }] },
      { ref: 's', title: 'Sanction', type: 'SANCTION', date: 'not a date', datePrecision: null },
    ];
    const relations: DraftRelation[] = [
      { type: 'PARTICIPATED_IN', from: 'lee', to: 'm', representing: 'kor' },
      { type: 'PARTICIPATED_IN', from: 'country:USA', to: 'm' },
      { type: 'HELD_IN', from: 'm', to: 'tokyo' },
      { type: 'IMPOSED_BY', from: 's', to: 'jpn' },
    ];
    const found = foundFromDraft({ entities, events, relations });
    expect(found.people.map((p) => p.label)).toEqual(['Lee Jun-il']);
    expect(found.countries.map((c) => c.code)).toEqual(['KOR', 'JPN']);
    expect(found.organizations[0].names).toEqual(['Foreign Ministry', 'MOFA']);
    expect(found.events[0]).toMatchObject({
      date: '2023-12-07',
      datePrecision: 'DAY',
      status: 'OCCURRED',
      quotes: ['met in Tokyo on Thursday'],
      participants: [{ names: ['Lee Jun-il'] }, { code: 'KOR', names: ['KOR'] }, { code: 'USA', names: [] }],
      places: ['Tokyo'],
    });
    expect(found.events[1]).toMatchObject({ date: null, datePrecision: 'UNKNOWN', imposers: [{ code: 'JPN', names: ['Japan'] }] });
  });

  it('micro-average by summing counts', () => {
    const total = sumCounts([
      { gold: 4, found: 2, matched: 2 },
      { gold: 6, found: 8, matched: 4 },
    ]);
    expect(total).toEqual({ gold: 10, found: 10, matched: 6 });
    expect(rates(total)).toEqual({ precision: 0.6, recall: 0.6 });
    expect(rates({ gold: 0, found: 0, matched: 0 })).toEqual({ precision: null, recall: null });
  });
});

describe('the gold files', () => {
  it('pass the checks of verify_gold.py', () => {
    const files = readGoldFiles();
    expect(files.map((f) => f.slug)).toHaveLength(8);
    const errors = files.flatMap(({ slug, doc, text }) => checkGoldFile(slug, doc, text)).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    expect(loadAll().problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('and the checks catch a broken quote, a wrong weekday and an unknown participant', () => {
    const [{ slug, doc, text }] = readGoldFiles();
    const broken = structuredClone(doc);
    broken.events[0] = { ...broken.events[0], quote: 'not in the text', date: '2024-08-07', datePrecision: 'DAY', dateText: 'on Thursday' };
    broken.events[1] = { ...broken.events[1], participants: ['Nobody Known'] };
    const messages = checkGoldFile(slug, broken, text).map((p) => p.message);
    expect(messages.some((m) => m.includes('quote not verbatim'))).toBe(true);
    expect(messages.some((m) => m.includes("'thursday' but 2024-08-07 is wednesday"))).toBe(true);
    expect(messages.some((m) => m.includes('unknown participant Nobody Known'))).toBe(true);
  });

  it('load into one shape, participants resolved to people (with aliases) and ISO3 codes', () => {
    const kishida = loadGoldSet().find((a) => a.slug === 'kishida-seoul-visit-shuttle-diplomacy');
    expect(kishida?.input.publishedAt).toBe('2023-05-08');
    expect(kishida?.input.publisher).toBeUndefined();
    expect(kishida?.people.find((p) => p.name === 'Fumio Kishida')?.names).toEqual(['Fumio Kishida', 'Kishida']);
    expect(kishida?.events[1].participants).toEqual([
      { names: ['Fumio Kishida', 'Kishida'] },
      { names: ['Yoon Suk Yeol', 'Yoon'] },
      { code: 'JPN', names: [] },
      { code: 'KOR', names: [] },
    ]);
    const eu = loadGoldSet().find((a) => a.slug === 'eu-12th-sanctions-package-russia');
    expect(eu?.events[0].imposers).toEqual([{ names: ['European Union', 'EU', 'the 27-nation bloc'] }]);
    const iran = loadGoldSet().find((a) => a.slug === 'iran-soraya-satellite-launch');
    expect(iran?.organizations[0].names).toEqual(['Foreign Ministry (Iran)', 'Foreign Ministry', 'the ministry']);
  });

  it('derive the seed from what the article itself states', () => {
    const seed = loadSeed();
    expect(seed.input).toMatchObject({ publishedAt: '2023-12-08', publisher: 'Korea JoongAng Daily' });
    expect(seed.people.map((p) => p.name)).toEqual([
      'Lee Joon-il',
      'Jung Pak',
      'Hideo Ishizuki',
      'Cho Tae-yong',
      'Jake Sullivan',
      'Akiba Takeo',
      'Esther Chung',
    ]);
    expect(seed.countries).toEqual(['KOR', 'USA', 'JPN', 'PRK', 'AUS']);
    expect(seed.organizations.map((o) => o.name)).toEqual([
      'Ministry of Foreign Affairs of Korea',
      'Foreign Policy Bureau of Japan',
      'Trilateral working group on North Korean cyber threats',
      'Korea JoongAng Daily',
    ]);
    const events = Object.fromEntries(seed.events.map((e) => [e.title.split(' ').slice(0, 3).join(' '), e]));
    expect(seed.events).toHaveLength(10);
    const byType = (type: string) => seed.events.filter((e) => e.type === type);
    expect(byType('SANCTION').map((e) => [e.date, e.datePrecision, e.imposers.map((i) => i.code)])).toEqual([
      ['2023-11-27', 'WEEK', ['KOR']],
      ['2023-11-27', 'WEEK', ['USA']],
      ['2023-11-27', 'WEEK', ['JPN']],
      ['2023-11-27', 'WEEK', ['AUS']],
    ]);
    expect(dateWindow(byType('SANCTION')[0])).toEqual({ kind: 'range', from: '2023-11-27', to: '2023-12-03' });
    expect(byType('LAUNCH').map((e) => [e.date, e.datePrecision, e.dateText])).toEqual([[null, 'UNKNOWN', 'recently']]);
    expect(dateWindow(byType('SUMMIT')[0])).toEqual({ kind: 'range', from: '2023-08-01', to: '2023-08-31' });
    expect(byType('STATEMENT')[0]).toMatchObject({ date: null, datePrecision: 'UNKNOWN' });
    const tokyo = seed.events.find((e) => e.type === 'MEETING' && e.date === '2023-12-07');
    expect(tokyo?.places).toEqual(['Tokyo']);
    expect(tokyo?.participants.map((p) => p.code ?? p.names[0])).toEqual(
      expect.arrayContaining(['KOR', 'USA', 'JPN', 'Lee Joon-il', 'Jung Pak', 'Hideo Ishizuki']),
    );
    expect(Object.keys(events).length).toBeGreaterThan(0);
  });
});

// ---- stand-in extractors (test fixtures only; the real one is src/extract/extract.ts) ----

/** A stand-in that "extracts" exactly the gold of the article whose text it is given. */
function perfectStandIn(articles: readonly GoldArticle[]): Extractor {
  return (input) => {
    const article = articles.find((a) => a.input.text === input.text);
    if (!article) throw new Error('unknown text');
    const entities: DraftEntity[] = [
      ...article.people.map((p, i) => ({ ref: `p${i}`, kind: 'PERSON', name: p.name, aliases: p.names.slice(1) })),
      ...article.countries.map((code) => ({ ref: code.toLowerCase(), kind: 'COUNTRY', id: `country:${code}` })),
      ...article.organizations.map((o, i) => ({ ref: `o${i}`, kind: 'ORGANIZATION', name: o.name, aliases: o.names.slice(1) })),
    ];
    // an actor is a country by id, or the person or organization entity that has its first name
    const refOf = (actor: { code?: string; names: string[] }) =>
      actor.code ? `country:${actor.code}` : (entities.find((e) => e.name === actor.names[0])?.ref ?? actor.names[0]);
    const relations: DraftRelation[] = [];
    const events: DraftEvent[] = article.events.map((e, i) => {
      for (const actor of e.participants) relations.push({ type: 'PARTICIPATED_IN', from: refOf(actor), to: `e${i}` });
      for (const actor of e.imposers) relations.push({ type: 'IMPOSED_BY', from: `e${i}`, to: refOf(actor) });
      return {
        ref: `e${i}`,
        title: e.title,
        type: e.type,
        status: e.status,
        ...(e.date ? { date: e.date } : {}),
        datePrecision: e.datePrecision,
        evidence: e.quotes.map((quote) => ({ quote })),
      };
    });
    const draft: DraftLike = { entities, events, relations };
    return { draft, review: { items: [], notes: [] } } satisfies ExtractionLike;
  };
}

describe('the evaluation with stand-in extractors', () => {
  const { articles } = loadAll();
  let tick = 0;
  const clock = () => (tick += 5);

  it('scores a perfect extraction 1.0 everywhere, with every date right', () => {
    const { warmupMs, runs } = evaluateArticles(perfectStandIn(articles), articles, clock);
    expect(warmupMs).toBe(5);
    expect(runs).toHaveLength(9);
    expect(runs.every((run) => run.ms === 5 && run.error === null)).toBe(true);
    const totals = { gold: groupTotals(runs.filter((r) => r.group === 'gold')), seed: groupTotals(runs.filter((r) => r.group === 'seed')) };
    for (const group of [totals.gold, totals.seed]) {
      for (const kind of ['people', 'countries', 'organizations', 'events'] as const) {
        expect([kind, group[kind].precision, group[kind].recall]).toEqual([kind, 1, 1]);
      }
      expect(group.dates.right).toBe(group.dates.matched);
      expect(group.dates.exact).toBe(group.dates.matched);
      expect(group.dates.futureBeyondText).toBe(0);
      expect(group.dates.outsideUnsupported).toBe(0);
    }
    expect(totals.seed.dates.in2024).toBe(0);
    // each extracted event went to the gold event it copies: same quote, every participant and imposer shared
    for (const run of runs) {
      const article = articles.find((a) => a.slug === run.slug)!;
      for (const pair of run.score.events.pairs) {
        const gold = article.events[pair.goldIndex];
        expect([pair.goldIndex, pair.foundIndex, pair.quoteOverlap]).toEqual([pair.foundIndex, pair.foundIndex, true]);
        expect(pair.shared).toBeGreaterThanOrEqual(gold.participants.length + gold.imposers.length > 0 ? 1 : 0);
      }
    }
    expect(totals.gold.articles).toBe(8);
    expect(totals.seed.words).toBe(countWords(articles[8].input.text));
    expect(targetChecks(totals).every((check) => check.pass)).toBe(true);
  });

  it('scores an empty extraction 0 recall, precision n/a, and fails the targets', () => {
    const empty: Extractor = () => ({ draft: { entities: [], events: [], relations: [] } });
    const { runs } = evaluateArticles(empty, articles, clock);
    const totals = { gold: groupTotals(runs.filter((r) => r.group === 'gold')), seed: groupTotals(runs.filter((r) => r.group === 'seed')) };
    expect(totals.gold.events).toMatchObject({ found: 0, matched: 0, recall: 0, precision: null });
    const checks = targetChecks(totals);
    expect(checks).toHaveLength(6);
    expect(checks.some((check) => check.pass)).toBe(false);
  });

  it('records an extractor that throws and goes on', () => {
    const throwing: Extractor = (input) => {
      if (input.text.includes('Kishida')) throw new Error('boom');
      return { draft: { entities: [], events: [], relations: [] } };
    };
    const { runs } = evaluateArticles(throwing, articles, clock);
    expect(runs.filter((run) => run.error === 'boom').map((run) => run.slug)).toEqual(['kishida-seoul-visit-shuttle-diplomacy']);
  });
});

describe('the bench', () => {
  it('builds synthetic articles of exactly the words asked from the gold texts', () => {
    const texts = loadGoldSet().map((a) => a.input.text);
    for (const words of [1, 1_000, 10_000]) expect(countWords(syntheticText(texts, words))).toBe(words);
    expect(syntheticText(texts, 1_000).startsWith(texts[0].slice(0, 100))).toBe(true);
    expect(syntheticText([], 10)).toBe('');
  });

  it('times each size and checks the median against its limit', () => {
    let now = 0;
    const clock = () => (now += 100);
    const calls: number[] = [];
    const extract: Extractor = (input) => {
      calls.push(countWords(input.text));
      return { draft: { entities: [], events: [], relations: [] } };
    };
    const results = runBench(extract, ['one two three four five'], '2023-12-08', {
      targets: [
        { words: 10, maxMs: 150 },
        { words: 20, maxMs: 50 },
      ],
      runs: () => 2,
      clock,
    });
    expect(calls).toEqual([10, 10, 10, 20, 20]);
    expect(results.map((r) => [r.words, r.ms, r.median, r.events])).toEqual([
      [10, [100, 100], 100, 0],
      [20, [100, 100], 100, 0],
    ]);
    expect(benchChecks(results).map((check) => check.pass)).toEqual([true, false]);
  });
});

describe('the command line', () => {
  it('takes --check, --bench and --out', () => {
    const now = new Date('2026-01-02T03:04:05.678Z');
    expect(parseOptions([], now)).toMatchObject({ check: false, bench: false, help: false });
    expect(parseOptions([], now).out).toMatch(/\.bench\/extract-eval-2026-01-02T03-04-05-678Z\.json$/);
    expect(parseOptions(['--check', '--bench', '--out', 'x.json'], now)).toMatchObject({ check: true, bench: true, out: 'x.json' });
    expect(parseOptions(['--out=y.json'], now).out).toBe('y.json');
    expect(() => parseOptions(['--nope'], now)).toThrow('unknown argument --nope');
    expect(() => parseOptions(['--out'], now)).toThrow('--out needs a value');
  });
});
