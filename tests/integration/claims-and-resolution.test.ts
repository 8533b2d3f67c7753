import { GraphQLError } from 'graphql';
import { RunningApp } from '../../src/app';
import { IngestService } from '../../src/ingest/ingest.service';
import { restoreSeed, SEED_IDS } from '../helpers/ingest-helpers';
import { gqlData, startTestApp } from '../helpers/test-app';

/**
 * The graph tells the truth (issue 12), on the real Neo4j: each source's date and status claims are its own and the
 * event's date and status follow from all of them; an event merges only with the same real event; an entity named by
 * its id needs nothing else; a name true only in context does not merge unrelated nodes; search answers the same
 * question the same way, page after page. This file adds data: it starts from the seed and leaves the seed behind.
 */
let app: RunningApp;
let ingest: IngestService;

const ARTICLE = 'source:envoys-from-seoul-washington-tokyo-meet-in-japan-to-address';
const SEOUL = 'event:2023-12-09-seoul-national-security-advisers-meeting';
const CAMP_DAVID = 'event:2023-08-18-camp-david-summit';
const AUS_SANCTION = 'event:2023-12-01-australia-sanctions-north-korea';

beforeAll(async () => {
  app = await startTestApp();
  ingest = new IngestService(app.graph);
});
afterAll(async () => {
  await restoreSeed(app);
  await app.stop();
});

const read = (query: string, variables: Record<string, unknown> = {}) => gqlData(app.url, query, variables);

/** A one-sentence test article (its text holds every quote used). */
function article(
  title: string,
  text: string,
  rest: { entities?: unknown[]; events?: unknown[]; relations?: unknown[]; publishedAt?: string },
) {
  return {
    source: { title, text, publisher: 'Test Fixture Wire (fictional)', publishedAt: rest.publishedAt },
    entities: rest.entities ?? [],
    events: rest.events ?? [],
    relations: rest.relations ?? [],
  };
}

async function problemsOf(raw: unknown): Promise<Array<{ field: string; message: string }>> {
  try {
    await ingest.ingest(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).extensions.problems as Array<{ field: string; message: string }>;
  }
  throw new Error('expected the article to be refused');
}

type Claim = {
  date: string | null;
  datePrecision: string;
  dateText: string | null;
  source: { id: string; publisher?: string };
  evidence: Array<{ quote: string; source: { id: string } }>;
};

