import { readFileSync } from 'node:fs';
import { RunningApp } from '../../src/app';
import { readSeed, SEED_TEXT, SeedArticle, seedEventId } from '../helpers/seed-facts';
import { gql, gqlData, startTestApp } from '../helpers/test-app';

/**
 * The questions analysts ask, answered over HTTP with the exact values of the seed article and its fact sheet.
 */
let app: RunningApp;

beforeAll(async () => {
  // One test here reads the whole test graph in a single request to cross-check it: an estimated cost far above what
  // a client may ask (MAX_COST, default 50,000), so this file allows more.
  app = await startTestApp({ MAX_COST: '2000000' });
});
afterAll(async () => {
  await app.stop();
});

const ARTICLE = 'source:envoys-from-seoul-washington-tokyo-meet-in-japan-to-address';
const E = {
  agreement: 'event:2023-08-18-camp-david-cyber-agreement',
  summit: 'event:2023-08-18-camp-david-summit',
  launch: 'event:2023-11-21-malligyong-1-launch',
  usSanction: 'event:2023-11-30-us-sanctions-kimsuky',
  ausSanction: 'event:2023-12-01-australia-sanctions-north-korea',
  jpnSanction: 'event:2023-12-01-japan-sanctions-north-korea',
  korSanction: 'event:2023-12-01-south-korea-sanctions-satellite-developers',
  statement: 'event:2023-12-07-south-korea-foreign-ministry-statement-cyber-working-group',
  tokyo: 'event:2023-12-07-tokyo-cyber-working-group-launch',
  seoul: 'event:2023-12-09-seoul-national-security-advisers-meeting',
};
const ALL_BY_DATE = [
  E.agreement,
  E.summit,
  E.launch,
  E.usSanction,
  E.ausSanction,
  E.jpnSanction,
  E.korSanction,
  E.statement,
  E.tokyo,
  E.seoul,
];

const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);
const nodeIds = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((edge) => edge.node.id);

/** The ids of the events matching a filter (and ordering), in the order returned, with the totalCount. */
async function eventIds(filter: Record<string, unknown> | null, orderBy = 'DATE_ASC'): Promise<{ ids: string[]; totalCount: number }> {
  const data = await gqlData(
    app.url,
    'query ($filter: EventFilter, $orderBy: EventOrder) { events(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { id } } } }',
    { filter, orderBy },
  );
  return { ids: nodeIds(data.events), totalCount: data.events.totalCount };
}

describe('the Tokyo meeting of 2023-12-07', () => {
  let tokyo: any;
  beforeAll(async () => {
    const data = await gqlData(
      app.url,
      `query ($id: ID!) { event(id: $id) {
        id title type status date datePrecision dateText plover cameoCode
        location { id name kind country { id name } }
        countryParticipations { role country { id } }
        participants { role title titles { value evidence { quote source { id publisher title } } } representing { id name } person { id name } }
        established { id name kind }
        followsUp { id type date title }
        followedBy { id }
        topics { id name }
        countries { id }
      } }`,
      { id: E.tokyo },
    );
    tokyo = data.event;
  });

  it('is a MEETING that OCCURRED on 2023-12-07 (DAY), "Thursday" in the article', () => {
    expect(tokyo).toMatchObject({
      id: E.tokyo,
      title: 'Tokyo meeting launching the South Korea–U.S.–Japan working group on North Korean cyber threats',
      type: 'MEETING',
      status: 'OCCURRED',
      date: '2023-12-07',
      datePrecision: 'DAY',
      dateText: 'Thursday',
      plover: 'CONSULT',
      cameoCode: '043',
    });
  });

  it('was held in Tokyo, Japan, and hosted by Japan', () => {
    expect(tokyo.location).toEqual({ id: 'place:tokyo', name: 'Tokyo', kind: 'CITY', country: { id: 'country:JPN', name: 'Japan' } });
    expect(tokyo.countryParticipations).toEqual([
      { role: 'HOST', country: { id: 'country:JPN' } },
      { role: 'ATTENDEE', country: { id: 'country:KOR' } },
      { role: 'ATTENDEE', country: { id: 'country:USA' } },
    ]);
    expect(ids(tokyo.countries)).toEqual(['country:JPN', 'country:KOR', 'country:USA']);
  });

  it('brought together the three envoys, each representing a country, with the titles the article gives', () => {
    const byPerson = Object.fromEntries(
      tokyo.participants.map((p: any) => [
        p.person.id,
        { name: p.person.name, role: p.role, representing: p.representing?.id, title: p.title },
      ]),
    );
    expect(byPerson).toEqual({
      'person:lee-joon-il': { name: 'Lee Joon-il', role: 'ATTENDEE', representing: 'country:KOR', title: 'deputy nuclear envoy' },
      'person:jung-pak': { name: 'Jung Pak', role: 'ATTENDEE', representing: 'country:USA', title: 'Deputy Assistant Secretary' },
      'person:hideo-ishizuki': {
        name: 'Hideo Ishizuki',
        role: 'ATTENDEE',
        representing: 'country:JPN',
        title: 'Deputy Director-General of the Foreign Policy Bureau',
      },
    });
    expect(tokyo.participants.map((p: any) => p.person.name)).toEqual(['Hideo Ishizuki', 'Jung Pak', 'Lee Joon-il']);
  });

  it("keeps both claims of Jung Pak's title: the article's and the U.S. Department of State's, each with its source", () => {
    const pak = tokyo.participants.find((p: any) => p.person.id === 'person:jung-pak');
    expect(pak.titles.map((claim: any) => claim.value)).toEqual([
      'Deputy Assistant Secretary',
      'Deputy Special Representative for the DPRK',
    ]);
    const [article, state] = pak.titles;
    expect(article.evidence).toEqual([
      { quote: 'his counterparts U.S. Deputy Assistant Secretary Jung Pak', source: expect.objectContaining({ id: ARTICLE }) },
    ]);
    expect(state.evidence).toEqual([
      {
        quote: 'at the 2023-12-07 meeting: Deputy Special Representative for the DPRK',
        source: {
          id: 'source:us-state-department-statement-on-the-2023-12-07-trilateral',
          publisher: 'U.S. Department of State',
          title: '[US State Department statement on the 2023-12-07 trilateral meeting]',
        },
      },
    ]);
    // The others have one title each, from the article.
    const lee = tokyo.participants.find((p: any) => p.person.id === 'person:lee-joon-il');
    expect(lee.titles.map((claim: any) => claim.value)).toEqual(['deputy nuclear envoy']);
    expect(lee.titles[0].evidence.every((item: any) => item.source.id === ARTICLE)).toBe(true);
  });

  it('established the trilateral working group on North Korean cyber threats', () => {
    expect(tokyo.established).toEqual([
      {
        id: 'organization:trilateral-working-group-on-north-korean-cyber-threats',
        name: 'Trilateral working group on North Korean cyber threats',
        kind: 'WORKING_GROUP',
      },
    ]);
  });

  it('follows up the Camp David summit of 2023-08-18 and the agreement reached there', () => {
    expect(tokyo.followsUp).toEqual([
      {
        id: E.agreement,
        type: 'AGREEMENT',
        date: '2023-08-18',
        title: 'Camp David trilateral agreement to crack down on North Korea’s illegal cyber activities',
      },
      { id: E.summit, type: 'SUMMIT', date: '2023-08-18', title: 'Camp David summit of South Korea, the United States and Japan' },
    ]);
    expect(tokyo.followedBy).toEqual([]);
  });

  it('addressed cryptocurrency theft, hacking and the exploitation of overseas IT workers: not the programmes they fund', () => {
    expect(tokyo.topics).toEqual([
      { id: 'topic:cryptocurrency-theft', name: 'cryptocurrency theft' },
      { id: 'topic:exploitation-of-overseas-it-workers', name: 'exploitation of overseas IT workers' },
      { id: 'topic:hacking', name: 'hacking' },
      { id: 'topic:illegal-cyber-activities', name: 'illegal cyber activities' },
    ]);
  });
});

