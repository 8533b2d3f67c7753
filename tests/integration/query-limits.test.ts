import { RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { DEFAULT_QUERY_LIMITS } from '../../src/security/query-limits';
import { SEED_IDS } from '../helpers/ingest-helpers';
import { gql, startTestApp } from '../helpers/test-app';

/** The seed's events. */
const SEED_EVENTS = 10;

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

/** A refusal by a limit: HTTP 400, one error naming the limit, no data, and not one Cypher statement sent. */
async function expectRefused(query: string, limit: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await gql(app.url, query, variables);
  expect(response.status).toBe(400);
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit });
  expect(error.extensions).not.toHaveProperty('stacktrace');
  expect(response.extensions?.cypherRoundTrips ?? 0).toBe(0);
  return error;
}

/** An accepted request: data and no error. */
async function expectServed(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await gql(app.url, query, variables);
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data!;
}

/** A query `levels` deep: an event, then its participants' people, their participations, events, ..., `__typename`. */
function nested(levels: number): string {
  const steps = ['participants', 'person', 'participations', 'event'];
  let selection = '__typename';
  for (let level = levels - 2; level >= 1; level -= 1) selection = `${steps[(level - 1) % 4]} { ${selection} }`;
  return `{ event(id: "${SEED_IDS.tokyoMeeting}") { ${selection} } }`;
}

describe('the depth limit (default 8)', () => {
  it('serves a query 8 levels deep with its data', async () => {
    const data = await expectServed(nested(8));
    expect(data.event.participants.length).toBe(3);
  });

  it('refuses a query 9 levels deep before anything runs, and says so', async () => {
    const error = await expectRefused(nested(9), 'depth');
    expect(error.extensions).toMatchObject({ max: 8, actual: 9 });
    expect(error.message).toBe('Query depth limit of 8 exceeded, found 9.');
  });

  it('counts the fields inside fragments, not the fragments', async () => {
    const query = `
      query Deep { event(id: "${SEED_IDS.tokyoMeeting}") { ...Participants } }
      fragment Participants on Event { participants { person { ...Events } } }
      fragment Events on Person { participations { event { participants { person { participations { role } } } } } }`;
    const error = await expectRefused(query, 'depth');
    expect(error.extensions).toMatchObject({ max: 8, actual: 9 });
  });
});