describe('each source claims its own date', () => {
  it('Camp David: the article says "August this year" (MONTH), the references say 2023-08-18 (DAY); the event shows the day', async () => {
    const data = await read(`{ event(id: "${CAMP_DAVID}") { date datePrecision dateText dateDisputed
      dateClaims { date datePrecision dateText source { id publisher } evidence { quote source { id } } } } }`);
    expect(data.event).toMatchObject({ date: '2023-08-18', datePrecision: 'DAY', dateText: 'August this year', dateDisputed: false });
    const claims = data.event.dateClaims as Claim[];
    const articleClaims = claims.filter((claim) => claim.source.id === ARTICLE);
    expect(articleClaims).toEqual([
      {
        date: '2023-08-01',
        datePrecision: 'MONTH',
        dateText: 'August this year',
        source: { id: ARTICLE, publisher: 'Korea JoongAng Daily' },
        evidence: [{ quote: 'the Camp David summit in August this year', source: { id: ARTICLE } }],
      },
    ]);
    const others = claims.filter((claim) => claim.source.id !== ARTICLE);
    expect(others.map((claim) => claim.source.publisher).sort()).toEqual(['US Embassy Seoul', 'Yomiuri']);
    for (const claim of others) expect(claim).toMatchObject({ date: '2023-08-18', datePrecision: 'DAY', dateText: null });
    // Every claim's quotes are its own source's.
    for (const claim of claims) for (const item of claim.evidence) expect(item.source.id).toBe(claim.source.id);
  });

  it('"last week" is a WEEK claim of the article, the day comes from another source; "recently" gives no date', async () => {
    const data = await read(`{
      us: event(id: "event:2023-11-30-us-sanctions-kimsuky") { date datePrecision dateText dateClaims { date datePrecision dateText source { id } } }
      launch: event(id: "event:2023-11-21-malligyong-1-launch") { date datePrecision dateText dateClaims { date datePrecision dateText source { id } } } }`);
    expect(data.us).toMatchObject({ date: '2023-11-30', datePrecision: 'DAY', dateText: 'last week' });
    expect((data.us.dateClaims as Claim[]).find((claim) => claim.source.id === ARTICLE)).toEqual({
      date: '2023-11-27',
      datePrecision: 'WEEK',
      dateText: 'last week',
      source: { id: ARTICLE },
    });
    expect((data.launch.dateClaims as Claim[]).find((claim) => claim.source.id === ARTICLE)).toEqual({
      date: null,
      datePrecision: 'UNKNOWN',
      dateText: 'recently',
      source: { id: ARTICLE },
    });
    expect(data.launch).toMatchObject({ date: '2023-11-21', datePrecision: 'DAY', dateText: 'recently' });
  });

  it('a source giving another day is a dispute: both claims stay, the date is the one the most sources support', async () => {
    const text = 'TOKYO -- The envoys met in Tokyo on December 8, 2023, to launch the working group.';
    const report = await ingest.ingest(
      article('[TEST FIXTURE] A report that dates the Tokyo meeting a day late', text, {
        entities: [{ ref: 'tokyo', kind: 'PLACE', id: SEED_IDS.tokyo }],
        // A day that cannot agree with 2023-12-07 never matches the event by itself: the curator names it by id.
        events: [
          {
            ref: 'meeting',
            id: SEED_IDS.tokyoMeeting,
            title: 'Tokyo working group meeting',
            type: 'MEETING',
            status: 'OCCURRED',
            date: '2023-12-08',
            dateText: 'December 8, 2023',
            evidence: [{ quote: 'met in Tokyo on December 8, 2023' }],
          },
        ],
        relations: [{ type: 'HELD_IN', from: 'meeting', to: 'tokyo', evidence: [{ quote: 'met in Tokyo' }] }],
      }),
    );
    expect(report.merged.find((node) => node.ref === 'meeting')).toMatchObject({ id: SEED_IDS.tokyoMeeting, matchedBy: 'id' });
    const data = await read(
      `{ event(id: "${SEED_IDS.tokyoMeeting}") { date datePrecision dateText dateDisputed dateClaims { date source { id } } } }`,
    );
    expect(data.event).toMatchObject({ date: '2023-12-07', datePrecision: 'DAY', dateText: 'Thursday', dateDisputed: true });
    const dates = (data.event.dateClaims as Claim[]).map((claim) => [claim.source.id, claim.date]);
    expect(dates).toEqual(
      expect.arrayContaining([
        [ARTICLE, '2023-12-07'],
        [report.sourceId, '2023-12-08'],
      ]),
    );
    await restoreSeed(app);
  });
});

