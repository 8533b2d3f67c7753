import { decodeEvidence, encodeEvidence, evidenceSourceIdCypher } from '../../src/graph/evidence';
import { EventOrder, EventType, EventStatus } from '../../src/common/enums';
import { pageQuery } from '../../src/common/page-reader';
import { personList } from '../../src/person/person.service';
import { eventsCountQuery, eventsPageQuery } from '../../src/event/event.cypher';
import { upsertRelationsQuery, nodesByNameKeysQuery } from '../../src/ingest/ingest.cypher';
import { linkQuery } from '../../src/graph/links';
import { LINKS } from '../../src/schema/links';
import { schemaStatements } from '../../src/graph/constraints';

const hostile = "x' }) DETACH DELETE n //";

describe('Cypher builders', () => {
  it('build the events page with every filter value as a parameter', () => {
    const query = eventsPageQuery(
      {
        types: [EventType.SANCTION],
        from: '2023-11-01',
        to: '2023-12-31',
        countryIds: ['country:KOR'],
        status: EventStatus.OCCURRED,
        text: hostile,
      },
      EventOrder.DATE_ASC,
      20,
      { order: 'DATE_ASC', key: '2023-11-30', id: 'event:x' },
    );
    expect(query.cypher).toMatchSnapshot();
    expect(query.cypher).not.toContain(hostile);
    expect(query.cypher).not.toContain('country:KOR');
    expect(query.params).toMatchObject({
      types: ['SANCTION'],
      from: '2023-11-01',
      to: '2023-12-31',
      countryIds: ['country:KOR'],
      text: hostile.toLowerCase(),
      afterKey: '2023-11-30',
      afterId: 'event:x',
    });
    expect(Number(query.params.limit)).toBe(21);
  });

  it('orders undated events last in both directions', () => {
    expect(eventsPageQuery(undefined, EventOrder.DATE_ASC, 5, null).cypher).toContain("coalesce(toString(e.date), '~')");
    const descending = eventsPageQuery(undefined, EventOrder.DATE_DESC, 5, null).cypher;
    expect(descending).toContain("coalesce(toString(e.date), '')");
    // Anchored at a country: its events sorted by the sort key.
    expect(eventsPageQuery({ countryIds: ['country:KOR'] }, EventOrder.DATE_DESC, 5, null).cypher).toContain(
      'ORDER BY sortKey DESC, e.id DESC',
    );
  });

  it('walks the date index for a page of every event: dated ones in order, undated ones only to fill the page', () => {
    const query = eventsPageQuery({ types: [EventType.MEETING] }, EventOrder.DATE_DESC, 20, {
      order: 'DATE_DESC',
      key: '2023-11-30',
      id: 'event:x',
    });
    expect(query.cypher).toMatchSnapshot();
    expect(query.params).toMatchObject({ types: ['MEETING'], afterKey: '2023-11-30', afterId: 'event:x' });
    // A cursor among the undated events: no dated event is after it.
    const undated = eventsPageQuery(undefined, EventOrder.DATE_ASC, 20, { order: 'DATE_ASC', key: '~', id: 'event:y' });
    expect(undated.cypher).toContain('WHERE e.date IS NOT NULL\nAND false');
    expect(undated.cypher).toContain('WHERE e.date IS NULL\nAND e.id > $afterId');
    expect(undated.params).not.toHaveProperty('afterKey');
    // A key that is neither a date nor the undated key is not a cursor this API gave.
    expect(() => eventsPageQuery(undefined, EventOrder.DATE_ASC, 20, { order: 'DATE_ASC', key: 'x) OR true //', id: 'event:y' })).toThrow(
      'after is not a cursor returned by this API',
    );
  });

  it('treat an empty list as no filter', () => {
    const query = eventsCountQuery({ types: [], countryIds: [] });
    expect(query.cypher).not.toContain('WHERE');
    expect(query.params).toEqual({});
  });

  it('batch a link over many parents in one statement', () => {
    const query = linkQuery('eventParticipants', ['event:a', 'event:b'], 10);
    expect(query.cypher).toMatchSnapshot();
    expect(query.params.ids).toEqual(['event:a', 'event:b']);
    expect(query.cypher.startsWith('UNWIND $ids AS id')).toBe(true);
  });

  it('take labels and relationship types only from the fixed lists', () => {
    expect(() => nodesByNameKeysQuery('Person) DETACH DELETE (n', [])).toThrow(/Not a label/);
    expect(upsertRelationsQuery('HOLDS_POSITION', [], 'ingest').cypher).toContain('MERGE (a)-[r:HOLDS_POSITION {title: row.title}]->(b)');
    expect(upsertRelationsQuery('FOLLOWS_UP', [], 'ingest').cypher).toContain('MERGE (a)-[r:FOLLOWS_UP]->(b)');
    expect(pageQuery(personList(undefined), 5, null).cypher).toMatchSnapshot();
  });

  it('define every link with the parent id as its only input', () => {
    for (const [name, link] of Object.entries(LINKS)) {
      expect(`${name}: ${link.body}`).toMatch(/\{id: id\}|= id\b/);
      expect(link.body).not.toContain('$');
    }
  });

  it('create the schema idempotently', () => {
    const statements = schemaStatements().map((statement) => statement.cypher);
    expect(statements.every((statement) => statement.includes('IF NOT EXISTS'))).toBe(true);
    expect(statements).toContain('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
    expect(statements.some((statement) => statement.startsWith('CREATE FULLTEXT INDEX entity_names'))).toBe(true);
    expect(statements).toContain('CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)');
  });
});

describe('coercion error paths', () => {
  it('name the input field a graphql-js message points at', async () => {
    const { fieldOfMessage } = await import('../../src/http/format-error');
    expect(
      fieldOfMessage('Variable "$input" got invalid value "2023-02-30" at "input.events[2].date"; Value is not a valid LocalDate'),
    ).toBe('events[2].date');
    expect(
      fieldOfMessage(
        'Variable "$input" got invalid value { title: "x" } at "input.source"; Field "text" of required type "String!" was not provided.',
      ),
    ).toBe('source.text');
    expect(fieldOfMessage('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"')).toBe('first');
  });
});

describe('stored evidence', () => {
  it('begins with its source id as it is, which encodeEvidence keeps true by refusing ids JSON would escape', () => {
    const encoded = encodeEvidence({ source: 'source:tokyo-report', quote: 'He said "yes".', start: 3, end: 17, claim: '2023-12-07|DAY|' });
    expect(encoded.startsWith('{"source":"source:tokyo-report"')).toBe(true);
    expect(evidenceSourceIdCypher('e')).toBe(`split(substring(e, 11), '"')[0]`);
    expect(decodeEvidence([encoded])).toEqual([
      { source: 'source:tokyo-report', quote: 'He said "yes".', start: 3, end: 17, claim: '2023-12-07|DAY|' },
    ]);
    for (const source of ['source:a"b', 'source:a\\b', 'source:a\nb']) {
      expect(() => encodeEvidence({ source, quote: 'q', start: 0, end: 1 })).toThrow('has a character JSON escapes');
    }
  });
});