describe('the Seoul meeting of the national security advisers', () => {
  it('was hosted by Cho Tae-yong for South Korea on Saturday 2023-12-09 (the article: upcoming), with Sullivan and Akiba', async () => {
    const data = await gqlData(
      app.url,
      `{ event(id: "${E.seoul}") { date datePrecision dateText status type location { id name country { id } }
          participants { role title representing { id } person { id name } }
          countryParticipations { role country { id } } } }`,
    );
    const event = data.event;
    expect(event).toMatchObject({ date: '2023-12-09', datePrecision: 'DAY', dateText: 'Saturday', status: 'OCCURRED', type: 'MEETING' });
    expect(event.location).toEqual({ id: 'place:seoul', name: 'Seoul', country: { id: 'country:KOR' } });
    const hosts = event.participants.filter((p: any) => p.role === 'HOST');
    expect(hosts).toEqual([
      {
        role: 'HOST',
        title: 'National Security Adviser',
        representing: { id: 'country:KOR' },
        person: { id: 'person:cho-tae-yong', name: 'Cho Tae-yong' },
      },
    ]);
    expect(event.participants.map((p: any) => [p.person.name, p.role, p.representing.id, p.title])).toEqual([
      ['Akiba Takeo', 'ATTENDEE', 'country:JPN', 'national security advisor'],
      ['Cho Tae-yong', 'HOST', 'country:KOR', 'National Security Adviser'],
      ['Jake Sullivan', 'ATTENDEE', 'country:USA', 'national security advisor'],
    ]);
    expect(event.countryParticipations).toEqual([
      { role: 'ATTENDEE', country: { id: 'country:JPN' } },
      { role: 'HOST', country: { id: 'country:KOR' } },
      { role: 'ATTENDEE', country: { id: 'country:USA' } },
    ]);
  });
});

describe('sanctions', () => {
  it('four SANCTION events, imposed by South Korea, the United States, Japan and Australia', async () => {
    const data = await gqlData(
      app.url,
      `{ events(filter: { types: [SANCTION] }) { totalCount edges { node { id date datePrecision dateText
          imposedBy { id } targets { id } targetings { count target { id } } targetCount } } } }`,
    );
    expect(data.events.totalCount).toBe(4);
    const byId = Object.fromEntries(data.events.edges.map(({ node }: any) => [node.id, node]));
    expect(Object.keys(byId)).toEqual([E.usSanction, E.ausSanction, E.jpnSanction, E.korSanction]);
    expect(Object.fromEntries(Object.entries(byId).map(([id, node]: [string, any]) => [id, ids(node.imposedBy)]))).toEqual({
      [E.usSanction]: ['country:USA'],
      [E.ausSanction]: ['country:AUS'],
      [E.jpnSanction]: ['country:JPN'],
      [E.korSanction]: ['country:KOR'],
    });
    expect(data.events.edges.every(({ node }: any) => node.dateText === 'last week')).toBe(true);
    expect(byId[E.ausSanction]).toMatchObject({ date: '2023-12-01', datePrecision: 'DAY' });
    expect(byId[E.usSanction]).toMatchObject({ date: '2023-11-30', datePrecision: 'DAY' });
  });

  it('the South Korean sanction targets 11 North Korean nationals: Ri Chol-ju by name and 10 more', async () => {
    const data = await gqlData(
      app.url,
      `{ event(id: "${E.korSanction}") { title targets { id } targetings { count target { id } } targetCount } }`,
    );
    expect(data.event).toEqual({
      title: 'South Korea sanctions 11 North Korean nationals involved in the spy satellite',
      targets: [{ id: 'country:PRK' }, { id: 'person:ri-chol-ju' }],
      targetings: [
        { count: 10, target: { id: 'country:PRK' } },
        { count: null, target: { id: 'person:ri-chol-ju' } },
      ],
      targetCount: 11,
    });
  });

  it('the U.S. sanction targets Kimsuky by name and 8 North Korean agents: 9 targets', async () => {
    const data = await gqlData(app.url, `{ event(id: "${E.usSanction}") { targetings { count target { __typename id } } targetCount } }`);
    expect(data.event).toEqual({
      targetings: [
        { count: null, target: { __typename: 'Organization', id: 'organization:kimsuky' } },
        { count: 8, target: { __typename: 'Country', id: 'country:PRK' } },
      ],
      targetCount: 9,
    });
  });

  it('North Korea received 4 sanctions; each imposer imposed one', async () => {
    const data = await gqlData(
      app.url,
      `{ prk: country(id: "country:PRK") { sanctionsReceived { id } sanctionsImposed { id } }
         kor: country(id: "country:KOR") { sanctionsImposed { id } sanctionsReceived { id } }
         usa: country(id: "country:USA") { sanctionsImposed { id } }
         jpn: country(id: "country:JPN") { sanctionsImposed { id } }
         aus: country(id: "country:AUS") { sanctionsImposed { id } } }`,
    );
    expect(ids(data.prk.sanctionsReceived)).toEqual([E.usSanction, E.ausSanction, E.jpnSanction, E.korSanction]);
    expect(data.prk.sanctionsImposed).toEqual([]);
    expect(ids(data.kor.sanctionsImposed)).toEqual([E.korSanction]);
    expect(data.kor.sanctionsReceived).toEqual([]);
    expect(ids(data.usa.sanctionsImposed)).toEqual([E.usSanction]);
    expect(ids(data.jpn.sanctionsImposed)).toEqual([E.jpnSanction]);
    expect(ids(data.aus.sanctionsImposed)).toEqual([E.ausSanction]);
  });
});

