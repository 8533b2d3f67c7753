import { RunningApp } from '../../src/app';
import { decodeEvidence, StoredEvidence } from '../../src/graph/evidence';
import { gqlData, startTestApp } from '../helpers/test-app';

/**
 * Provenance: every evidence entry on every node and relationship quotes its source verbatim at the offsets it gives;
 * every fact of the seed has evidence; facts that come from the fact sheet cite the reference that states them.
 */
let app: RunningApp;
const ARTICLE_ID = 'source:envoys-from-seoul-washington-tokyo-meet-in-japan-to-address';
const TOKYO = 'event:2023-12-07-tokyo-cyber-working-group-launch';
const MOFA_JAPAN_URL = 'https://www.mofa.go.jp/mofaj/press/release/pressit_000001_00066.html';

beforeAll(async () => {
  // One test here reads the whole test graph in a single request to cross-check it: an estimated cost far above what
  // a client may ask (MAX_COST, default 50,000), so this file allows more.
  app = await startTestApp({ MAX_COST: '2000000' });
});
afterAll(async () => {
  await app.stop();
});

interface Located {
  where: string;
  evidence: StoredEvidence;
}

async function sourceTexts(): Promise<Map<string, string>> {
  const rows = await app.graph.read({ cypher: 'MATCH (s:Source) RETURN s.id AS id, s.text AS text', params: {} });
  return new Map(rows.map((row) => [row.id as string, row.text as string]));
}

/** Every stored evidence entry, on nodes and on relationships, read with Cypher. */
async function storedEvidence(): Promise<Located[]> {
  const nodes = await app.graph.read({
    cypher: 'MATCH (n) WHERE size(coalesce(n.evidence, [])) > 0 RETURN n.id AS id, n.evidence AS evidence',
    params: {},
  });
  const relationships = await app.graph.read({
    cypher: `
      MATCH (a)-[r]->(b) WHERE size(coalesce(r.evidence, [])) > 0
      RETURN a.id + ' -' + type(r) + '-> ' + b.id AS id, r.evidence AS evidence`,
    params: {},
  });
  return [...nodes, ...relationships].flatMap((row) => {
    const raw = row.evidence as string[];
    const decoded = decodeEvidence(raw);
    // Nothing stored is skipped by the decoder: every entry is well-formed evidence.
    expect({ id: row.id, entries: decoded.length }).toEqual({ id: row.id, entries: raw.length });
    return decoded.map((evidence) => ({ where: row.id as string, evidence }));
  });
}

function misquoted(
  entries: Array<{ where: string; quote: string; start?: number | null; end?: number | null; sourceId: string }>,
  texts: Map<string, string>,
) {
  return entries.filter(({ quote, start, end, sourceId }) => {
    const text = texts.get(sourceId);
    return text === undefined || typeof start !== 'number' || typeof end !== 'number' || text.slice(start, end) !== quote;
  });
}