describe('the cost limit (default 50,000)', () => {
  const query = `query Pages($first: Int) {
    events(first: $first) { edges { node { participants { person { participations { event { id title date } } positions { title } } } } } }
  }`;

  it('prices lists by their first argument: 50 events of this shape are served', async () => {
    const data = await expectServed(query, { first: 50 });
    expect(data.events.edges).toHaveLength(SEED_EVENTS); // all the seed has
    // Oldest first: the Tokyo meeting is the ninth; its three envoys each took part in it alone.
    const tokyo = data.events.edges[8].node;
    expect(tokyo.participants.map((p: any) => p.person.participations.map((x: any) => x.event.id))).toEqual([
      [SEED_IDS.tokyoMeeting],
      [SEED_IDS.tokyoMeeting],
      [SEED_IDS.tokyoMeeting],
    ]);
  });

  it('refuses 100 events of the same shape (estimated 53,301), with the estimate', async () => {
    const error = await expectRefused(query, 'cost', { first: 100 });
    expect(error.extensions).toMatchObject({ max: 50000, actual: 53301 });
    expect(error.message).toBe("The query's estimated cost is 53301; at most 50000 is allowed.");
  });

  it('estimates each request of the same document with its own variables (estimates are remembered per document and variables)', async () => {
    for (const first of [50, 100, 50, 100, 10]) {
      if (first === 100) expect((await expectRefused(query, 'cost', { first })).extensions).toMatchObject({ actual: 53301 });
      else expect((await expectServed(query, { first })).events.edges).toHaveLength(Math.min(first, SEED_EVENTS));
    }
  });

  it('leaves a first beyond the maximum to the resolver: a BAD_USER_INPUT naming first', async () => {
    const response = await gql(app.url, '{ events(first: 1000000) { totalCount } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('the alias limit (default 15)', () => {
  const aliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, index) => `a${index}: country(id: "country:KOR") { name }`).join(' ')} }`;

  it('serves 15 aliases', async () => {
    const data = await expectServed(aliases(15));
    expect(data.a14.name).toBe('South Korea');
  });

  it('refuses 16', async () => {
    const error = await expectRefused(aliases(16), 'aliases');
    expect(error.extensions).toMatchObject({ max: 15, actual: 16 });
  });
});

describe('the directive limit (default 8)', () => {
  const directives = (count: number) =>
    `query ($yes: Boolean = true) { country(id: "country:KOR") { ${Array.from({ length: count }, (_, index) => `n${index}: name @include(if: $yes)`).join(' ')} } }`;

  it('serves 8 directives', async () => {
    const data = await expectServed(directives(8));
    expect(data.country.n7).toBe('South Korea');
  });

  it('refuses 9, with that error alone', async () => {
    const error = await expectRefused(directives(9), 'directives');
    expect(error.extensions).toMatchObject({ max: 8, actual: 9 });
  });

  it('answers 50 unknown directives with the one limit error, not 50 "Unknown directive" errors', async () => {
    await expectRefused(`{ __typename ${'@aa'.repeat(50)} }`, 'directives');
  });
});

describe('the token limit (default 500)', () => {
  it('refuses a document of more than 500 tokens while parsing it', async () => {
    const error = await expectRefused(`{ ${'__typename '.repeat(600)} }`, 'tokens');
    expect(error.extensions).toMatchObject({ max: 500 });
    expect(error.message).toBe('The document has more than 500 tokens; at most 500 are allowed.');
  });

  it('serves the example operations, the largest of which has under 100 tokens', async () => {
    const { SANDBOX_EXAMPLE } = await import('../../src/sandbox-example');
    const data = await expectServed(SANDBOX_EXAMPLE);
    expect(data.event.title).toContain('Tokyo');
  });
});

describe('the document size limit (default 10,000 characters)', () => {
  it('refuses a longer document before parsing it (comments count: they are characters, not tokens)', async () => {
    const query = `# ${'x'.repeat(10000)}\n{ __typename }`;
    const error = await expectRefused(query, 'characters');
    expect(error.extensions).toMatchObject({ max: 10000, actual: query.length });
  });

  it('does not count variables: an article text travels in them', async () => {
    const data = await expectServed('query ($q: String!) { __typename q: search(query: $q) { score } }', { q: 'Tokyo' });
    expect(data.__typename).toBe('Query');
  });
});

describe('batched requests', () => {
  it('refuses a JSON array of operations (400 BAD_REQUEST) and runs none of them', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ countries { id } }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }>; data?: unknown };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]).toMatchObject({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('configuration', () => {
  it('reads every limit from the environment', () => {
    const config = loadConfig({
      MAX_DEPTH: '5',
      MAX_COST: '1000',
      MAX_ALIASES: '3',
      MAX_DIRECTIVES: '2',
      MAX_TOKENS: '200',
      MAX_QUERY_CHARS: '4000',
    });
    expect(config.queryLimits).toEqual({ depth: 5, cost: 1000, aliases: 3, directives: 2, tokens: 200, characters: 4000 });
    expect(loadConfig({}).queryLimits).toEqual(DEFAULT_QUERY_LIMITS);
  });

  it('names every bad limit', () => {
    expect(() => loadConfig({ MAX_DEPTH: '0', MAX_COST: 'lots', MAX_TOKENS: '2.5' })).toThrow(
      /MAX_DEPTH must be a whole number from 1 to 100, got "0".*MAX_COST must be a whole number.*"lots".*MAX_TOKENS must be a whole number.*"2\.5"/,
    );
  });

  it('applies configured limits: MAX_DEPTH=3 refuses a depth the default allows', async () => {
    const strict = await startTestApp({ MAX_DEPTH: '3', SEED: 'false' });
    try {
      const response = await gql(strict.url, nested(4));
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth', max: 3, actual: 4 });
    } finally {
      await strict.stop();
    }
  });
});
