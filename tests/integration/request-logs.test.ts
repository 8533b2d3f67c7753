import { RunningApp } from '../../src/app';
import { CapturedServer, logLine, startCapturedServer } from '../helpers/captured-server';
import { INGEST_MUTATION, readFixture, restoreSeed, SEED_IDS } from '../helpers/ingest-helpers';
import { startTestApp } from '../helpers/test-app';

/** The request log: one JSON line per request, with what an operator needs and nothing a caller must keep secret. */
const KEY = 'request-log-key-0123456789abcdef';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let app: RunningApp;
let server: CapturedServer;
beforeAll(async () => {
  app = await startTestApp({ API_KEYS: KEY });
  server = await startCapturedServer(app, { API_KEYS: KEY });
});
afterAll(async () => {
  try {
    await restoreSeed(app); // the ingested article goes: other files see only the seed
  } finally {
    await server.stop();
    await app.stop();
  }
});

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    requestId: response.headers.get('x-request-id')!,
    status: response.status,
    body: (await response.json()) as Record<string, any>,
  };
}

describe('one line per request', () => {
  it('names the request, the operation, its duration, its Cypher round trips and its error codes', async () => {
    const { requestId, body } = await post(
      `query EventDetail { event(id: "${SEED_IDS.tokyoMeeting}") { title participants { person { name } } } }`,
    );
    expect(requestId).toMatch(UUID);
    expect(body.extensions.cypherRoundTrips).toBeGreaterThan(0);
    const line = await logLine(server, (candidate) => candidate.requestId === requestId);
    expect(line).toEqual({
      level: 30,
      time: expect.any(Number),
      service: 'diplomatic-events-graph',
      requestId,
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number),
      operationName: 'EventDetail',
      cypherRoundTrips: body.extensions.cypherRoundTrips,
      errorCodes: [],
      msg: 'request completed',
    });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
    expect(server.lines().filter((candidate) => candidate.requestId === requestId)).toHaveLength(1);
  });

  it('lists the error codes of a failed request', async () => {
    const { requestId } = await post('query TooMany { events(first: 1000) { totalCount } }');
    const line = await logLine(server, (candidate) => candidate.requestId === requestId);
    expect(line).toMatchObject({ operationName: 'TooMany', errorCodes: ['BAD_USER_INPUT'], cypherRoundTrips: 0 });
  });

  it('lists a limit refusal, with no Cypher run', async () => {
    const { requestId, status } = await post(
      `query Wide { ${Array.from({ length: 20 }, (_, index) => `a${index}: __typename`).join(' ')} }`,
    );
    expect(status).toBe(400);
    const line = await logLine(server, (candidate) => candidate.requestId === requestId);
    expect(line).toMatchObject({ status: 400, errorCodes: ['QUERY_LIMIT_EXCEEDED'], cypherRoundTrips: 0 });
  });

  it('logs requests refused before GraphQL too (a document over the size limit)', async () => {
    const { requestId, status } = await post(`# ${'x'.repeat(20_000)}\n{ __typename }`);
    expect(status).toBe(400);
    const line = await logLine(server, (candidate) => candidate.requestId === requestId);
    expect(line).toMatchObject({ status: 400, errorCodes: ['QUERY_LIMIT_EXCEEDED'] });
  });
});

describe('the request id', () => {
  it("keeps a caller's id of up to 64 letters, digits, - and _", async () => {
    const id = `dashboard_42-${'a'.repeat(51)}`;
    expect(id).toHaveLength(64);
    const { requestId } = await post('{ __typename }', {}, { 'x-request-id': id });
    expect(requestId).toBe(id);
    await logLine(server, (candidate) => candidate.requestId === id);
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['with spaces', 'a b'],
    ['with a JSON breaker', 'x","level":60,"msg":"forged'],
    ['with a newline escape', 'abc%0d%0aforged'],
  ])('replaces one %s with a new UUID', async (_what, id) => {
    const { requestId } = await post('{ __typename }', {}, { 'x-request-id': id });
    expect(requestId).toMatch(UUID);
    await logLine(server, (candidate) => candidate.requestId === requestId);
    expect(server.output()).not.toContain('forged');
  });

  it('comes with every response, /health too', async () => {
    const health = await fetch(server.url.replace(/\/graphql$/, '/health'));
    expect(health.headers.get('x-request-id')).toMatch(UUID);
    const line = await logLine(server, (candidate) => candidate.requestId === health.headers.get('x-request-id'));
    expect(line).toMatchObject({ method: 'GET', path: '/health', status: 200 });
  });
});

describe('what is never logged', () => {
  it('neither the API key nor the text of an ingested article', async () => {
    const article = readFixture('second-article.json');
    const text: string = article.source.text;
    expect(text.length).toBeGreaterThan(200);
    const ingested = await post(INGEST_MUTATION, { input: article }, { authorization: `Bearer ${KEY}` });
    expect(ingested.body.errors).toBeUndefined();
    expect(ingested.body.data.ingestArticle.sourceId).toMatch(/^source:/);
    const refused = await post(INGEST_MUTATION, { input: article }, { authorization: 'Bearer wrong-key-that-must-not-be-logged' });
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const line = await logLine(server, (candidate) => candidate.requestId === ingested.requestId);
    expect(line).toMatchObject({ operationName: 'Ingest', errorCodes: [], status: 200 });
    expect(line.cypherRoundTrips).toBeGreaterThan(0);
    await logLine(server, (candidate) => candidate.requestId === refused.requestId);

    const output = server.output();
    expect(output).not.toContain(KEY);
    expect(output).not.toContain('wrong-key-that-must-not-be-logged');
    expect(output).not.toMatch(/bearer|authorization/i);
    for (let start = 0; start + 40 <= text.length; start += 40) {
      expect(output).not.toContain(text.slice(start, start + 40));
    }
  });

  it('nor the variables or the document of a request', async () => {
    const secret = 'secret-search-words-9f2c';
    const { requestId } = await post('query Find($q: String!) { search(query: $q) { score } }', { q: secret });
    const line = await logLine(server, (candidate) => candidate.requestId === requestId);
    expect(line.operationName).toBe('Find');
    expect(server.output()).not.toContain(secret);
    expect(server.output()).not.toContain('search(query');
  });
});