describe('quotes and offsets', () => {
  it('every stored evidence entry, on nodes and relationships, is source.text.slice(start, end)', async () => {
    const texts = await sourceTexts();
    const entries = await storedEvidence();
    const [{ total }] = await app.graph.read({
      cypher: `
        CALL { MATCH (n) RETURN sum(size(coalesce(n.evidence, []))) AS count
               UNION ALL MATCH ()-[r]->() RETURN sum(size(coalesce(r.evidence, []))) AS count }
        RETURN sum(count) AS total`,
      params: {},
    });
    expect(entries.length).toBe(Number(total));
    expect(entries.length).toBeGreaterThanOrEqual(251);

    const bad = misquoted(
      entries.map(({ where, evidence }) => ({
        where,
        quote: evidence.quote,
        start: evidence.start,
        end: evidence.end,
        sourceId: evidence.source,
      })),
      texts,
    );
    expect(bad).toEqual([]);
    // Sanity of the check itself: a known quote sits where it should.
    const tokyoPlace = entries.find((entry) => entry.where === 'place:tokyo' && entry.evidence.quote === 'met in Tokyo on Thursday');
    expect(tokyoPlace?.evidence).toMatchObject({ source: ARTICLE_ID, start: 892, end: 916 });
  });

  it('every evidence entry the API shows, on every node kind and relationship field, is source.text.slice(start, end)', async () => {
    const EVIDENCE = 'evidence { quote start end source { id text } }';
    const data = await gqlData(
      app.url,
      `{
        events(first: 100) { edges { node { id ${EVIDENCE}
          participants { person { id } ${EVIDENCE} titles { value ${EVIDENCE} } }
          countryParticipations { country { id } ${EVIDENCE} }
          organizationParticipations { organization { id } ${EVIDENCE} }
          agenda { topic { id } ${EVIDENCE} }
          targetings { target { id } ${EVIDENCE} }
          location { id ${EVIDENCE} } } } }
        people(first: 100) { edges { node { id ${EVIDENCE} positions { title ${EVIDENCE} } participations { event { id } ${EVIDENCE} } } } }
        organizations(first: 100) { edges { node { id ${EVIDENCE} positions { title ${EVIDENCE} } } } }
        countries { id ${EVIDENCE} places { id ${EVIDENCE} } }
        topics { id ${EVIDENCE} }
      }`,
    );
    const entries: Array<{ where: string; quote: string; start: number | null; end: number | null; sourceId: string }> = [];
    const texts = new Map<string, string>();
    const collect = (
      where: string,
      evidence: Array<{ quote: string; start: number | null; end: number | null; source: { id: string; text: string } }>,
    ) => {
      for (const item of evidence) {
        texts.set(item.source.id, item.source.text);
        entries.push({ where, quote: item.quote, start: item.start, end: item.end, sourceId: item.source.id });
      }
    };
    for (const { node: event } of data.events.edges) {
      collect(event.id, event.evidence);
      for (const p of event.participants) {
        collect(`${event.id} participant ${p.person.id}`, p.evidence);
        for (const claim of p.titles) collect(`${event.id} participant ${p.person.id} title ${claim.value}`, claim.evidence);
      }
      for (const c of event.countryParticipations) collect(`${event.id} country ${c.country.id}`, c.evidence);
      for (const o of event.organizationParticipations) collect(`${event.id} organization ${o.organization.id}`, o.evidence);
      for (const a of event.agenda) collect(`${event.id} topic ${a.topic.id}`, a.evidence);
      for (const t of event.targetings) collect(`${event.id} target ${t.target.id}`, t.evidence);
      if (event.location) collect(event.location.id, event.location.evidence);
    }
    for (const { node: person } of data.people.edges) {
      collect(person.id, person.evidence);
      for (const position of person.positions) collect(`${person.id} position ${position.title}`, position.evidence);
      for (const participation of person.participations) collect(`${person.id} at ${participation.event.id}`, participation.evidence);
    }
    for (const { node: organization } of data.organizations.edges) {
      collect(organization.id, organization.evidence);
      for (const position of organization.positions) collect(`${organization.id} position ${position.title}`, position.evidence);
    }
    for (const country of data.countries) {
      collect(country.id, country.evidence);
      for (const place of country.places) collect(place.id, place.evidence);
    }
    for (const topic of data.topics) collect(topic.id, topic.evidence);

    expect(misquoted(entries, texts)).toEqual([]);

    // The walk reached every quote stored on a node (but Sources, which have none) and on every relationship the
    // API shows with its evidence: participations (of people, countries and organizations), positions, targetings and
    // agenda items (ADDRESSES).
    const key = (sourceId: string, quote: string, start: number | null | undefined, end: number | null | undefined) =>
      JSON.stringify([sourceId, quote, start, end]);
    const reached = new Set(entries.map((entry) => key(entry.sourceId, entry.quote, entry.start, entry.end)));
    const rows = await app.graph.read({
      cypher: `
        CALL { MATCH (n:Entity) WHERE NOT n:Source RETURN n.evidence AS evidence
               UNION ALL MATCH ()-[r:PARTICIPATED_IN|HOLDS_POSITION|TARGETS|ADDRESSES]->() RETURN r.evidence AS evidence }
        RETURN evidence`,
      params: {},
    });
    const stored = new Set(
      rows.flatMap((row) => decodeEvidence(row.evidence).map((item) => key(item.source, item.quote, item.start, item.end))),
    );
    expect(stored.size).toBeGreaterThan(100); // a floor: the check below runs over the real set
    expect([...stored].filter((item) => !reached.has(item))).toEqual([]);
  });
});

