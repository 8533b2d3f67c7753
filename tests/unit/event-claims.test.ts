import { DatePrecision, EventStatus } from '../../src/common/enums';
import { dateClaim } from '../../src/common/date-claim';
import { dateRange, eventFacts, periodStart } from '../../src/ingest/event-facts';
import { agreement, describeAgreement, MatchFacts } from '../../src/ingest/event-match';

const claim = (source: string, date: string | undefined, precision: DatePrecision, text?: string) => ({
  source,
  claim: dateClaim(date, precision, text),
});

describe("an event's date from its sources' claims", () => {
  it('periods: a WEEK is Monday to Sunday, a MONTH its days, a YEAR its days', () => {
    expect(periodStart('2023-12-01', DatePrecision.WEEK)).toBe('2023-11-27');
    expect(dateRange('2023-11-27', DatePrecision.WEEK)).toEqual(['2023-11-27', '2023-12-03']);
    expect(dateRange('2024-02-14', DatePrecision.MONTH)).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateRange('2023-05-05', DatePrecision.YEAR)).toEqual(['2023-01-01', '2023-12-31']);
    expect(dateRange(undefined, DatePrecision.UNKNOWN)).toBeNull();
  });

  it('claims that agree give the most precise date, and the words of the claim chosen or of one that agrees', () => {
    const facts = eventFacts([
      claim('article', '2023-08-01', DatePrecision.MONTH, 'August this year'),
      claim('embassy', '2023-08-18', DatePrecision.DAY),
      claim('yomiuri', '2023-08-18', DatePrecision.DAY),
    ]);
    expect(facts).toEqual({
      date: '2023-08-18',
      datePrecision: 'DAY',
      dateText: 'August this year',
      dateDisputed: false,
      status: 'OCCURRED',
    });
  });

  it('"last week" and a day in that week agree; "recently" gives no date but its words', () => {
    expect(
      eventFacts([claim('article', '2023-11-27', DatePrecision.WEEK, 'last week'), claim('kbs', '2023-11-30', DatePrecision.DAY)]),
    ).toMatchObject({
      date: '2023-11-30',
      datePrecision: 'DAY',
      dateText: 'last week',
      dateDisputed: false,
    });
    expect(eventFacts([claim('article', undefined, DatePrecision.UNKNOWN, 'recently')])).toEqual({
      datePrecision: 'UNKNOWN',
      dateText: 'recently',
      dateDisputed: false,
      status: 'OCCURRED',
    });
  });

  it('claims that cannot both be true are a dispute: the date the most sources support, then the more precise, then the first', () => {
    const two = eventFacts([claim('a', '2023-12-07', DatePrecision.DAY, 'Thursday'), claim('b', '2023-12-08', DatePrecision.DAY)]);
    expect(two).toMatchObject({ date: '2023-12-07', datePrecision: 'DAY', dateDisputed: true });
    const outvoted = eventFacts([
      claim('a', '2023-12-08', DatePrecision.DAY),
      claim('b', '2023-12-07', DatePrecision.DAY),
      claim('c', '2023-12-07', DatePrecision.DAY),
    ]);
    expect(outvoted).toMatchObject({ date: '2023-12-07', dateDisputed: true });
    // A month all of them agree with outranks two days that disagree.
    const month = eventFacts([
      claim('a', '2023-12-07', DatePrecision.DAY),
      claim('b', '2023-12-08', DatePrecision.DAY),
      claim('c', '2023-12-01', DatePrecision.MONTH, 'in December'),
    ]);
    expect(month).toMatchObject({ date: '2023-12-01', datePrecision: 'MONTH', dateText: 'in December', dateDisputed: true });
  });

  it('status: OCCURRED once any source reports it held, else SCHEDULED if announced, else OCCURRED', () => {
    expect(eventFacts([{ source: 'a', status: 'SCHEDULED' }]).status).toBe(EventStatus.SCHEDULED);
    expect(
      eventFacts([
        { source: 'a', status: 'SCHEDULED' },
        { source: 'b', status: 'OCCURRED' },
      ]).status,
    ).toBe(EventStatus.OCCURRED);
    expect(
      eventFacts([
        { source: 'b', status: 'OCCURRED' },
        { source: 'a', status: 'SCHEDULED' },
      ]).status,
    ).toBe(EventStatus.OCCURRED);
    expect(eventFacts([]).status).toBe(EventStatus.OCCURRED);
  });
});

describe('when a reported event is one already in the graph', () => {
  const facts = (over: Partial<MatchFacts>): MatchFacts => ({
    titleKey: 'talks',
    places: [],
    imposers: [],
    targets: [],
    participants: [],
    ...over,
  });
  const person = (id: string | null) => ({ id, country: false });
  const country = (id: string) => ({ id, country: true });

  it('a different place, imposer or set of targets keeps two events apart', () => {
    expect(agreement(facts({ places: ['place:tokyo'] }), facts({ places: ['place:seoul'] }))).toBeNull();
    expect(agreement(facts({ imposers: ['country:AUS'] }), facts({ imposers: ['country:JPN'] }))).toBeNull();
    const aus = { imposers: ['country:AUS'] };
    expect(
      agreement(
        facts({ ...aus, targets: [{ id: 'country:PRK', country: true, count: 3 }] }),
        facts({ ...aus, targets: [{ id: 'country:PRK', country: true, count: 8 }] }),
      ),
    ).toBeNull();
    expect(
      agreement(
        facts({ ...aus, targets: [{ id: null, country: false }] }),
        facts({ ...aus, targets: [{ id: 'country:PRK', country: true, count: 8 }] }),
      ),
    ).toBeNull();
  });

  it('the same sanction: same imposer, a shared target and the same total', () => {
    const us = {
      imposers: ['country:USA'],
      targets: [
        { id: 'organization:kimsuky', country: false },
        { id: 'country:PRK', country: true, count: 8 },
      ],
    };
    expect(agreement(facts(us), facts(us))).toEqual(['imposing countries', 'targets']);
    expect(agreement(facts({ imposers: ['country:USA'], targets: [{ id: 'organization:kimsuky', country: false }] }), facts(us))).toEqual([
      'imposing countries',
      'targets',
    ]);
  });

  it('participants: the side naming fewer must be within the other', () => {
    const known = facts({ places: ['place:tokyo'], participants: [person('person:lee'), person('person:pak'), person('person:ishizuki')] });
    expect(agreement(facts({ places: ['place:tokyo'], participants: [person('person:pak')] }), known)).toEqual(['place', 'participants']);
    expect(agreement(facts({ participants: [person('person:pak'), person('person:other')] }), known)).toBeNull();
    expect(agreement(facts({ participants: [person(null)] }), known)).toBeNull();
    // Without people on one side, the countries taking part decide.
    expect(
      agreement(
        facts({ participants: [country('country:JPN')] }),
        facts({ participants: [person('person:pak'), country('country:JPN'), country('country:USA')] }),
      ),
    ).toEqual(['participants']);
  });

  it('with nothing to compare, only the same title matches', () => {
    expect(agreement(facts({}), facts({}))).toEqual(['title']);
    expect(agreement(facts({ titleKey: 'other' }), facts({}))).toBeNull();
    expect(describeAgreement(['place', 'participants'])).toBe('type, date, place and participants');
    expect(describeAgreement(['place'])).toBe('type, date and place');
  });
});
