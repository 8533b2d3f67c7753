import { getIntrospectionQuery } from 'graphql';
import { RunningApp } from '../../src/app';
import { INGEST_MUTATION, readFixture, restoreSeed } from '../helpers/ingest-helpers';
import { gql, graphCounts, startTestApp } from '../helpers/test-app';

/**
 * The checks graphql-cop (the GraphQL security auditor) makes, with its own documents, each refused: denial of
 * service by aliases, batching, directives, duplicated fields, circular introspection and circular fragments; and
 * cross-site request forgery by a GET mutation or a form POST. Introspection is on here, as outside production.
 */
const KEY = 'graphql-cop-key-0123456789abcdef';

let app: RunningApp;
let seeded: Awaited<ReturnType<typeof graphCounts>>;
beforeAll(async () => {
  app = await startTestApp({ API_KEYS: KEY });
  seeded = await graphCounts(app);
});
afterAll(async () => {
  try {
    await restoreSeed(app);
  } finally {
    await app.stop();
  }
});

/** Sends a raw HTTP request to the endpoint and returns its status, headers and parsed body. */
async function send(init: RequestInit & { search?: string }) {
  const response = await fetch(`${app.url}${init.search ?? ''}`, init);
  const text = await response.text();
  let body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // an HTML or empty body stays {}
  }
  return { status: response.status, headers: response.headers, body };
}

describe('denial of service', () => {
  it('refuses alias overloading (101 aliases of __typename)', async () => {
    const aliases = Array.from({ length: 101 }, (_, index) => `alias${index}:__typename \n`).join('');
    const response = await gql(app.url, `query { ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases', actual: 101 });
  });

  it('refuses array batching (ten operations in one JSON array)', async () => {
    const response = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' }))),
    });
    expect(response.status).toBe(400);
    expect(Array.isArray(response.body)).toBe(false);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  it('refuses directive overloading with one error, not one per directive', async () => {
    const response = await gql(app.url, 'query { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }');
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'directives', actual: 10 });
    const includes = Array.from({ length: 20 }, () => '__typename @include(if: true) @skip(if: false)').join(' ');
    const known = await gql(app.url, `{ ${includes} }`);
    expect(known.data).toBeUndefined();
    expect(known.errors).toHaveLength(1);
    expect(known.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'directives', actual: 40 });
  });

  it('refuses field duplication (__typename 500 times)', async () => {
    const response = await gql(app.url, `query cop { ${'__typename \n'.repeat(500)}} `);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens' });
  });

  it('refuses circular introspection, and still serves the introspection Sandbox needs', async () => {
    const circular = await gql(
      app.url,
      'query { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }',
    );
    expect(circular.status).toBe(400);
    expect(circular.data).toBeUndefined();
    expect(circular.errors![0]).toMatchObject({
      message: 'Maximum introspection depth exceeded',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const standard = await gql(app.url, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
    expect(standard.errors).toBeUndefined();
    expect(standard.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses circular fragments', async () => {
    const response = await gql(app.url, 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(response.status).toBe(400);
    expect(response.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('cross-site request forgery', () => {
  const article = readFixture('month-precision-article.json');

  it('refuses a mutation sent with GET, with or without a preflight header, and writes nothing', async () => {
    const search = `?${new URLSearchParams({ query: INGEST_MUTATION, variables: JSON.stringify({ input: article }) })}`;
    const plain = await send({ method: 'GET', search, headers: { authorization: `Bearer ${KEY}` } });
    expect(plain.status).toBe(400);
    expect(plain.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(plain.body.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await send({
      method: 'GET',
      search,
      headers: { authorization: `Bearer ${KEY}`, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(405);
    expect(preflighted.headers.get('allow')).toBe('POST');
    expect(preflighted.body.data).toBeUndefined();
    const cop = await send({
      method: 'GET',
      search: `?${new URLSearchParams({ query: 'mutation cop { __typename }' })}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(cop.status).toBe(405);
    expect(cop.body.data).toBeUndefined();
    expect(await graphCounts(app)).toEqual(seeded);
  });

  it('refuses a form POST (application/x-www-form-urlencoded) and writes nothing', async () => {
    for (const query of ['query cop { __typename }', INGEST_MUTATION]) {
      const response = await send({
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${KEY}` },
        body: new URLSearchParams({ query, variables: JSON.stringify({ input: article }) }).toString(),
      });
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    }
    expect(await graphCounts(app)).toEqual(seeded);
  });

  it('refuses a GET query without a preflight header (a page could send it), and serves it with one', async () => {
    const search = `?${new URLSearchParams({ query: '{ __typename }' })}`;
    const plain = await send({ method: 'GET', search });
    expect(plain.status).toBe(400);
    expect(plain.body.data).toBeUndefined();
    const preflighted = await send({ method: 'GET', search, headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(preflighted.body.data).toEqual({ __typename: 'Query' });
  });

  it('accepts the same article as a JSON POST with the key: the refusals were about the method, not the input', async () => {
    const response = await gql(app.url, INGEST_MUTATION, { input: article }, { authorization: `Bearer ${KEY}` });
    expect(response.errors).toBeUndefined();
    expect(response.data!.ingestArticle.changed).toBe(true);
  });
});

describe('information disclosure', () => {
  it('answers a broken document without a stack trace or tracing data', async () => {
    const response = await gql(app.url, 'qwerty cop { abc }');
    expect(response.status).toBe(400);
    expect(response.errors![0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    const traced = await gql(app.url, 'query cop { __typename }');
    expect(Object.keys(traced.extensions ?? {})).toEqual(['cypherRoundTrips']);
  });
});