describe('status is a claim too', () => {
  it('the Seoul meeting: the article said "upcoming" (SCHEDULED), a later source reports it held: OCCURRED, both shown', async () => {
    const data = await read(`{ event(id: "${SEOUL}") { status
      statusClaims { status source { id publishedAt } evidence { quote } } } }`);
    expect(data.event.status).toBe('OCCURRED');
    expect(data.event.statusClaims).toEqual([
      {
        status: 'SCHEDULED',
        source: { id: ARTICLE, publishedAt: null },
        evidence: [{ quote: 'the upcoming trilateral meeting on security and intelligence in Seoul on Saturday' }],
      },
      {
        status: 'OCCURRED',
        source: { id: expect.stringMatching(/^source:/), publishedAt: '2023-12-09' },
        evidence: [{ quote: 'was held on Saturday, 2023-12-09, at the presidential office in Yongsan, Seoul' }],
      },
    ]);
    const filtered = await read('{ events(filter: { status: SCHEDULED }) { totalCount } }');
    expect(filtered.events.totalCount).toBe(0);
  });

  it('OCCURRED wins in whichever order the sources come; a scheduled-only event stays SCHEDULED', async () => {
    const text =
      'GENEVA -- Envoys of Velmorra and Kastrelby will meet in Geneva on Friday, the ministry said. They met in Geneva on Friday, a later report said.';
    const place = { ref: 'geneva', kind: 'PLACE', placeKind: 'CITY', name: 'Geneva', evidence: [{ quote: 'in Geneva', occurrence: 1 }] };
    const scheduled = article('[TEST FIXTURE] Geneva talks announced', text, {
      entities: [place],
      events: [
        {
          ref: 'talks',
          title: 'Geneva talks',
          type: 'MEETING',
          status: 'SCHEDULED',
          date: '2031-03-07',
          dateText: 'Friday',
          evidence: [{ quote: 'will meet in Geneva on Friday' }],
        },
      ],
      relations: [{ type: 'HELD_IN', from: 'talks', to: 'geneva', evidence: [{ quote: 'in Geneva', occurrence: 1 }] }],
    });
    const held = article('[TEST FIXTURE] Geneva talks held', text, {
      entities: [{ ...place, evidence: [{ quote: 'in Geneva', occurrence: 2 }] }],
      events: [
        {
          ref: 'talks',
          title: 'Geneva talks',
          type: 'MEETING',
          status: 'OCCURRED',
          date: '2031-03-07',
          dateText: 'Friday',
          evidence: [{ quote: 'They met in Geneva on Friday' }],
        },
      ],
      relations: [{ type: 'HELD_IN', from: 'talks', to: 'geneva', evidence: [{ quote: 'in Geneva', occurrence: 2 }] }],
    });
    const statusOf = async (id: string) => (await read(`{ event(id: "${id}") { status statusClaims { status } } }`)).event;

    const first = await ingest.ingest(scheduled);
    const id = first.created.find((node) => node.ref === 'talks')!.id;
    expect(await statusOf(id)).toEqual({ status: 'SCHEDULED', statusClaims: [{ status: 'SCHEDULED' }] });
    const second = await ingest.ingest(held);
    expect(second.merged.find((node) => node.ref === 'talks')?.id).toBe(id);
    expect(await statusOf(id)).toEqual({ status: 'OCCURRED', statusClaims: [{ status: 'SCHEDULED' }, { status: 'OCCURRED' }] });

    await restoreSeed(app);
    const heldFirst = await ingest.ingest(held);
    const again = heldFirst.created.find((node) => node.ref === 'talks')!.id;
    await ingest.ingest(scheduled);
    expect((await statusOf(again)).status).toBe('OCCURRED');
    await restoreSeed(app);
  });
});

