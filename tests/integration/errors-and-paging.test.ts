import { RunningApp } from '../../src/app';
import { gql, GraphQLResponse, gqlData, startTestApp } from '../helpers/test-app';

/**
 * Bad input is a BAD_USER_INPUT error naming the field (never a silent cut, never a stack trace); keyset paging walks
 * every item exactly once.
 */
let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

/** The seed's 10 events, by date then id (DATE_ASC). */
const EVENTS_BY_DATE = [
  'event:2023-08-18-camp-david-cyber-agreement',
  'event:2023-08-18-camp-david-summit',
  'event:2023-11-21-malligyong-1-launch',
  'event:2023-11-30-us-sanctions-kimsuky',
  'event:2023-12-01-australia-sanctions-north-korea',
  'event:2023-12-01-japan-sanctions-north-korea',
  'event:2023-12-01-south-korea-sanctions-satellite-developers',
  'event:2023-12-07-south-korea-foreign-ministry-statement-cyber-working-group',
  'event:2023-12-07-tokyo-cyber-working-group-launch',
  'event:2023-12-09-seoul-national-security-advisers-meeting',
];

const STACK_FRAME = /\bat (?:\S+ )?\(?(?:\/|node:|file:|[A-Za-z]:\\)[^\s)]*:\d+:\d+\)?/;

/** Asserts one error with the code (and field) given, no data leak, and nothing of a stack trace. */
function expectError(response: GraphQLResponse, code: string, field?: string): { message: string; extensions?: Record<string, any> } {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions?.code).toBe(code);
  if (field !== undefined) expect(error.extensions?.field).toBe(field);
  expectNoStack(response);
  return error;
}

function expectNoStack(response: GraphQLResponse): void {
  const body = JSON.stringify(response);
  expect(body.toLowerCase()).not.toContain('stacktrace');
  expect(body).not.toMatch(STACK_FRAME);
  expect(body).not.toMatch(/\\n\s+at /);
  for (const error of response.errors ?? []) expect(error.extensions?.exception).toBeUndefined();
}