describe('every fact has evidence', () => {
  it('every node but a Source has at least one evidence entry', async () => {
    const rows = await app.graph.read({
      cypher: 'MATCH (n:Entity) WHERE size(coalesce(n.evidence, [])) = 0 AND NOT n:Source RETURN n.id AS id ORDER BY id',
      params: {},
    });
    expect(rows.map((row) => row.id)).toEqual([]);
    // Outside the model there is only the ingest lock (bookkeeping, no fact).
    const outside = await app.graph.read({ cypher: 'MATCH (n) WHERE NOT n:Entity RETURN labels(n) AS labels', params: {} });
    expect(outside.map((row) => row.labels)).toEqual([['IngestLock']]);
  });

  it('every relationship but MENTIONS has at least one evidence entry', async () => {
    const rows = await app.graph.read({
      cypher: `
        MATCH (a)-[r]->(b) WHERE type(r) <> 'MENTIONS' AND size(coalesce(r.evidence, [])) = 0
        RETURN a.id + ' -' + type(r) + '-> ' + b.id AS id ORDER BY id`,
      params: {},
    });
    expect(rows.map((row) => row.id)).toEqual([]);
  });

  it('every source that an evidence entry cites MENTIONS the node it is evidence for', async () => {
    const entries = await storedEvidence();
    const mentions = await app.graph.read({
      cypher: 'MATCH (s:Source)-[:MENTIONS]->(n) RETURN s.id AS source, n.id AS node',
      params: {},
    });
    const pairs = new Set(mentions.map((row) => `${row.source} ${row.node}`));
    const missing = entries
      .filter((entry) => !entry.where.includes(' -'))
      .filter((entry) => !pairs.has(`${entry.evidence.source} ${entry.where}`))
      .map((entry) => `${entry.evidence.source} ${entry.where}`);
    expect(missing).toEqual([]);
  });
});

interface ApiEvidence {
  quote: string;
  supports: string | null;
  source: { id: string; url: string | null; publisher: string | null; textOrigin: string };
}

describe('facts from the fact sheet cite their own sources', () => {
  it('every event date is supported by a non-article source with a URL or publisher, quoting the date', async () => {
    const data = await gqlData(
      app.url,
      '{ events(first: 100) { edges { node { id date evidence { quote supports source { id url publisher textOrigin } } } } } }',
    );
    const events = data.events.edges.map((edge: { node: unknown }) => edge.node) as Array<{
      id: string;
      date: string;
      evidence: ApiEvidence[];
    }>;
    expect(events).toHaveLength(10);
    for (const event of events) {
      const dateEvidence = event.evidence.filter((item) => item.supports === 'date');
      expect({ event: event.id, dated: dateEvidence.length > 0 }).toEqual({ event: event.id, dated: true });
      for (const item of dateEvidence) {
        expect({ event: event.id, source: item.source.id, fromArticle: item.source.id === ARTICLE_ID }).toEqual({
          event: event.id,
          source: item.source.id,
          fromArticle: false,
        });
        expect({ event: event.id, source: item.source.id, traceable: !!(item.source.url || item.source.publisher) }).toEqual({
          event: event.id,
          source: item.source.id,
          traceable: true,
        });
        expect(item.source.textOrigin).toBe('FACT_SHEET');
      }
      // The quote states the date (a MONTH date by its month, as in "about 2023-12-01").
      expect({ event: event.id, quotesDate: dateEvidence.some((item) => item.quote.includes(event.date)) }).toEqual({
        event: event.id,
        quotesDate: true,
      });
    }
  });

  it('every native name is backed by a non-article quote that contains it', async () => {
    const data = await gqlData(
      app.url,
      '{ people(first: 100) { edges { node { id nativeNames evidence { quote supports source { id url publisher textOrigin } } } } } }',
    );
    const people = data.people.edges.map((edge: { node: unknown }) => edge.node) as Array<{
      id: string;
      nativeNames: string[];
      evidence: ApiEvidence[];
    }>;
    const named = people.filter((person) => person.nativeNames.length > 0);
    expect(named.map((person) => person.id).sort()).toEqual([
      'person:akiba-takeo',
      'person:cho-tae-yong',
      'person:hideo-ishizuki',
      'person:jung-pak',
      'person:lee-joon-il',
    ]);
    for (const person of named) {
      const support = person.evidence.filter((item) => item.supports === 'nativeNames');
      for (const name of person.nativeNames) {
        expect({ person: person.id, name, backed: support.some((item) => item.quote.includes(name)) }).toEqual({
          person: person.id,
          name,
          backed: true,
        });
      }
      for (const item of support)
        expect({ person: person.id, source: item.source.id === ARTICLE_ID }).toEqual({ person: person.id, source: false });
    }
  });

  it('every native name cites a source with a URL or a publisher, so an analyst can trace it', async () => {
    const data = await gqlData(
      app.url,
      '{ people(first: 100) { edges { node { id nativeNames evidence { quote supports source { id title url publisher } } } } } }',
    );
    const untraceable = (
      data.people.edges as Array<{ node: { id: string; evidence: Array<ApiEvidence & { source: { title: string } }> } }>
    ).flatMap(({ node }) =>
      node.evidence
        .filter((item) => item.supports === 'nativeNames' && !item.source.url && !item.source.publisher)
        .map((item) => `${node.id}: "${item.quote}" cites "${item.source.title}" (${item.source.id}), which has neither url nor publisher`),
    );
    expect(untraceable).toEqual([]);
  });
});