describe('the facts the seed lacked, each with its quote', () => {
  it("the Seoul Foreign Ministry's statement: a STATEMENT, the ministry its SPEAKER, about the Tokyo meeting, coded", async () => {
    const data = await read(`{ events(filter: { types: [STATEMENT] }) { edges { node { id type date datePrecision plover cameoCode
      organizationParticipations { role organization { id } evidence { quote } } about { id } topics { id } } } } }`);
    const [statement] = data.events.edges.map((edge: { node: unknown }) => edge.node);
    expect(data.events.edges).toHaveLength(1);
    expect(statement).toMatchObject({
      type: 'STATEMENT',
      date: '2023-12-07',
      datePrecision: 'DAY',
      plover: 'AGREE',
      cameoCode: '030',
      about: [{ id: SEED_IDS.tokyoMeeting }],
    });
    expect(statement.organizationParticipations).toEqual([
      {
        role: 'SPEAKER',
        organization: { id: 'organization:ministry-of-foreign-affairs-of-korea' },
        evidence: [{ quote: 'said the Foreign Ministry in Seoul' }, { quote: 'said the ministry' }],
      },
    ]);
    expect(statement.topics.map((topic: { id: string }) => topic.id)).toContain('topic:cryptocurrency-theft');
  });

  it('the meetings came closely after the four sanctions: PRECEDED_BY, not a follow-up', async () => {
    const data = await read(`{ tokyo: event(id: "${SEED_IDS.tokyoMeeting}") { precededBy { id } followsUp { id } }
      seoul: event(id: "${SEOUL}") { precededBy { id } } }`);
    const sanctions = [
      'event:2023-11-30-us-sanctions-kimsuky',
      AUS_SANCTION,
      'event:2023-12-01-japan-sanctions-north-korea',
      'event:2023-12-01-south-korea-sanctions-satellite-developers',
    ];
    expect(data.tokyo.precededBy.map((event: { id: string }) => event.id).sort()).toEqual(sanctions.sort());
    expect(data.seoul.precededBy).toHaveLength(4);
    expect(data.tokyo.followsUp.map((event: { id: string }) => event.id)).not.toEqual(expect.arrayContaining(sanctions));
  });

  it('the Camp David agreement has its parties; the leaders represent their countries', async () => {
    const data = await read(`{
      agreement: event(id: "event:2023-08-18-camp-david-cyber-agreement") { countryParticipations { role country { id } }
        participants { role person { id } representing { id } } announced { id } }
      summit: event(id: "${CAMP_DAVID}") { participants { person { id } representing { id } evidence { quote source { publisher } } } } }`);
    expect(
      data.agreement.countryParticipations.map((p: { role: string; country: { id: string } }) => `${p.role} ${p.country.id}`).sort(),
    ).toEqual(['PARTY country:JPN', 'PARTY country:KOR', 'PARTY country:USA']);
    const leaders = (list: Array<{ person: { id: string }; representing: { id: string } | null }>) =>
      Object.fromEntries(list.map((p) => [p.person.id, p.representing?.id ?? null]));
    const expected = { 'person:joe-biden': 'country:USA', 'person:yoon-suk-yeol': 'country:KOR', 'person:fumio-kishida': 'country:JPN' };
    expect(leaders(data.agreement.participants)).toEqual(expected);
    expect(leaders(data.summit.participants)).toEqual(expected);
    expect(data.agreement.announced).toEqual([{ id: 'organization:trilateral-working-group-on-north-korean-cyber-threats' }]);
  });

  it('sanction targets beyond the country, with totals that are what the quotes say', async () => {
    const data = await read(`{
      kor: event(id: "event:2023-12-01-south-korea-sanctions-satellite-developers") { targetCount targets { id } }
      jpn: event(id: "event:2023-12-01-japan-sanctions-north-korea") { targetCount targets { id } followsUp { id } targetings { count target { id } evidence { quote } } }
      aus: event(id: "${AUS_SANCTION}") { targetCount followsUp { id } date datePrecision }
      launch: event(id: "event:2023-11-21-malligyong-1-launch") { location { id country { id } } organizationParticipations { role organization { name } } } }`);
    expect(data.kor.targetCount).toBe(11);
    expect(data.kor.targets.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['person:ri-chol-ju', 'country:PRK']));
    expect(data.jpn.targetCount).toBe(9); // "4 entities (Kimsuky among them) and 5 individuals"
    expect(data.jpn.targets).toHaveLength(5);
    expect(data.jpn.targetings.find((t: { target: { id: string } }) => t.target.id === 'country:PRK')).toMatchObject({ count: 5 });
    expect(data.jpn.followsUp).toEqual([{ id: 'event:2023-11-21-malligyong-1-launch' }]);
    expect(data.aus).toMatchObject({
      targetCount: 8,
      followsUp: [{ id: 'event:2023-11-21-malligyong-1-launch' }],
      date: '2023-12-01',
      datePrecision: 'DAY',
    });
    expect(data.launch.location).toEqual({ id: 'place:sohae-satellite-launching-ground', country: { id: 'country:PRK' } });
    expect(data.launch.organizationParticipations).toEqual([
      { role: 'HOST', organization: { name: 'National Aerospace Technology Administration' } },
    ]);
  });

  it("Jung Pak's later title starts after the Tokyo meeting; Tokyo no longer addresses what the cyber proceeds fund", async () => {
    const data = await read(`{ person(id: "person:jung-pak") { positions { title from until } }
      event(id: "${SEED_IDS.tokyoMeeting}") { date topics { id } } }`);
    const later = data.person.positions.find((position: { title: string }) => position.title === 'Senior Official for the DPRK');
    expect(later).toEqual({ title: 'Senior Official for the DPRK', from: '2024-01-01', until: '2024-07-05' });
    expect(later.from > data.event.date).toBe(true);
    const topics = data.event.topics.map((topic: { id: string }) => topic.id);
    expect(topics).not.toContain('topic:nuclear-programme');
    expect(topics).not.toContain('topic:missile-development');
  });

  it('an agenda the article only expected stays marked so: the quote claims "expected", a later report that it was addressed wins', async () => {
    const data = await read(`{ event(id: "${SEOUL}") { agenda { expected topic { id } evidence { quote claim source { id } } } } }`);
    const [item] = data.event.agenda;
    expect(item.topic.id).toBe('topic:illegal-cyber-activities');
    expect(item.expected).toBe(false);
    expect(item.evidence.find((e: { source: { id: string } }) => e.source.id === ARTICLE)).toMatchObject({ claim: 'expected' });
    expect(item.evidence.some((e: { source: { id: string }; claim: string | null }) => e.source.id !== ARTICLE && e.claim === null)).toBe(
      true,
    );
  });

  it('publisher and republisher; references dated by their addresses', async () => {
    const data = await read(`{ source(id: "${ARTICLE}") { publishedBy { name } republishedBy { name } }
      sources(first: 100) { edges { node { url publishedAt } } } }`);
    expect(data.source).toEqual({ publishedBy: [{ name: 'Korea JoongAng Daily' }], republishedBy: [{ name: 'Korea Daily US' }] });
    const dated = Object.fromEntries(
      data.sources.edges.map(({ node }: { node: { url: string; publishedAt: string } }) => [node.url, node.publishedAt]),
    );
    expect(dated['https://www.hankyung.com/article/202312072179Y']).toBe('2023-12-07');
    expect(dated['https://japannews.yomiuri.co.jp/politics/defense-security/20230822-131200/']).toBe('2023-08-22');
    expect(dated['https://m.koreaherald.com/view.php?ud=20240710050535']).toBe('2024-07-10');
  });

  it('no article quote sits in the photo caption when the body says the same', async () => {
    const [{ text }] = await app.graph.read({ cypher: 'MATCH (s:Source {id: $id}) RETURN s.text AS text', params: { id: ARTICLE } });
    const body = (text as string).indexOf('Nuclear envoys and negotiators');
    const captionStart = (text as string).indexOf('- Advertisement -');
    const rows = await app.graph.read({
      cypher: `CALL { MATCH (n:Entity) RETURN n.evidence AS evidence UNION ALL MATCH ()-[r]->() RETURN r.evidence AS evidence }
               UNWIND coalesce(evidence, []) AS entry RETURN entry`,
      params: {},
    });
    const inCaption = rows
      .map((row) => JSON.parse(row.entry as string) as { source: string; quote: string; start: number })
      .filter(
        (entry) =>
          entry.source === ARTICLE && entry.start > captionStart && entry.start < body && (text as string).indexOf(entry.quote, body) >= 0,
      )
      .map((entry) => entry.quote);
    expect(inCaption).toEqual([]);
  });
});