describe('page sizes', () => {
  it.each([
    ['101', 101],
    ['0', 0],
    ['-1', -1],
  ])('events(first: %s) is BAD_USER_INPUT on field "first", and returns no data', async (_label, first) => {
    const response = await gql(app.url, `{ events(first: ${first}) { totalCount edges { node { id } } } }`);
    const error = expectError(response, 'BAD_USER_INPUT', 'first');
    expect(error.message).toBe(`first must be between 1 and 100, got ${first}`);
    expect(response.data).toBeNull();
    expect(response.status).toBe(200);
  });

  it('first: 100 is allowed and returns all 10 events', async () => {
    const data = await gqlData(app.url, '{ events(first: 100) { totalCount edges { node { id } } pageInfo { hasNextPage } } }');
    expect(data.events.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(EVENTS_BY_DATE);
    expect(data.events.totalCount).toBe(10);
    expect(data.events.pageInfo.hasNextPage).toBe(false);
  });

  it.each(['people', 'organizations', 'sources'])('%s(first: 101) is BAD_USER_INPUT on field "first" too', async (field) => {
    const response = await gql(app.url, `{ ${field}(first: 101) { totalCount } }`);
    expectError(response, 'BAD_USER_INPUT', 'first');
    expect(response.data).toBeNull();
  });

  it('first as a variable: the same check', async () => {
    const response = await gql(app.url, 'query ($n: Int) { events(first: $n) { totalCount } }', { n: 1000 });
    const error = expectError(response, 'BAD_USER_INPUT', 'first');
    expect(error.message).toBe('first must be between 1 and 100, got 1000');
  });

  it('the default page size is larger than a small graph: people(first: 3) has 3 of 11 and more to come; people() has all 11', async () => {
    const three = await gqlData(
      app.url,
      '{ people(first: 3) { totalCount edges { node { id name } } pageInfo { hasNextPage hasPreviousPage } } }',
    );
    expect(three.people.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      'Akiba Takeo',
      'Cho Tae-yong',
      'Esther Chung',
    ]);
    expect(three.people.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    expect(three.people.totalCount).toBe(11);

    const all = await gqlData(app.url, '{ people { totalCount edges { node { id } } pageInfo { hasNextPage } } }');
    expect(all.people.edges).toHaveLength(11);
    expect(all.people.totalCount).toBe(11);
    expect(all.people.pageInfo.hasNextPage).toBe(false);
  });
});

describe('cursors', () => {
  it('after: "garbage" is BAD_USER_INPUT on field "after"', async () => {
    const response = await gql(app.url, '{ events(first: 2, after: "garbage") { edges { node { id } } } }');
    const error = expectError(response, 'BAD_USER_INPUT', 'after');
    expect(error.message).toBe('after is not a cursor returned by this API');
  });

  it('a well-formed base64 string that is not our cursor is BAD_USER_INPUT on "after" too', async () => {
    const fake = Buffer.from(JSON.stringify({ offset: 3 }), 'utf8').toString('base64url');
    const response = await gql(app.url, 'query ($after: String) { events(after: $after) { totalCount } }', { after: fake });
    expectError(response, 'BAD_USER_INPUT', 'after');
  });

  it('a DATE_ASC cursor used with DATE_DESC is BAD_USER_INPUT on "after"', async () => {
    const page = await gqlData(app.url, '{ events(first: 2, orderBy: DATE_ASC) { pageInfo { endCursor } } }');
    const cursor = page.events.pageInfo.endCursor as string;
    expect(typeof cursor).toBe('string');
    const response = await gql(
      app.url,
      'query ($after: String) { events(first: 2, orderBy: DATE_DESC, after: $after) { edges { node { id } } } }',
      {
        after: cursor,
      },
    );
    const error = expectError(response, 'BAD_USER_INPUT', 'after');
    expect(error.message).toBe('after is a cursor of another ordering (DATE_ASC), not DATE_DESC');
  });

  it('an events cursor used for people (another ordering) is BAD_USER_INPUT on "after"', async () => {
    const page = await gqlData(app.url, '{ events(first: 1) { pageInfo { endCursor } } }');
    const response = await gql(app.url, 'query ($after: String) { people(first: 2, after: $after) { edges { node { id } } } }', {
      after: page.events.pageInfo.endCursor,
    });
    expectError(response, 'BAD_USER_INPUT', 'after');
  });
});

describe('filters and lookups', () => {
  it('filter.from after filter.to is BAD_USER_INPUT on "filter.from"', async () => {
    const response = await gql(app.url, '{ events(filter: { from: "2023-12-31", to: "2023-01-01" }) { totalCount } }');
    const error = expectError(response, 'BAD_USER_INPUT', 'filter.from');
    expect(error.message).toBe('filter.from (2023-12-31) is after filter.to (2023-01-01)');
  });

  it('from equal to to is fine: the one day', async () => {
    const data = await gqlData(
      app.url,
      '{ events(filter: { from: "2023-12-07", to: "2023-12-07" }) { totalCount edges { node { id } } } }',
    );
    expect(data.events.totalCount).toBe(2);
    expect(data.events.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      'event:2023-12-07-south-korea-foreign-ministry-statement-cyber-working-group',
      'event:2023-12-07-tokyo-cyber-working-group-launch',
    ]);
  });

  it('nodes with 101 ids is BAD_USER_INPUT on "ids"; 100 ids are answered, null for each unknown one', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `person:nobody-${index}`);
    const response = await gql(app.url, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    const error = expectError(response, 'BAD_USER_INPUT', 'ids');
    expect(error.message).toBe('ids may name at most 100 nodes, got 101');

    const hundred = await gqlData(app.url, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: ['country:KOR', ...ids.slice(0, 99)],
    });
    expect(hundred.nodes).toHaveLength(100);
    expect(hundred.nodes[0]).toEqual({ id: 'country:KOR' });
    expect(hundred.nodes.slice(1).every((node: unknown) => node === null)).toBe(true);
  });

  it('an impossible Date literal ("2023-02-30") fails validation: GRAPHQL_VALIDATION_FAILED, HTTP 400', async () => {
    const response = await gql(app.url, '{ events(filter: { from: "2023-02-30" }) { totalCount } }');
    const error = expectError(response, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toBe('Value is not a valid LocalDate: 2023-02-30');
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
  });

  it('the same date as a variable is BAD_USER_INPUT naming the variable, HTTP 400', async () => {
    const response = await gql(app.url, 'query ($from: Date) { events(filter: { from: $from }) { totalCount } }', { from: '2023-02-30' });
    const error = expectError(response, 'BAD_USER_INPUT', 'from');
    expect(error.message).toBe('Variable "$from" got invalid value "2023-02-30"; Value is not a valid LocalDate: 2023-02-30');
    expect(response.status).toBe(400);
  });

  it('a date that is not YYYY-MM-DD ("7 Dec 2023") is rejected the same way', async () => {
    const response = await gql(app.url, '{ events(filter: { to: "7 Dec 2023" }) { totalCount } }');
    expectError(response, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED without a stack trace', async () => {
    const response = await gql(app.url, '{ events { edges { node { id nonsense } } } }');
    const error = expectError(response, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toBe('Cannot query field "nonsense" on type "Event".');
    expect(response.status).toBe(400);
  });

  it('a syntax error is GRAPHQL_PARSE_FAILED without a stack trace', async () => {
    const response = await gql(app.url, '{ events(first: ) { totalCount }');
    expectError(response, 'GRAPHQL_PARSE_FAILED');
    expect(response.status).toBe(400);
  });
});

describe('paging through every event', () => {
  async function walk(order: 'DATE_ASC' | 'DATE_DESC', first: number) {
    const pages: Array<{ ids: string[]; totalCount: number; pageInfo: Record<string, unknown> }> = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const data: any = await gqlData(
        app.url,
        `query ($first: Int, $after: String, $order: EventOrder) {
           events(first: $first, after: $after, orderBy: $order) {
             totalCount edges { cursor node { id date } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
           } }`,
        { first, after, order },
      );
      const { edges, pageInfo, totalCount } = data.events;
      pages.push({ ids: edges.map((edge: { node: { id: string } }) => edge.node.id), totalCount, pageInfo });
      expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
      expect(pageInfo.endCursor).toBe(edges[edges.length - 1]?.cursor ?? null);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    return pages;
  }

  it('first: 3 in DATE_ASC yields each of the 10 events once, in date order, over 4 pages; totalCount 10 on every page', async () => {
    const pages = await walk('DATE_ASC', 3);
    expect(pages.map((page) => page.ids.length)).toEqual([3, 3, 3, 1]);
    expect(pages.flatMap((page) => page.ids)).toEqual(EVENTS_BY_DATE);
    expect(pages.map((page) => page.totalCount)).toEqual([10, 10, 10, 10]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, true, false]);
    expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual([false, true, true, true]);
  });

  it('first: 2 in DATE_DESC yields the same 10 events newest first (ties by id, descending)', async () => {
    const pages = await walk('DATE_DESC', 2);
    expect(pages.flatMap((page) => page.ids)).toEqual([
      'event:2023-12-09-seoul-national-security-advisers-meeting',
      'event:2023-12-07-tokyo-cyber-working-group-launch',
      'event:2023-12-07-south-korea-foreign-ministry-statement-cyber-working-group',
      'event:2023-12-01-south-korea-sanctions-satellite-developers',
      'event:2023-12-01-japan-sanctions-north-korea',
      'event:2023-12-01-australia-sanctions-north-korea',
      'event:2023-11-30-us-sanctions-kimsuky',
      'event:2023-11-21-malligyong-1-launch',
      'event:2023-08-18-camp-david-summit',
      'event:2023-08-18-camp-david-cyber-agreement',
    ]);
    expect(pages.every((page) => page.totalCount === 10)).toBe(true);
    expect(pages[pages.length - 1].pageInfo.hasNextPage).toBe(false);
  });

  it('a page size that divides the total exactly ends with hasNextPage false and no empty page', async () => {
    const pages = await walk('DATE_ASC', 5);
    expect(pages.map((page) => page.ids.length)).toEqual([5, 5]);
    expect(pages.flatMap((page) => page.ids)).toEqual(EVENTS_BY_DATE);
    expect(pages[1].pageInfo.hasNextPage).toBe(false);
  });

  it('the cursor after the last event gives an empty page', async () => {
    const last = await gqlData(app.url, '{ events(first: 100) { pageInfo { endCursor } } }');
    const data = await gqlData(
      app.url,
      'query ($after: String) { events(after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }',
      {
        after: last.events.pageInfo.endCursor,
      },
    );
    expect(data.events).toEqual({
      totalCount: 10,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('paging a filtered list keeps the filter: SANCTION events two at a time', async () => {
    const first = await gqlData(
      app.url,
      '{ events(first: 2, filter: { types: [SANCTION] }) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
    );
    const second = await gqlData(
      app.url,
      'query ($after: String) { events(first: 2, after: $after, filter: { types: [SANCTION] }) { totalCount edges { node { id } } pageInfo { hasNextPage } } }',
      { after: first.events.pageInfo.endCursor },
    );
    expect([...first.events.edges, ...second.events.edges].map((edge: { node: { id: string } }) => edge.node.id)).toEqual(
      EVENTS_BY_DATE.slice(3, 7),
    );
    expect([first.events.totalCount, second.events.totalCount]).toEqual([4, 4]);
    expect([first.events.pageInfo.hasNextPage, second.events.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('people, organizations and sources page by name without repeats or gaps', async () => {
    for (const [field, total] of [
      ['people', 11],
      ['organizations', 15],
      ['sources', 26],
    ] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 30; guard += 1) {
        const data: any = await gqlData(
          app.url,
          `query ($after: String) { list: ${field}(first: 4, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        expect(data.list.totalCount).toBe(total);
        seen.push(...data.list.edges.map((edge: { node: { id: string } }) => edge.node.id));
        if (!data.list.pageInfo.hasNextPage) break;
        after = data.list.pageInfo.endCursor;
      }
      const all: any = await gqlData(app.url, `{ list: ${field}(first: 100) { edges { node { id } } } }`);
      expect({ field, seen }).toEqual({ field, seen: all.list.edges.map((edge: { node: { id: string } }) => edge.node.id) });
      expect(new Set(seen).size).toBe(total);
    }
  });
});