describe("dates are the story's, not the capture banner's", () => {
  it('no Event is dated in 2024 (the page was captured on 2024-07-26)', async () => {
    const [{ count }] = await app.graph.read({
      cypher: 'MATCH (e:Event) WHERE e.date >= date("2024-01-01") RETURN count(e) AS count',
      params: {},
    });
    expect(Number(count)).toBe(0);
    const data = await gqlData(app.url, '{ late: events(filter: { from: "2024-01-01" }) { totalCount } all: events { totalCount } }');
    expect(data.late.totalCount).toBe(0);
    expect(data.all.totalCount).toBe(10);
  });

  it('the Tokyo meeting is 2023-12-07 ("Thursday"), not 2024-07-25; Camp David is 2023-08-18, not August 2024', async () => {
    const data = await gqlData(
      app.url,
      `{ tokyo: event(id: "${TOKYO}") { date datePrecision dateText }
         campDavid: event(id: "event:2023-08-18-camp-david-summit") { date datePrecision dateText } }`,
    );
    expect(data.tokyo).toEqual({ date: '2023-12-07', datePrecision: 'DAY', dateText: 'Thursday' });
    expect(data.tokyo.date).not.toBe('2024-07-25');
    expect(data.campDavid).toEqual({ date: '2023-08-18', datePrecision: 'DAY', dateText: 'August this year' });
  });

  it("the Tokyo meeting's date evidence cites the Japan MOFA press release", async () => {
    const data = await gqlData(
      app.url,
      `{ event(id: "${TOKYO}") { evidence { quote start end supports source { id title publisher url textOrigin text } } } }`,
    );
    const dateEvidence = data.event.evidence.filter((item: { supports: string }) => item.supports === 'date');
    const mofa = dateEvidence.find((item: ApiEvidence) => item.source.url === MOFA_JAPAN_URL);
    expect(mofa).toBeDefined();
    expect(mofa.quote).toBe('2023-12-07, from 16:00, about 2 hours');
    expect(mofa.source.publisher).toBe('Ministry of Foreign Affairs of Japan');
    expect(mofa.source.id).toBe('source:japan-mofa-press-release-on-the-2023-12-07-tokyo-meeting-of');
    expect(mofa.source.textOrigin).toBe('FACT_SHEET');
    expect(mofa.source.text.slice(mofa.start, mofa.end)).toBe(mofa.quote);
    // The article's own words for the date are kept too, as dateText evidence.
    const dateText = data.event.evidence.find((item: { supports: string }) => item.supports === 'dateText');
    expect(dateText).toMatchObject({ quote: 'met in Tokyo on Thursday to launch a trilateral working group', source: { id: ARTICLE_ID } });
  });
});