describe('people', () => {
  it('Lee Joon-il: one node with his other spelling and native names', async () => {
    const data = await gqlData(
      app.url,
      '{ person(id: "person:lee-joon-il") { id name aliases nativeNames country { id } events { id } } }',
    );
    expect(data.person).toEqual({
      id: 'person:lee-joon-il',
      name: 'Lee Joon-il',
      aliases: ['Lee Jun-il'],
      nativeNames: ['이준일', '李埈一'],
      country: { id: 'country:KOR' },
      events: [{ id: E.tokyo }],
    });
  });

  it('the other named officials keep their aliases and native names', async () => {
    const data = await gqlData(
      app.url,
      `{ pak: person(id: "person:jung-pak") { name aliases nativeNames }
         ishizuki: person(id: "person:hideo-ishizuki") { name aliases nativeNames }
         cho: person(id: "person:cho-tae-yong") { name aliases nativeNames }
         akiba: person(id: "person:akiba-takeo") { name aliases nativeNames }
         sullivan: person(id: "person:jake-sullivan") { name aliases nativeNames } }`,
    );
    expect(data).toEqual({
      pak: { name: 'Jung Pak', aliases: ['Jung H. Pak'], nativeNames: ['박정현'] },
      ishizuki: { name: 'Hideo Ishizuki', aliases: ['Ishizuki Hideo'], nativeNames: ['石月英雄'] },
      cho: { name: 'Cho Tae-yong', aliases: [], nativeNames: ['조태용', '趙太庸'] },
      akiba: { name: 'Akiba Takeo', aliases: ['Takeo Akiba'], nativeNames: ['秋葉剛男'] },
      sullivan: { name: 'Jake Sullivan', aliases: [], nativeNames: [] },
    });
  });

  it.each([
    ['Lee Jun-il', ['person:lee-joon-il']],
    ['이준일', ['person:lee-joon-il']],
    ['李埈一', ['person:lee-joon-il']],
    ['jung h. pak', ['person:jung-pak']],
    ['TAKEO AKIBA', ['person:akiba-takeo']],
    ['石月', ['person:hideo-ishizuki']],
  ])('people(filter: { name: %p }) finds the person under any of their names', async (name, expected) => {
    const data = await gqlData(app.url, 'query ($name: String) { people(filter: { name: $name }) { totalCount edges { node { id } } } }', {
      name,
    });
    expect(nodeIds(data.people)).toEqual(expected);
    expect(data.people.totalCount).toBe(expected.length);
  });

  it('people by country: those serving or representing Japan', async () => {
    const data = await gqlData(app.url, '{ people(filter: { countryIds: ["country:JPN"] }) { totalCount edges { node { id } } } }');
    expect(nodeIds(data.people)).toEqual(['person:akiba-takeo', 'person:fumio-kishida', 'person:hideo-ishizuki']);
    expect(data.people.totalCount).toBe(3);
  });

  it("Jung Pak's positions: the article's Deputy Assistant Secretary, and three more titles, each from its own source", async () => {
    const data = await gqlData(
      app.url,
      `{ person(id: "person:jung-pak") { country { id } positions { title from until organization { id } country { id }
          evidence { quote source { id url publisher } } } } }`,
    );
    const positions = Object.fromEntries(data.person.positions.map((position: any) => [position.title, position]));
    expect(Object.keys(positions).sort()).toEqual([
      'Deputy Assistant Secretary',
      'Deputy Assistant Secretary for East Asian and Pacific Affairs',
      'Deputy Special Representative for the DPRK',
      'Senior Official for the DPRK',
    ]);
    for (const position of data.person.positions) {
      expect(position.organization).toEqual({ id: 'organization:u-s-department-of-state' });
      expect(position.country).toEqual({ id: 'country:USA' });
    }
    const sourcesOf = (title: string) => [...new Set(positions[title].evidence.map((item: any) => item.source.id))];
    expect(sourcesOf('Deputy Assistant Secretary')).toEqual([ARTICLE]);
    expect(positions['Deputy Assistant Secretary'].evidence[0].quote).toBe('U.S. Deputy Assistant Secretary Jung Pak');

    expect(positions['Deputy Assistant Secretary for East Asian and Pacific Affairs']).toMatchObject({ from: '2021-01-01', until: null });
    expect(sourcesOf('Deputy Assistant Secretary for East Asian and Pacific Affairs')).toEqual(['source:dong-a-report-on-jung-pak']);
    expect(positions['Deputy Assistant Secretary for East Asian and Pacific Affairs'].evidence[0].source.url).toBe(
      'https://www.donga.com/en/article/all/20210128/2400916/1',
    );

    expect(sourcesOf('Deputy Special Representative for the DPRK')).toEqual([
      'source:us-state-department-statement-on-the-2023-12-07-trilateral',
    ]);
    expect(positions['Deputy Special Representative for the DPRK'].evidence[0].source.publisher).toBe('U.S. Department of State');

    // From early 2024: not current at the Tokyo meeting of 2023-12-07.
    expect(positions['Senior Official for the DPRK']).toMatchObject({ from: '2024-01-01', until: '2024-07-05' });
    expect(sourcesOf('Senior Official for the DPRK')).toEqual(['source:korea-herald-report-on-jung-pak']);
    expect(positions['Senior Official for the DPRK'].evidence[0].source).toMatchObject({
      url: 'https://m.koreaherald.com/view.php?ud=20240710050535',
      publisher: 'Korea Herald',
    });
  });

  it("Lee Joon-il's two titles at the Ministry of Foreign Affairs of Korea: the article's and the State Department's via KBS World", async () => {
    const data = await gqlData(
      app.url,
      '{ person(id: "person:lee-joon-il") { positions { title organization { id name } country { id } evidence { source { id } } } } }',
    );
    expect(
      data.person.positions
        .map((position: any) => [
          position.title,
          position.organization.id,
          position.country.id,
          [...new Set(position.evidence.map((e: any) => e.source.id))],
        ])
        .sort(),
    ).toEqual([
      [
        'Director-General for North Korean Nuclear Affairs',
        'organization:ministry-of-foreign-affairs-of-korea',
        'country:KOR',
        ['source:kbs-world-report-giving-lee-joon-il-s-title-as-stated-by'],
      ],
      [
        'deputy nuclear envoy',
        'organization:ministry-of-foreign-affairs-of-korea',
        'country:KOR',
        [ARTICLE, 'source:kbs-world-report-giving-lee-joon-il-s-title-as-stated-by'],
      ],
    ]);
  });
});