describe('an event merges only with the same real event', () => {
  const AUS_TEXT =
    'CANBERRA -- In December 2023 Australia imposed sanctions on three North Korean individuals, and later that month it sanctioned Pak Hwa-song, an arms broker.';
  const aus = { ref: 'aus', kind: 'COUNTRY', id: 'country:AUS' };
  const prk = { ref: 'prk', kind: 'COUNTRY', id: 'country:PRK' };

  it('two different sanctions by one country in one month stay two', async () => {
    const report = await ingest.ingest(
      article('[TEST FIXTURE] Australia sanctions again', AUS_TEXT, {
        entities: [aus, prk, { ref: 'pak', kind: 'PERSON', name: 'Pak Hwa-song', evidence: [{ quote: 'Pak Hwa-song' }] }],
        events: [
          {
            ref: 'three',
            title: 'Australia sanctions three North Koreans',
            type: 'SANCTION',
            status: 'OCCURRED',
            date: '2023-12-01',
            datePrecision: 'MONTH',
            dateText: 'In December 2023',
            evidence: [{ quote: 'In December 2023 Australia imposed sanctions on three North Korean individuals' }],
          },
          {
            ref: 'broker',
            title: 'Australia sanctions an arms broker',
            type: 'SANCTION',
            status: 'OCCURRED',
            date: '2023-12-01',
            datePrecision: 'MONTH',
            dateText: 'later that month',
            evidence: [{ quote: 'later that month it sanctioned Pak Hwa-song' }],
          },
        ],
        relations: [
          { type: 'IMPOSED_BY', from: 'three', to: 'aus', evidence: [{ quote: 'Australia imposed sanctions' }] },
          { type: 'TARGETS', from: 'three', to: 'prk', count: 3, evidence: [{ quote: 'three North Korean individuals' }] },
          { type: 'IMPOSED_BY', from: 'broker', to: 'aus', evidence: [{ quote: 'it sanctioned' }] },
          { type: 'TARGETS', from: 'broker', to: 'pak', evidence: [{ quote: 'sanctioned Pak Hwa-song, an arms broker' }] },
        ],
      }),
    );
    expect(
      report.created
        .filter((node) => node.kind === 'EVENT')
        .map((node) => node.ref)
        .sort(),
    ).toEqual(['broker', 'three']);
    expect(report.merged.some((node) => node.kind === 'EVENT')).toBe(false);
    const data = await read('{ country(id: "country:AUS") { sanctionsImposed { id } } }');
    expect(data.country.sanctionsImposed).toHaveLength(3);
    await restoreSeed(app);
  });

  it('the same sanction reported again (same imposer, same targets and count) merges', async () => {
    const text = 'Australia imposed financial sanctions and travel bans on seven individuals and one entity on December 1, 2023.';
    const report = await ingest.ingest(
      article('[TEST FIXTURE] Australia sanctions reported again', text, {
        entities: [aus, prk],
        events: [
          {
            ref: 'sanction',
            title: 'Australian sanctions',
            type: 'SANCTION',
            status: 'OCCURRED',
            date: '2023-12-01',
            dateText: 'December 1, 2023',
            evidence: [{ quote: text }],
          },
        ],
        relations: [
          { type: 'IMPOSED_BY', from: 'sanction', to: 'aus', evidence: [{ quote: 'Australia imposed' }] },
          { type: 'TARGETS', from: 'sanction', to: 'prk', count: 8, evidence: [{ quote: 'seven individuals and one entity' }] },
        ],
      }),
    );
    expect(report.merged.find((node) => node.ref === 'sanction')).toMatchObject({
      id: AUS_SANCTION,
      matchedBy: 'type, date, imposing countries and targets',
    });
    await restoreSeed(app);
  });

  it('a second source about the Tokyo meeting merges; another meeting in Tokyo that day with other people does not', async () => {
    const text =
      'Jung Pak met her counterparts in Tokyo on Thursday. Separately, Velmorra envoy Orrin Pemberbrook met Kastrelby officials in Tokyo on Thursday.';
    const tokyo = { ref: 'tokyo', kind: 'PLACE', id: SEED_IDS.tokyo };
    const report = await ingest.ingest(
      article('[TEST FIXTURE] Two meetings in Tokyo', text, {
        publishedAt: '2023-12-08',
        entities: [
          tokyo,
          { ref: 'pak', kind: 'PERSON', name: 'Jung Pak', evidence: [{ quote: 'Jung Pak' }] },
          { ref: 'orrin', kind: 'PERSON', name: 'Orrin Pemberbrook', evidence: [{ quote: 'Orrin Pemberbrook' }] },
        ],
        events: [
          {
            ref: 'wg',
            title: 'Working group meeting',
            type: 'MEETING',
            status: 'OCCURRED',
            date: '2023-12-07',
            dateText: 'Thursday',
            evidence: [{ quote: 'Jung Pak met her counterparts in Tokyo on Thursday' }],
          },
          {
            ref: 'other',
            title: 'Velmorra-Kastrelby talks',
            type: 'MEETING',
            status: 'OCCURRED',
            date: '2023-12-07',
            dateText: 'Thursday',
            evidence: [{ quote: 'Orrin Pemberbrook met Kastrelby officials in Tokyo on Thursday' }],
          },
        ],
        relations: [
          { type: 'HELD_IN', from: 'wg', to: 'tokyo', evidence: [{ quote: 'in Tokyo on Thursday', occurrence: 1 }] },
          { type: 'PARTICIPATED_IN', from: 'pak', to: 'wg', role: 'ATTENDEE', evidence: [{ quote: 'Jung Pak met her counterparts' }] },
          { type: 'HELD_IN', from: 'other', to: 'tokyo', evidence: [{ quote: 'in Tokyo on Thursday', occurrence: 2 }] },
          { type: 'PARTICIPATED_IN', from: 'orrin', to: 'other', role: 'ATTENDEE', evidence: [{ quote: 'Orrin Pemberbrook met' }] },
        ],
      }),
    );
    expect(report.merged.find((node) => node.ref === 'wg')).toMatchObject({
      id: SEED_IDS.tokyoMeeting,
      matchedBy: 'type, date, place and participants',
    });
    expect(report.created.find((node) => node.ref === 'other')).toBeDefined();
    await restoreSeed(app);
  });
});

