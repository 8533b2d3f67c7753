/**
 * Graceful shutdown of the built API (`node dist/src/index.js`, as `npm start` and the Docker image run it) on
 * SIGTERM while an `ingestArticle` mutation is in flight. The ingest is made to be in flight for sure: this test holds
 * the ingest lock in its own transaction, so the API's ingest transaction waits for it.
 * - With the default grace period the lock is released after the signal: the in-flight ingest finishes, its client
 *   gets the report, the whole article is in the graph, and the process exits 0.
 * - With a grace period shorter than the wait, the request is cut off and the process exits 0 without waiting for
 *   it: the ingest transaction is rolled back, and nothing of the article is in the graph.
 * Either way an article is applied whole or not at all.
 */
import http from 'node:http';
import { Driver } from 'neo4j-driver';
import { RunningApp } from '../../src/app';
import { createDriver } from '../../src/graph/driver';
import { ArticleJson, INGEST_MUTATION, postGraphQL, RawResponse, restoreSeed } from '../helpers/ingest-helpers';
import { startApiChild } from '../helpers/api-child';
import { waitUntil } from '../helpers/http-load';
import { startTestApp } from '../helpers/test-app';

const KEY = 'shutdown-test-key-0123456789';
const PEOPLE = 300;

/** An article naming PEOPLE new envoys at one new meeting: many nodes and relationships, all tagged by `tag`. */
function article(tag: string): ArticleJson {
  const names = Array.from({ length: PEOPLE }, (_, i) => `Envoy ${tag} ${String(i).padStart(4, '0')}`);
  const text = `GENEVA (Test Wire) -- The Geneva round ${tag} met on Tuesday. Attending: ${names.join('; ')}.`;
  return {
    source: {
      title: `[TEST] Geneva round ${tag}`,
      publisher: 'Test Wire (fictional)',
      url: `https://example.org/test/shutdown-${tag}`,
      publishedAt: '2023-12-13',
      text,
    },
    entities: names.map((name, i) => ({ ref: `p${i}`, kind: 'PERSON', name, evidence: [{ quote: name }] })),
    events: [
      {
        ref: 'round',
        title: `Geneva round ${tag}`,
        type: 'MEETING',
        status: 'OCCURRED',
        date: '2023-12-12',
        datePrecision: 'DAY',
        dateText: 'Tuesday',
        evidence: [{ quote: `The Geneva round ${tag} met on Tuesday` }],
      },
    ],
    relations: names.map((name, i) => ({
      type: 'PARTICIPATED_IN',
      from: `p${i}`,
      to: 'round',
      role: 'ATTENDEE',
      evidence: [{ quote: name }],
    })),
  };
}

/** GET on a connection of its own (fetch would reuse a kept-alive one): its status code. */
function getOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once('error', reject);
  });
}

let driver: Driver;
let app: RunningApp;

/** How much of the article tagged `tag` is in the graph: its source, event, people and participations. */
async function presence(tag: string): Promise<{ sources: number; events: number; people: number; participations: number }> {
  const session = driver.session();
  try {
    const result = await session.executeRead((tx) =>
      tx.run(
        `CALL () { MATCH (s:Source {url: $url}) RETURN count(s) AS sources }
         CALL () { MATCH (e:Event {title: $title}) RETURN count(e) AS events }
         CALL () { MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN count(p) AS people }
         CALL () { MATCH (:Person)-[r:PARTICIPATED_IN]->(:Event {title: $title}) RETURN count(r) AS participations }
         RETURN sources, events, people, participations`,
        { url: `https://example.org/test/shutdown-${tag}`, title: `Geneva round ${tag}`, prefix: `Envoy ${tag} ` },
      ),
    );
    const row = result.records[0];
    return {
      sources: row.get('sources').toNumber(),
      events: row.get('events').toNumber(),
      people: row.get('people').toNumber(),
      participations: row.get('participations').toNumber(),
    };
  } finally {
    await session.close();
  }
}

const WHOLE = { sources: 1, events: 1, people: PEOPLE, participations: PEOPLE };
const NOTHING = { sources: 0, events: 0, people: 0, participations: 0 };

/** Holds the ingest lock in an open write transaction until `release` is called. */
async function holdIngestLock(): Promise<{ release: () => Promise<void> }> {
  const session = driver.session();
  const tx = await session.beginTransaction();
  await tx.run("MERGE (lock:IngestLock {id: 'ingest'}) SET lock.heldBy = 'graceful-shutdown test'");
  return {
    release: async () => {
      await tx.rollback();
      await session.close();
    },
  };
}