describe('event filters', () => {
  it('by date range: 2023-11-25 to 2023-12-31 is exactly the sanctions, the two December meetings and the statement', async () => {
    expect(await eventIds({ from: '2023-11-25', to: '2023-12-31' })).toEqual({
      ids: [E.usSanction, E.ausSanction, E.jpnSanction, E.korSanction, E.statement, E.tokyo, E.seoul],
      totalCount: 7,
    });
  });

  it('from and to are inclusive, and either alone filters', async () => {
    expect(await eventIds({ from: '2023-12-07' })).toEqual({ ids: [E.statement, E.tokyo, E.seoul], totalCount: 3 });
    expect(await eventIds({ to: '2023-08-18' })).toEqual({ ids: [E.agreement, E.summit], totalCount: 2 });
  });

  it('by country (taking part, imposing or targeted)', async () => {
    expect(await eventIds({ countryIds: ['country:AUS'] })).toEqual({ ids: [E.ausSanction], totalCount: 1 });
    expect(await eventIds({ countryIds: ['country:PRK'] })).toEqual({
      ids: [E.launch, E.usSanction, E.ausSanction, E.jpnSanction, E.korSanction],
      totalCount: 5,
    });
    expect(await eventIds({ countryIds: ['country:AUS', 'country:USA'] })).toEqual({
      ids: [E.agreement, E.summit, E.usSanction, E.ausSanction, E.tokyo, E.seoul],
      totalCount: 6,
    });
  });

  it('by participant: people or countries that took part', async () => {
    expect(await eventIds({ participantIds: ['person:cho-tae-yong'] })).toEqual({ ids: [E.seoul], totalCount: 1 });
    expect(await eventIds({ participantIds: ['person:lee-joon-il', 'person:joe-biden'] })).toEqual({
      ids: [E.agreement, E.summit, E.tokyo],
      totalCount: 3,
    });
    expect(await eventIds({ participantIds: ['country:JPN'] })).toEqual({ ids: [E.agreement, E.summit, E.tokyo, E.seoul], totalCount: 4 });
    expect(await eventIds({ participantIds: ['organization:ministry-of-foreign-affairs-of-korea'] })).toEqual({
      ids: [E.statement],
      totalCount: 1,
    });
  });

  it('by topic', async () => {
    expect(await eventIds({ topicIds: ['topic:spy-satellite'] })).toEqual({ ids: [E.launch, E.jpnSanction, E.korSanction], totalCount: 3 });
    expect(await eventIds({ topicIds: ['topic:hacking'] })).toEqual({ ids: [E.usSanction, E.statement, E.tokyo], totalCount: 3 });
  });

  it('by place', async () => {
    expect(await eventIds({ placeIds: ['place:camp-david'] })).toEqual({ ids: [E.agreement, E.summit], totalCount: 2 });
    expect(await eventIds({ placeIds: ['place:tokyo', 'place:seoul'] })).toEqual({ ids: [E.tokyo, E.seoul], totalCount: 2 });
  });

  it('by status: none is SCHEDULED any more (the Seoul meeting, "upcoming" in the article, was held)', async () => {
    expect(await eventIds({ status: 'SCHEDULED' })).toEqual({ ids: [], totalCount: 0 });
    expect((await eventIds({ status: 'OCCURRED' })).totalCount).toBe(10);
  });

  it('by text in title or summary, case-insensitively', async () => {
    expect(await eventIds({ text: 'Kimsuky' })).toEqual({ ids: [E.usSanction, E.jpnSanction], totalCount: 2 });
    expect(await eventIds({ text: 'MALLIGYONG' })).toEqual({ ids: [E.launch], totalCount: 1 });
    expect(await eventIds({ text: 'no such words anywhere' })).toEqual({ ids: [], totalCount: 0 });
  });

  it('by type, any of a list', async () => {
    expect(await eventIds({ types: ['SUMMIT', 'AGREEMENT'] })).toEqual({ ids: [E.agreement, E.summit], totalCount: 2 });
    expect(await eventIds({ types: ['STATEMENT'] })).toEqual({ ids: [E.statement], totalCount: 1 });
    expect(await eventIds({ types: ['OTHER'] })).toEqual({ ids: [], totalCount: 0 });
  });

  it('fields combine with AND', async () => {
    expect(await eventIds({ types: ['SANCTION'], countryIds: ['country:JPN'] })).toEqual({ ids: [E.jpnSanction], totalCount: 1 });
    expect(await eventIds({ types: ['MEETING'], countryIds: ['country:JPN'] })).toEqual({ ids: [E.tokyo, E.seoul], totalCount: 2 });
    expect(await eventIds({ topicIds: ['topic:illegal-cyber-activities'], from: '2023-12-01' })).toEqual({
      ids: [E.statement, E.tokyo, E.seoul],
      totalCount: 3,
    });
    expect(await eventIds({ participantIds: ['country:USA'], status: 'OCCURRED', from: '2023-12-08' })).toEqual({
      ids: [E.seoul],
      totalCount: 1,
    });
    expect(await eventIds({ placeIds: ['place:tokyo'], status: 'SCHEDULED' })).toEqual({ ids: [], totalCount: 0 });
    expect(
      await eventIds({ text: 'kimsuky', countryIds: ['country:JPN'], types: ['SANCTION'], from: '2023-12-01', to: '2023-12-01' }),
    ).toEqual({
      ids: [E.jpnSanction],
      totalCount: 1,
    });
  });

  it('an empty list or a missing field does not filter', async () => {
    expect(await eventIds({ countryIds: [], types: [] })).toEqual({ ids: ALL_BY_DATE, totalCount: 10 });
    expect(await eventIds(null)).toEqual({ ids: ALL_BY_DATE, totalCount: 10 });
  });

  it('orderBy DATE_DESC: newest first, ties by id descending', async () => {
    expect(await eventIds(null, 'DATE_DESC')).toEqual({
      ids: [E.seoul, E.tokyo, E.statement, E.korSanction, E.jpnSanction, E.ausSanction, E.usSanction, E.launch, E.summit, E.agreement],
      totalCount: 10,
    });
    expect(await eventIds({ types: ['SANCTION'] }, 'DATE_DESC')).toEqual({
      ids: [E.korSanction, E.jpnSanction, E.ausSanction, E.usSanction],
      totalCount: 4,
    });
  });
});