describe('an entity given by an existing id needs nothing else', () => {
  const text = 'Seoul and Tokyo agreed to talk.';
  const withCountry = (entity: Record<string, unknown>) =>
    article('[TEST FIXTURE] Countries named by id', text, {
      entities: [entity],
      events: [{ ref: 'talks', title: 'Seoul-Tokyo talks agreed', type: 'AGREEMENT', status: 'OCCURRED', evidence: [{ quote: text }] }],
      relations: [{ type: 'PARTICIPATED_IN', from: 'kor', to: 'talks', role: 'PARTY', evidence: [{ quote: 'Seoul' }] }],
    });

  it('a country by id and name alone is taken (no ISO code, no evidence), and resolves by its id', async () => {
    const report = await ingest.ingest(withCountry({ ref: 'kor', kind: 'COUNTRY', id: 'country:KOR', name: 'South Korea' }));
    expect(report.merged.find((node) => node.ref === 'kor')).toMatchObject({ id: 'country:KOR', matchedBy: 'id' });
    const bare = await ingest.ingest(withCountry({ ref: 'kor', kind: 'COUNTRY', id: 'country:KOR' }));
    expect(bare.merged.find((node) => node.ref === 'kor')).toMatchObject({ id: 'country:KOR', label: 'South Korea' });
    await restoreSeed(app);
  });

  it('a code that contradicts the id is BAD_USER_INPUT naming the code, and nothing is written', async () => {
    const problems = await problemsOf(withCountry({ ref: 'kor', kind: 'COUNTRY', id: 'country:KOR', code: 'USA', name: 'South Korea' }));
    expect(problems).toEqual([{ field: 'entities[0].code', message: 'code USA contradicts id "country:KOR"' }]);
  });
});

