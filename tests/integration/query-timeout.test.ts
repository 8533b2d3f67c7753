/**
 * Every transaction has a server-side timeout: Neo4j terminates a query that runs past it, the API answers
 * QUERY_TIMEOUT ("took too long"), and the connection goes back to the pool. Against the real test Neo4j:
 * - the graph layer with a 200 ms read timeout runs a genuinely expensive Cypher query (counting through two billion
 *   numbers), more of them than the pool has connections, and serves quick queries afterwards;
 * - the API with a 5 s write timeout: an ingest that waits for the ingest lock, held by another transaction, times
 *   out as QUERY_TIMEOUT, writes nothing, and the same ingest succeeds once the lock is free.
 */
import { Driver } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { RunningApp } from '../../src/app';
import { int } from '../../src/graph/cypher';
import { createDriver } from '../../src/graph/driver';
import { GraphExecutor } from '../../src/graph/executor';
import { INGEST_MUTATION, postGraphQL, readFixture, restoreSeed, SEED_IDS } from '../helpers/ingest-helpers';
import { graphCounts, gqlData, startTestApp } from '../helpers/test-app';

/** Counts the multiples of 7 up to two billion: minutes of work, unless something stops it. */
const EXPENSIVE = {
  cypher: 'UNWIND range(1, $n) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS count',
  params: { n: int(2_000_000_000) },
};

const connect = (poolSize: number): Driver =>
  createDriver({
    uri: process.env.NEO4J_URI as string,
    user: process.env.NEO4J_USER || 'neo4j',
    password: process.env.NEO4J_PASSWORD || undefined,
    maxConnectionPoolSize: poolSize,
    acquisitionTimeoutMs: 60_000,
  });

/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<GraphQLError> {
  try {
    await promise;
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected the query to fail');
}

async function runningExpensiveQueries(driver: Driver): Promise<number> {
  const session = driver.session();
  try {
    const result = await session.run(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'x % 7 = 0' AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS count",
    );
    return result.records[0].get('count').toNumber();
  } finally {
    await session.close();
  }
}

describe('the graph layer with a 200 ms transaction timeout', () => {
  let driver: Driver;
  let graph: GraphExecutor;
  beforeAll(() => {
    driver = connect(2);
    graph = new GraphExecutor(driver, process.env.NEO4J_DATABASE || 'neo4j', { timeouts: { readMs: 200, writeMs: 200, schemaMs: 60_000 } });
  });
  afterAll(async () => {
    await driver.close();
  });

  it('stops an expensive read with QUERY_TIMEOUT and says it took too long', async () => {
    const started = Date.now();
    const error = await rejection(graph.read(EXPENSIVE));
    const elapsedMs = Date.now() - started;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({ code: 'QUERY_TIMEOUT', timeoutMs: 200 });
    expect(error.message).toBe(
      'The query took too long: it was stopped after the 200 ms limit. Ask for less (smaller pages, fewer hops, a narrower filter).',
    );
    // Stopped by the timeout (Neo4j checks timeouts every 2 s by default), not run to its end.
    expect(elapsedMs).toBeGreaterThanOrEqual(200);
    expect(elapsedMs).toBeLessThan(30_000);
    console.log(`An expensive read with a 200 ms timeout failed with QUERY_TIMEOUT after ${elapsedMs} ms`);
  });

  it('frees the connections: twice as many timed-out queries as the pool holds, then quick queries all succeed', async () => {
    const errors = await Promise.all([1, 2, 3, 4].map(() => rejection(graph.read(EXPENSIVE))));
    expect(errors.map((error) => error.extensions.code)).toEqual(['QUERY_TIMEOUT', 'QUERY_TIMEOUT', 'QUERY_TIMEOUT', 'QUERY_TIMEOUT']);
    const writeError = await rejection(graph.write(EXPENSIVE));
    expect(writeError.extensions.code).toBe('QUERY_TIMEOUT');

    // Same driver, same two connections; the default timeouts (200 ms is too short for anything on a busy machine).
    const quick = new GraphExecutor(driver, process.env.NEO4J_DATABASE || 'neo4j');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => quick.read({ cypher: 'RETURN $i AS i', params: { i: int(i) } })),
    );
    expect(answers.map((rows) => rows[0].i)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await runningExpensiveQueries(driver)).toBe(0); // nothing left running on the server
  });
});

describe('the API with a 5 s write timeout', () => {
  const KEY = 'timeout-test-key-0123456789';
  let app: RunningApp;
  /** An app with the default timeouts, to restore the seed (a 5 s write timeout may be too short for the seed on a busy machine). */
  let restorer: RunningApp;
  let driver: Driver;
  beforeAll(async () => {
    driver = connect(2);
    restorer = await startTestApp();
    app = await startTestApp({ API_KEYS: KEY, NEO4J_WRITE_TX_TIMEOUT_MS: '5000', SEED: 'false' });
  });
  afterAll(async () => {
    await app?.stop();
    if (restorer) {
      await restoreSeed(restorer); // leave the pure seed for the other files
      await restorer.stop();
    }
    await driver.close();
  });

  it('answers QUERY_TIMEOUT for an ingest stuck behind a held lock, writes nothing, and ingests once the lock is free', async () => {
    const article = readFixture('second-article.json');
    const before = await graphCounts(app);

    // Another writer holds the ingest lock in an open transaction.
    const holder = driver.session();
    const held = await holder.beginTransaction();
    await held.run("MATCH (lock:IngestLock {id: 'ingest'}) SET lock.heldBy = 'query-timeout test'");
    let timedOut: Awaited<ReturnType<typeof postGraphQL>>;
    let elapsedMs: number;
    try {
      const started = Date.now();
      timedOut = await postGraphQL(app.url, INGEST_MUTATION, { input: article }, { authorization: `Bearer ${KEY}` });
      elapsedMs = Date.now() - started;
      // Reads do not wait for write locks: the API keeps answering meanwhile.
      const read = await gqlData(app.url, `query ($id: ID!) { person(id: $id) { name } }`, { id: SEED_IDS.lee });
      expect(read).toEqual({ person: { name: 'Lee Joon-il' } });
    } finally {
      await held.rollback();
      await holder.close();
    }

    expect(timedOut.status).toBe(200);
    expect(timedOut.body.data).toBeNull();
    expect(timedOut.body.errors).toEqual([
      {
        message:
          'The query took too long: it was stopped after the 5000 ms limit. Ask for less (smaller pages, fewer hops, a narrower filter).',
        locations: expect.any(Array),
        path: ['ingestArticle'],
        extensions: { code: 'QUERY_TIMEOUT', timeoutMs: 5000 },
      },
    ]);
    expect(elapsedMs).toBeGreaterThanOrEqual(5_000);
    expect(await graphCounts(app)).toEqual(before); // nothing of the article was written

    const retried = await postGraphQL(app.url, INGEST_MUTATION, { input: article }, { authorization: `Bearer ${KEY}` });
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data.ingestArticle.changed).toBe(true);
    expect((await graphCounts(app)).nodes).toBeGreaterThan(before.nodes);
    console.log(`An ingest waiting for a held lock failed with QUERY_TIMEOUT after ${elapsedMs} ms (write timeout 5000 ms)`);
  });
});
