import { RunningApp } from '../../src/app';
import { CapturedServer, logLine, startCapturedServer } from '../helpers/captured-server';
import { gql, startTestApp } from '../helpers/test-app';

/**
 * Errors as a production server (NODE_ENV=production) answers them: no stack trace, no internal message, no field
 * suggestions; an internal error is logged with the request id and answered as INTERNAL_SERVER_ERROR with that id.
 */
let app: RunningApp;
let production: CapturedServer;

/** An event as another tool might have written it: its date is not a date, which the API cannot serve. */
const CORRUPT_ID = 'event:corrupt-date-probe';

beforeAll(async () => {
  app = await startTestApp();
  production = await startCapturedServer(app, { NODE_ENV: 'production' });
  await app.graph.write({
    cypher: `CREATE (:Entity:Event {id: $id, title: 'Written by another tool', type: 'MEETING', status: 'OCCURRED',
             datePrecision: 'DAY', date: 'the 31st of Smarch'})`,
    params: { id: CORRUPT_ID },
  });
});
afterAll(async () => {
  try {
    await app.graph.write({ cypher: 'MATCH (e:Event {id: $id}) DETACH DELETE e', params: { id: CORRUPT_ID } });
  } finally {
    await production.stop();
    await app.stop();
  }
});

describe('an internal error in production', () => {
  it('is answered without its message, with the request id, beside the data that could be served', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query Corrupt { event(id: "${CORRUPT_ID}") { id title date } }` }),
    });
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(response.headers.get('x-powered-by')).toBeNull();
    const text = await response.text();
    expect(response.status).toBe(200);
    const body = JSON.parse(text);
    expect(body.data.event).toEqual({ id: CORRUPT_ID, title: 'Written by another tool', date: null });
    expect(body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 66 }],
        path: ['event', 'date'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ]);
    expect(text).not.toMatch(/Smarch|LocalDate|stacktrace|exception|\bat .*\.js/);
  });

  it('is logged with the same request id and the real cause', async () => {
    const response = await gql(
      production.url,
      `query Corrupt2 { event(id: "${CORRUPT_ID}") { date } }`,
      {},
      { 'x-request-id': 'probe-internal-1' },
    );
    expect(response.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'probe-internal-1' });
    const logged = await logLine(production, (line) => line.msg === 'internal error' && line.requestId === 'probe-internal-1');
    expect(logged.level).toBe(50);
    expect(logged.path).toEqual(['event', 'date']);
    expect(logged.err.message).toMatch(/Smarch|LocalDate|date/i);
    const request = await logLine(production, (line) => line.msg === 'request completed' && line.requestId === 'probe-internal-1');
    expect(request).toMatchObject({ operationName: 'Corrupt2', errorCodes: ['INTERNAL_SERVER_ERROR'], status: 200 });
  });
});

describe('field suggestions', () => {
  const typos: Array<[string, string, Record<string, unknown>]> = [
    ['a misspelt field', '{ evnt(id: "x") { id } }', {}],
    ['a misspelt argument', '{ events(frist: 1) { totalCount } }', {}],
    ['a misspelt enum value', '{ events(orderBy: DATE_AS) { totalCount } }', {}],
    ['a misspelt enum value in a variable', 'query ($o: EventOrder) { events(orderBy: $o) { totalCount } }', { o: 'DATE_AS' }],
    ['a misspelt input field', '{ events(filter: { txt: "Tokyo" }) { totalCount } }', {}],
  ];

  it.each(typos)('are given outside production for %s', async (_what, query, variables) => {
    const response = await gql(app.url, query, variables);
    expect(response.errors?.[0].message).toMatch(/Did you mean/);
  });

  it.each(typos)('are never given in production for %s, and the error keeps its code', async (_what, query, variables) => {
    const response = await gql(production.url, query, variables);
    expect(response.errors?.length).toBeGreaterThan(0);
    for (const error of response.errors!) {
      expect(error.message).not.toMatch(/Did you mean|DATE_ASC|"event"|"first"|"text"/);
      expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(error.extensions?.code);
    }
  });
});

describe('requests that never reach GraphQL, in production', () => {
  it('answers a document that is not GraphQL with a coded error and no stack trace', async () => {
    const response = await gql(production.url, 'qwerty cop { abc }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('answers a body that is not JSON with BAD_REQUEST in JSON, not an HTML error page', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body over 1 MB with 413 and the body limit', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($q: String!) { search(query: $q) { score } }', variables: { q: 'x'.repeat(2_000_000) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'body', max: '1mb' });
  });
});