/** Resolves once the API's ingest transaction is waiting in Neo4j (it asked for the held lock). */
async function ingestWaiting(): Promise<void> {
  await waitUntil(
    async () => {
      const session = driver.session();
      try {
        const result = await session.run(
          "SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS 'IngestLock' AND status STARTS WITH 'Blocked' RETURN count(*) AS count",
        );
        return result.records[0].get('count').toNumber() > 0;
      } finally {
        await session.close();
      }
    },
    30_000,
    100,
  );
}

beforeAll(async () => {
  driver = createDriver({
    uri: process.env.NEO4J_URI as string,
    user: process.env.NEO4J_USER || 'neo4j',
    password: process.env.NEO4J_PASSWORD || undefined,
  });
  app = await startTestApp(); // for restoring the pure seed afterwards
});

afterAll(async () => {
  await restoreSeed(app); // leave the pure seed for the other files
  await app.stop();
  await driver.close();
});

describe('SIGTERM during an ingestArticle mutation', () => {
  it('lets the in-flight ingest finish within the grace period: the whole article is written, the client gets its report, exit 0', async () => {
    const tag = `whole${Date.now()}`;
    const api = await startApiChild({ API_KEYS: KEY });
    const lock = await holdIngestLock();
    let response: RawResponse;
    try {
      const pending = postGraphQL(api.url, INGEST_MUTATION, { input: article(tag) }, { authorization: `Bearer ${KEY}` });
      await ingestWaiting();
      api.child.kill('SIGTERM');
      await waitUntil(async () => api.logs.some((line) => line.msg.startsWith('Shutting down')), 10_000, 20);
      // New connections are refused once shutdown begins; the in-flight request goes on.
      await expect(getOnNewConnection(api.url.replace('/graphql', '/health'))).rejects.toThrow(/ECONNREFUSED/);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await lock.release();
      response = await pending;
    } catch (error) {
      await lock.release().catch(() => undefined);
      throw error;
    }
    const exit = await api.exited;

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.ingestArticle.changed).toBe(true);
    expect(response.body.data.ingestArticle.created).toHaveLength(PEOPLE + 2); // the people, the meeting, the source
    expect(await presence(tag)).toEqual(WHOLE);
    expect(exit).toEqual({ code: 0, signal: null });
    const messages = api.logs.map((line) => line.msg);
    expect(messages).toEqual(expect.arrayContaining(['Shutting down: no new requests, finishing in-flight ones', 'Stopped']));
    expect(api.logs.find((line) => line.msg.startsWith('Shutting down'))).toMatchObject({ reason: 'SIGTERM', graceMs: 10_000 });
  });

  it('cuts off an ingest that outlasts the grace period: nothing of the article is written, exit 0', async () => {
    const tag = `cut${Date.now()}`;
    const api = await startApiChild({ API_KEYS: KEY, SHUTDOWN_GRACE_MS: '500' });
    const lock = await holdIngestLock();
    let response: RawResponse | Error;
    let exit: { code: number | null; signal: NodeJS.Signals | null };
    try {
      const pending = postGraphQL(api.url, INGEST_MUTATION, { input: article(tag) }, { authorization: `Bearer ${KEY}` }).catch(
        (error: Error) => error,
      );
      await ingestWaiting();
      const signalled = Date.now();
      api.child.kill('SIGTERM');
      response = await pending;
      exit = await api.exited; // the lock is still held: the ingest never got it
      console.log(`SIGTERM with SHUTDOWN_GRACE_MS=500 and an ingest stuck on a lock: exited ${Date.now() - signalled} ms after the signal`);
    } finally {
      await lock.release();
    }

    // The client's connection was closed without an answer: it must assume nothing was written, and nothing was.
    // (fetch's TypeError comes from Node's realm, not the test's: compare by content, not by class)
    expect(response).toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
      cause: { code: expect.stringMatching(/^(UND_ERR_SOCKET|ECONNRESET)$/) },
    });
    expect(exit).toEqual({ code: 0, signal: null });
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // the lock is free now: had the ingest lived on, it would commit
    expect(await presence(tag)).toEqual(NOTHING);
  });
});