describe('lookups by id', () => {
  it('nodes(ids) keeps the order asked and gives null for unknown ids', async () => {
    const data = await gqlData(
      app.url,
      `{ nodes(ids: ["person:jung-pak", "event:nope", "country:KOR", "topic:hacking", "person:nobody", "${E.tokyo}", "place:tokyo"]) {
          __typename id ... on Person { name } ... on Country { code } ... on Event { date } } }`,
    );
    expect(data.nodes).toEqual([
      { __typename: 'Person', id: 'person:jung-pak', name: 'Jung Pak' },
      null,
      { __typename: 'Country', id: 'country:KOR', code: 'KOR' },
      { __typename: 'Topic', id: 'topic:hacking' },
      null,
      { __typename: 'Event', id: E.tokyo, date: '2023-12-07' },
      { __typename: 'Place', id: 'place:tokyo' },
    ]);
  });

  it('an unknown id gives null, without an error, for every single lookup', async () => {
    const response = await gql(
      app.url,
      `{ event(id: "event:2099-01-01-nothing") { id } person(id: "person:nobody") { id } country(id: "country:XYZ") { id }
         organization(id: "organization:none") { id } place(id: "place:nowhere") { id } topic(id: "topic:none") { id }
         source(id: "source:none") { id } node(id: "whatever") { id } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: null,
      person: null,
      country: null,
      organization: null,
      place: null,
      topic: null,
      source: null,
      node: null,
    });
  });

  it('an id of another kind gives null: event(id: "person:lee-joon-il") is not an event', async () => {
    const response = await gql(
      app.url,
      `{ event(id: "person:lee-joon-il") { id } person(id: "country:KOR") { id } country(id: "${E.tokyo}") { id }
         topic(id: "place:tokyo") { id } source(id: "person:esther-chung") { id } organization(id: "country:USA") { id }
         place(id: "topic:hacking") { id } node(id: "person:lee-joon-il") { __typename id } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: null,
      person: null,
      country: null,
      topic: null,
      source: null,
      organization: null,
      place: null,
      node: { __typename: 'Person', id: 'person:lee-joon-il' },
    });
  });
});

describe('catalogues', () => {
  it('countries: the five, by name, with ISO codes and the names the article uses', async () => {
    const data = await gqlData(app.url, '{ countries { id name code aliases } }');
    expect(data.countries).toEqual([
      { id: 'country:AUS', name: 'Australia', code: 'AUS', aliases: [] },
      { id: 'country:JPN', name: 'Japan', code: 'JPN', aliases: ['Tokyo'] },
      { id: 'country:PRK', name: 'North Korea', code: 'PRK', aliases: ['DPRK', 'the North'] },
      { id: 'country:KOR', name: 'South Korea', code: 'KOR', aliases: ['Republic of Korea', 'ROK', 'Seoul'] },
      { id: 'country:USA', name: 'United States', code: 'USA', aliases: ['U.S.', 'Washington'] },
    ]);
  });

  it('topics: the seven, by name', async () => {
    const data = await gqlData(app.url, '{ topics { id name } }');
    expect(data.topics).toEqual([
      { id: 'topic:cryptocurrency-theft', name: 'cryptocurrency theft' },
      { id: 'topic:exploitation-of-overseas-it-workers', name: 'exploitation of overseas IT workers' },
      { id: 'topic:hacking', name: 'hacking' },
      { id: 'topic:illegal-cyber-activities', name: 'illegal cyber activities' },
      { id: 'topic:missile-development', name: 'missile development' },
      { id: 'topic:nuclear-programme', name: 'nuclear programme' },
      { id: 'topic:spy-satellite', name: 'spy satellite' },
    ]);
  });

  it('sources: the article (captured 2024-07-26, publication date unknown) and 25 fact-sheet references', async () => {
    const data = await gqlData(
      app.url,
      '{ sources(first: 100) { totalCount edges { node { id title publisher author url publishedAt capturedAt textOrigin } } } }',
    );
    expect(data.sources.totalCount).toBe(26);
    const nodes = data.sources.edges.map((edge: any) => edge.node);
    const article = nodes.find((node: any) => node.id === ARTICLE);
    expect(article).toEqual({
      id: ARTICLE,
      title: 'Envoys from Seoul, Washington, Tokyo meet in Japan to address North’s cyberattacks',
      publisher: 'Korea JoongAng Daily',
      author: 'Esther Chung',
      url: 'https://www.koreadailyus.com/envoys-from-seoul-washington-tokyo-meet-in-japan-to-address-norths-cyberattacks/',
      publishedAt: null,
      capturedAt: '2024-07-26',
      textOrigin: 'PUBLISHED_TEXT',
    });
    expect(nodes.filter((node: any) => node.id !== ARTICLE).every((node: any) => node.textOrigin === 'FACT_SHEET')).toBe(true);
    expect(nodes.filter((node: any) => node.textOrigin === 'FACT_SHEET')).toHaveLength(25);
  });

  it("the article's text is seeds/article.txt byte for byte, with its writer and publisher", async () => {
    const data = await gqlData(app.url, `{ source(id: "${ARTICLE}") { text writtenBy { id name } publishedBy { id name } } }`);
    const expected = readFileSync(SEED_TEXT);
    expect(Buffer.from(data.source.text, 'utf8').equals(expected)).toBe(true);
    expect(data.source.text).toBe(expected.toString('utf8'));
    expect(data.source.text.startsWith('74.9 F\nLos Angeles\nFriday, July 26, 2024\n')).toBe(true);
    expect(data.source.writtenBy).toEqual([{ id: 'person:esther-chung', name: 'Esther Chung' }]);
    expect(data.source.publishedBy).toEqual([{ id: 'organization:korea-joongang-daily', name: 'Korea JoongAng Daily' }]);
  });
});

/**
 * Every relationship is navigable from both ends, and what each end shows is exactly what the seed states: the pairs
 * are derived from seeds/article.json (refs mapped to ids through the API's own lists), not typed in by hand.
 */