describe('names true only in context do not resolve by themselves', () => {
  const text = 'Officials of the Foreign Policy Bureau met on Monday.';
  const bureauOf = (country: string) =>
    article(`[TEST FIXTURE] A Foreign Policy Bureau of ${country}`, text, {
      entities: [
        {
          ref: 'bureau',
          kind: 'ORGANIZATION',
          orgKind: 'BUREAU',
          name: 'Foreign Policy Bureau',
          evidence: [{ quote: 'the Foreign Policy Bureau' }],
        },
        { ref: 'country', kind: 'COUNTRY', id: country },
      ],
      relations: [{ type: 'PART_OF', from: 'bureau', to: 'country', evidence: [{ quote: 'Officials of the Foreign Policy Bureau' }] }],
    });

  it('"Foreign Policy Bureau" of another country is another node; of Japan it is the seed\'s bureau', async () => {
    const korean = await ingest.ingest(bureauOf('country:KOR'));
    const created = korean.created.find((node) => node.ref === 'bureau');
    expect(created?.id).toMatch(/^organization:foreign-policy-bureau/);
    expect(created?.id).not.toBe('organization:foreign-policy-bureau-of-japan');
    const japanese = await ingest.ingest(bureauOf('country:JPN'));
    expect(japanese.merged.find((node) => node.ref === 'bureau')).toMatchObject({
      id: 'organization:foreign-policy-bureau-of-japan',
      matchedBy: 'name in context',
    });
    // Still found by search under its contextual alias.
    const data = await read('{ search(query: "Foreign Policy Bureau", kinds: [ORGANIZATION]) { node { id } } }');
    expect(data.search.map((hit: { node: { id: string } }) => hit.node.id)).toContain('organization:foreign-policy-bureau-of-japan');
    await restoreSeed(app);
  });
});

describe('search answers the same question the same way', () => {
  it('hits that tie at the cut come by id; paging yields each hit once, in order', async () => {
    const names = Array.from({ length: 26 }, (_, i) => `Quillon Tiebreak ${String.fromCharCode(65 + ((i * 7) % 26))}`);
    const text = names.join('. ') + '.';
    await ingest.ingest(
      article('[TEST FIXTURE] Twenty-six namesakes', text, {
        entities: names.map((name, i) => ({
          ref: `p${i}`,
          kind: 'PERSON',
          name,
          slug: `tiebreak-${String(1000 - i * 37).padStart(4, '0')}`,
          evidence: [{ quote: name }],
        })),
      }),
    );
    const page = async (after?: string) =>
      (
        await read(
          'query ($after: String) { search(query: "tiebreak", kinds: [PERSON], first: 5, after: $after) { score cursor node { id } } }',
          { after },
        )
      ).search as Array<{
        score: number;
        cursor: string;
        node: { id: string };
      }>;
    const first = await page();
    expect(await page()).toEqual(first);
    const seen: Array<{ score: number; id: string }> = [];
    let hits = first;
    while (hits.length > 0) {
      seen.push(...hits.map((hit) => ({ score: hit.score, id: hit.node.id })));
      hits = await page(hits[hits.length - 1].cursor);
    }
    expect(seen).toHaveLength(26);
    expect(new Set(seen.map((hit) => hit.id)).size).toBe(26);
    const ordered = [...seen].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    expect(seen).toEqual(ordered);
    await restoreSeed(app);
  });
});