describe('every relationship navigable in both directions', () => {
  let seed: SeedArticle;
  let idOf: (ref: string) => string;
  let events: any[];
  let people: any[];
  let organizations: any[];
  let countries: any[];
  let topics: any[];
  let places: any[];
  let sources: any[];

  const sorted = (pairs: string[]) => [...new Set(pairs)].sort();
  const seedPairs = (
    type: string,
    filter: (from: string, to: string) => boolean = () => true,
    fmt = (from: string, to: string) => `${from} ${to}`,
  ) =>
    sorted(
      seed.relations
        .filter((relation) => relation.type === type)
        .map((relation) => [idOf(relation.from), idOf(relation.to)] as const)
        .filter(([from, to]) => filter(from, to))
        .map(([from, to]) => fmt(from, to)),
    );

  beforeAll(async () => {
    seed = readSeed();
    const data = await gqlData(
      app.url,
      `{
        events(first: 100) { edges { node { id location { id } participants { role title person { id } representing { id } event { id } }
          countryParticipations { role country { id } event { id } } established { id } topics { id } followsUp { id } followedBy { id }
          partOf { id } parts { id } imposedBy { id } targets { id } targetings { count target { id } } sources { id } countries { id }
          organizations { id } organizationParticipations { role organization { id } event { id } } precededBy { id } precedes { id }
          announced { id } announcedBy { id } about { id } statements { id } } } }
        people(first: 100) { edges { node { id name participations { role title event { id } person { id } representing { id } } events { id }
          positions { title person { id } organization { id } } authored { id } sources { id } } } }
        organizations(first: 100) { edges { node { id name establishedBy { id } announcedBy { id } events { id } positions { title person { id } } people { id }
          country { id } parent { id } children { id } } } }
        countries { id name code events { id } people { id } organizations { id } places { id } sanctionsImposed { id } sanctionsReceived { id } }
        topics { id name events { id } }
        sources(first: 100) { edges { node { id title mentions { id } writtenBy { id } publishedBy { id } republishedBy { id } } } }
      }`,
    );
    events = data.events.edges.map((edge: any) => edge.node);
    people = data.people.edges.map((edge: any) => edge.node);
    organizations = data.organizations.edges.map((edge: any) => edge.node);
    countries = data.countries;
    topics = data.topics;
    sources = data.sources.edges.map((edge: any) => edge.node);
    const placeIds = [
      ...new Set([...events.flatMap((e) => (e.location ? [e.location.id] : [])), ...countries.flatMap((c) => ids(c.places))]),
    ];
    const placeData = await gqlData(
      app.url,
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Place { name country { id } events { id } } } }',
      {
        ids: placeIds,
      },
    );
    places = placeData.nodes;

    const byName = new Map<string, string>();
    for (const node of [...people, ...organizations, ...topics, ...places]) byName.set(`${node.id.split(':')[0]} ${node.name}`, node.id);
    const refs = new Map<string, string>();
    const prefix = { PERSON: 'person', ORGANIZATION: 'organization', PLACE: 'place', TOPIC: 'topic' } as const;
    for (const entity of seed.entities) {
      const id =
        entity.kind === 'COUNTRY' ? countries.find((c) => c.name === entity.name)?.id : byName.get(`${prefix[entity.kind]} ${entity.name}`);
      refs.set(entity.ref, id);
    }
    for (const event of seed.events) refs.set(event.ref, seedEventId(event));
    for (const source of [seed.source, ...seed.references]) refs.set(source.ref, sources.find((s) => s.title === source.title)?.id);
    idOf = (ref: string) => {
      const id = refs.get(ref);
      if (!id) throw new Error(`no id for seed ref ${ref}`);
      return id;
    };
  });

  it('every seed ref maps to one node of the graph', () => {
    const all = [...seed.entities, ...seed.events, seed.source, ...seed.references].map((item) => idOf(item.ref));
    expect(new Set(all).size).toBe(all.length);
    expect(idOf('lee-joon-il')).toBe('person:lee-joon-il');
    expect(idOf('kor')).toBe('country:KOR');
    expect(idOf('tokyo-meeting')).toBe(E.tokyo);
    expect(idOf('article')).toBe(ARTICLE);
  });

  it('PARTICIPATED_IN (people): event.participants ↔ person.participations, with role, title and country', () => {
    const fmt = (p: any) => `${p.person.id} ${p.event.id} ${p.role} ${p.representing?.id ?? '-'} ${p.title ?? '-'}`;
    const expected = sorted(
      seed.relations
        .filter((r) => r.type === 'PARTICIPATED_IN' && idOf(r.from).startsWith('person:'))
        // two sources' titles for one participation are one relationship; its title is the first source's
        .filter((r, index, all) => all.findIndex((other) => other.type === r.type && other.from === r.from && other.to === r.to) === index)
        .map((r) => `${idOf(r.from)} ${idOf(r.to)} ${r.role} ${r.representing ? idOf(r.representing) : '-'} ${r.title ?? '-'}`),
    );
    expect(expected).toHaveLength(12);
    expect(sorted(events.flatMap((e) => e.participants.map(fmt)))).toEqual(expected);
    expect(sorted(people.flatMap((p) => p.participations.map(fmt)))).toEqual(expected);
    // person.events is the same list of events
    for (const person of people)
      expect({ person: person.id, events: ids(person.events) }).toEqual({
        person: person.id,
        events: person.participations.map((p: any) => p.event.id),
      });
  });

  it('PARTICIPATED_IN (countries): event.countryParticipations ↔ country.events', () => {
    const expected = sorted(
      seed.relations
        .filter((r) => r.type === 'PARTICIPATED_IN' && idOf(r.from).startsWith('country:'))
        .map((r) => `${idOf(r.from)} ${idOf(r.to)} ${r.role}`),
    );
    expect(expected).toHaveLength(13);
    expect(sorted(events.flatMap((e) => e.countryParticipations.map((c: any) => `${c.country.id} ${c.event.id} ${c.role}`)))).toEqual(
      expected,
    );
    // country.events: taking part, imposing a sanction or targeted by one
    const involved = sorted([
      ...seedPairs('PARTICIPATED_IN', (from) => from.startsWith('country:')),
      ...seedPairs(
        'IMPOSED_BY',
        () => true,
        (event, country) => `${country} ${event}`,
      ),
      ...seedPairs(
        'TARGETS',
        (_event, target) => target.startsWith('country:'),
        (event, country) => `${country} ${event}`,
      ),
    ]);
    expect(sorted(countries.flatMap((c) => c.events.map((e: any) => `${c.id} ${e.id}`)))).toEqual(involved);
    expect(sorted(events.flatMap((e) => e.countries.map((c: any) => `${c.id} ${e.id}`)))).toEqual(involved);
  });

  it('HOLDS_POSITION: person.positions ↔ organization.positions (one per title)', () => {
    const expected = sorted(
      seed.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${idOf(r.from)} ${idOf(r.to)} ${r.title}`),
    );
    expect(expected).toHaveLength(14);
    expect(sorted(people.flatMap((p) => p.positions.map((pos: any) => `${pos.person.id} ${pos.organization.id} ${pos.title}`)))).toEqual(
      expected,
    );
    expect(sorted(organizations.flatMap((o) => o.positions.map((pos: any) => `${pos.person.id} ${o.id} ${pos.title}`)))).toEqual(expected);
    const holders = sorted(seed.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${idOf(r.from)} ${idOf(r.to)}`));
    expect(sorted(organizations.flatMap((o) => o.people.map((p: any) => `${p.id} ${o.id}`)))).toEqual(holders);
  });

  it('PART_OF: organization.country ↔ country.organizations; event.partOf ↔ event.parts', () => {
    const orgCountry = seedPairs('PART_OF', (from, to) => from.startsWith('organization:') && to.startsWith('country:'));
    expect(orgCountry).toHaveLength(8);
    expect(sorted(organizations.filter((o) => o.country).map((o) => `${o.id} ${o.country.id}`))).toEqual(orgCountry);
    expect(sorted(countries.flatMap((c) => c.organizations.map((o: any) => `${o.id} ${c.id}`)))).toEqual(orgCountry);
    expect(organizations.every((o) => o.parent === null && o.children.length === 0)).toBe(true);

    const eventParts = seedPairs('PART_OF', (from) => from.startsWith('event:'));
    expect(eventParts).toEqual([`${E.agreement} ${E.summit}`]);
    expect(sorted(events.flatMap((e) => e.partOf.map((p: any) => `${e.id} ${p.id}`)))).toEqual(eventParts);
    expect(sorted(events.flatMap((e) => e.parts.map((p: any) => `${p.id} ${e.id}`)))).toEqual(eventParts);
  });

  it('HELD_IN: event.location ↔ place.events', () => {
    const expected = seedPairs('HELD_IN');
    expect(expected).toHaveLength(5);
    expect(sorted(events.filter((e) => e.location).map((e) => `${e.id} ${e.location.id}`))).toEqual(expected);
    expect(sorted(places.flatMap((p) => p.events.map((e: any) => `${e.id} ${p.id}`)))).toEqual(expected);
  });

  it('IN_COUNTRY: place.country ↔ country.places', () => {
    const expected = seedPairs('IN_COUNTRY');
    expect(expected).toEqual([
      'place:camp-david country:USA',
      'place:seoul country:KOR',
      'place:sohae-satellite-launching-ground country:PRK',
      'place:tokyo country:JPN',
    ]);
    expect(sorted(places.filter((p) => p.country).map((p) => `${p.id} ${p.country.id}`))).toEqual(expected);
    expect(sorted(countries.flatMap((c) => c.places.map((p: any) => `${p.id} ${c.id}`)))).toEqual(expected);
  });

  it('ESTABLISHED: event.established ↔ organization.establishedBy', () => {
    const expected = seedPairs('ESTABLISHED');
    expect(expected).toEqual([`${E.tokyo} organization:trilateral-working-group-on-north-korean-cyber-threats`]);
    expect(sorted(events.flatMap((e) => e.established.map((o: any) => `${e.id} ${o.id}`)))).toEqual(expected);
    expect(sorted(organizations.flatMap((o) => o.establishedBy.map((e: any) => `${e.id} ${o.id}`)))).toEqual(expected);
  });

  it('FOLLOWS_UP: event.followsUp ↔ event.followedBy', () => {
    const expected = seedPairs('FOLLOWS_UP');
    expect(expected).toEqual([
      `${E.usSanction} ${E.launch}`,
      `${E.ausSanction} ${E.launch}`,
      `${E.jpnSanction} ${E.launch}`,
      `${E.korSanction} ${E.launch}`,
      `${E.tokyo} ${E.agreement}`,
      `${E.tokyo} ${E.summit}`,
    ]);
    expect(sorted(events.flatMap((e) => e.followsUp.map((f: any) => `${e.id} ${f.id}`)))).toEqual(expected);
    expect(sorted(events.flatMap((e) => e.followedBy.map((f: any) => `${f.id} ${e.id}`)))).toEqual(expected);
  });

  it('ADDRESSES: event.topics ↔ topic.events', () => {
    const expected = seedPairs('ADDRESSES');
    expect(expected).toHaveLength(18);
    expect(sorted(events.flatMap((e) => e.topics.map((t: any) => `${e.id} ${t.id}`)))).toEqual(expected);
    expect(sorted(topics.flatMap((t) => t.events.map((e: any) => `${e.id} ${t.id}`)))).toEqual(expected);
  });

  it('IMPOSED_BY: event.imposedBy ↔ country.sanctionsImposed', () => {
    const expected = seedPairs('IMPOSED_BY');
    expect(expected).toHaveLength(4);
    expect(sorted(events.flatMap((e) => e.imposedBy.map((c: any) => `${e.id} ${c.id}`)))).toEqual(expected);
    expect(sorted(countries.flatMap((c) => c.sanctionsImposed.map((e: any) => `${e.id} ${c.id}`)))).toEqual(expected);
  });

  it('TARGETS: event.targetings and event.targets ↔ country.sanctionsReceived and organization.events', () => {
    const expected = sorted(
      seed.relations.filter((r) => r.type === 'TARGETS').map((r) => `${idOf(r.from)} ${idOf(r.to)} ${r.count ?? '-'}`),
    );
    expect(expected).toHaveLength(10);
    expect(sorted(events.flatMap((e) => e.targetings.map((t: any) => `${e.id} ${t.target.id} ${t.count ?? '-'}`)))).toEqual(expected);
    expect(sorted(events.flatMap((e) => e.targets.map((t: any) => `${e.id} ${t.id}`)))).toEqual(seedPairs('TARGETS'));
    expect(sorted(countries.flatMap((c) => c.sanctionsReceived.map((e: any) => `${e.id} ${c.id}`)))).toEqual(
      seedPairs('TARGETS', (_e, target) => target.startsWith('country:')),
    );
    // organization.events: established or announced by, targeted by or taking part in
    const orgEvents = sorted([
      ...seedPairs(
        'TARGETS',
        (_e, target) => target.startsWith('organization:'),
        (event, org) => `${org} ${event}`,
      ),
      ...seedPairs(
        'ESTABLISHED',
        () => true,
        (event, org) => `${org} ${event}`,
      ),
      ...seedPairs(
        'ANNOUNCED',
        (_e, to) => to.startsWith('organization:'),
        (event, org) => `${org} ${event}`,
      ),
      ...seedPairs('PARTICIPATED_IN', (from) => from.startsWith('organization:')),
    ]);
    expect(orgEvents).toContain(`organization:kimsuky ${E.usSanction}`);
    expect(sorted(organizations.flatMap((o) => o.events.map((e: any) => `${o.id} ${e.id}`)))).toEqual(orgEvents);
    expect(sorted(events.flatMap((e) => e.organizations.map((o: any) => `${o.id} ${e.id}`)))).toEqual(orgEvents);
  });

  it('PARTICIPATED_IN (organizations): event.organizationParticipations, with their role', () => {
    const expected = sorted(
      seed.relations
        .filter((r) => r.type === 'PARTICIPATED_IN' && idOf(r.from).startsWith('organization:'))
        .map((r) => `${idOf(r.from)} ${idOf(r.to)} ${r.role}`),
    );
    expect(expected).toEqual([
      `organization:ministry-of-foreign-affairs-of-korea ${E.statement} SPEAKER`,
      `organization:national-aerospace-technology-administration ${E.launch} HOST`,
    ]);
    expect(
      sorted(events.flatMap((e) => e.organizationParticipations.map((p: any) => `${p.organization.id} ${p.event.id} ${p.role}`))),
    ).toEqual(expected);
  });

  it('PRECEDED_BY: event.precededBy ↔ event.precedes', () => {
    const expected = seedPairs('PRECEDED_BY');
    expect(expected).toHaveLength(8);
    expect(sorted(events.flatMap((e) => e.precededBy.map((f: any) => `${e.id} ${f.id}`)))).toEqual(expected);
    expect(sorted(events.flatMap((e) => e.precedes.map((f: any) => `${f.id} ${e.id}`)))).toEqual(expected);
  });

  it('ANNOUNCED: event.announced ↔ organization.announcedBy; ABOUT: event.about ↔ event.statements', () => {
    const announced = seedPairs('ANNOUNCED');
    expect(announced).toEqual([`${E.agreement} organization:trilateral-working-group-on-north-korean-cyber-threats`]);
    expect(sorted(events.flatMap((e) => e.announced.map((n: any) => `${e.id} ${n.id}`)))).toEqual(announced);
    expect(sorted(organizations.flatMap((o) => o.announcedBy.map((e: any) => `${e.id} ${o.id}`)))).toEqual(announced);
    const about = seedPairs('ABOUT');
    expect(about).toEqual([`${E.statement} ${E.tokyo}`]);
    expect(sorted(events.flatMap((e) => e.about.map((n: any) => `${e.id} ${n.id}`)))).toEqual(about);
    expect(sorted(events.flatMap((e) => e.statements.map((n: any) => `${n.id} ${e.id}`)))).toEqual(about);
  });

  it('WRITTEN_BY: source.writtenBy ↔ person.authored; PUBLISHED_BY: source.publishedBy; REPUBLISHED_BY: source.republishedBy', () => {
    expect(sorted(sources.flatMap((s) => s.republishedBy.map((o: any) => `${s.id} ${o.id}`)))).toEqual(seedPairs('REPUBLISHED_BY'));
    expect(seedPairs('REPUBLISHED_BY')).toEqual([`${ARTICLE} organization:korea-daily-us`]);
    expect(seedPairs('WRITTEN_BY')).toEqual([`${ARTICLE} person:esther-chung`]);
    expect(sorted(sources.flatMap((s) => s.writtenBy.map((p: any) => `${s.id} ${p.id}`)))).toEqual(seedPairs('WRITTEN_BY'));
    expect(sorted(people.flatMap((p) => p.authored.map((s: any) => `${s.id} ${p.id}`)))).toEqual(seedPairs('WRITTEN_BY'));
    expect(sorted(sources.flatMap((s) => s.publishedBy.map((o: any) => `${s.id} ${o.id}`)))).toEqual(seedPairs('PUBLISHED_BY'));
    expect(seedPairs('PUBLISHED_BY')).toEqual([`${ARTICLE} organization:korea-joongang-daily`]);
  });

  it('MENTIONS: source.mentions ↔ event.sources and person.sources, and equal to the MENTIONS relationships', async () => {
    const rows = await app.graph.read({ cypher: 'MATCH (s:Source)-[:MENTIONS]->(n) RETURN s.id AS source, n.id AS node', params: {} });
    const stored = sorted(rows.map((row) => `${row.source} ${row.node}`));
    expect(sorted(sources.flatMap((s) => s.mentions.map((n: any) => `${s.id} ${n.id}`)))).toEqual(stored);
    const mentionsOf = (prefix: string) => stored.filter((pair) => pair.split(' ')[1].startsWith(prefix));
    expect(sorted(events.flatMap((e) => e.sources.map((s: any) => `${s.id} ${e.id}`)))).toEqual(mentionsOf('event:'));
    expect(sorted(people.flatMap((p) => p.sources.map((s: any) => `${s.id} ${p.id}`)))).toEqual(mentionsOf('person:'));
    // The Tokyo meeting is reported by the article and the references that state its date, place, host or title.
    const tokyo = events.find((e) => e.id === E.tokyo);
    expect(ids(tokyo.sources)).toEqual(
      expect.arrayContaining([
        ARTICLE,
        'source:japan-mofa-press-release-on-the-2023-12-07-tokyo-meeting-of',
        'source:hankyung-report-on-the-2023-12-07-tokyo-meeting-of-the',
        'source:s-korea-us-japan-meet-on-n-korea-s-cyber-threats-yonhap-via',
        'source:us-state-department-statement-on-the-2023-12-07-trilateral',
      ]),
    );
  });

  it('country.people: those holding a position in its government or representing it', () => {
    const expected = sorted([
      // positions in organizations PART_OF the country
      ...seed.relations
        .filter((r) => r.type === 'HOLDS_POSITION')
        .flatMap((r) => seed.relations.filter((p) => p.type === 'PART_OF' && p.from === r.to).map((p) => `${idOf(r.from)} ${idOf(p.to)}`)),
      ...seed.relations
        .filter((r) => r.type === 'PARTICIPATED_IN' && r.representing)
        .map((r) => `${idOf(r.from)} ${idOf(r.representing!)}`),
    ]);
    expect(sorted(countries.flatMap((c) => c.people.map((p: any) => `${p.id} ${c.id}`)))).toEqual(expected);
    expect(expected).toContain('person:lee-joon-il country:KOR');
  });
});
