/**
 * The database goes away, and comes back. This file runs its own Neo4j (a temporary folder and a fixed port, so it
 * can be stopped and started again as the same database at the same address) and an API pointed at it by NEO4J_URI.
 * 1. The API starts before Neo4j: it listens at once, is alive but not ready, fails queries fast with
 *    SERVICE_UNAVAILABLE, logs its attempts to reach Neo4j, and becomes ready (seeded) once Neo4j starts.
 * 2. Under a steady load of real queries Neo4j stops: queries fail fast with SERVICE_UNAVAILABLE (HTTP 503,
 *    Retry-After), the process stays up, /ready says 503; Neo4j starts again: the API serves correct answers within
 *    seconds, with no restart. No request ever gets a 500, INTERNAL_SERVER_ERROR or an error without a code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningApp } from '../../src/app';
import { freePort } from '../../src/lifecycle/child-process';
import { ensureSchema } from '../../src/graph/constraints';
import { LocalNeo4j, startLocalNeo4j } from '../../src/local-neo4j/launcher';
import { LoadRequest, outcome, percentile, Sample, startLoad, tally, waitUntil } from '../helpers/http-load';
import { SEED_IDS } from '../helpers/ingest-helpers';
import { memoryLogger } from '../helpers/memory-logger';
import { startTestApp } from '../helpers/test-app';

const TOKYO_TITLE = 'Tokyo meeting launching the South Korea–U.S.–Japan working group on North Korean cyber threats';

const REQUESTS: LoadRequest[] = [
  {
    name: 'eventDetail',
    query: `query ($id: ID!) { event(id: $id) { id title participants { person { name } representing { id } } } }`,
    variables: { id: SEED_IDS.tokyoMeeting },
    check: (data) =>
      data?.event?.title === TOKYO_TITLE &&
      JSON.stringify(data.event.participants.map((p: any) => p.person.name).sort()) ===
        JSON.stringify(['Hideo Ishizuki', 'Jung Pak', 'Lee Joon-il']),
  },
  {
    name: 'person',
    query: `query ($id: ID!) { person(id: $id) { name aliases } }`,
    variables: { id: SEED_IDS.lee },
    check: (data) => data?.person?.name === 'Lee Joon-il' && data.person.aliases.includes('Lee Jun-il'),
  },
];

let port: number;
let dataDir: string;
let neo4j: LocalNeo4j | undefined;
let app: RunningApp | undefined;
const { logger, lines } = memoryLogger();
const root = () => app!.url.replace(/\/graphql$/, '');
const status = async (path: string) => (await fetch(`${root()}${path}`)).status;
const elapsed = (since: number) => Math.round(performance.now() - since);

beforeAll(async () => {
  port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'diplomatic-graph-outage-'));
});

afterAll(async () => {
  await app?.stop();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('an API started before its Neo4j', () => {
  it('is alive at once, not ready, fails queries fast, and becomes ready and seeded when Neo4j starts', async () => {
    app = await startTestApp(
      { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_RETRY_MAX_DELAY_MS: '1000', SEED: 'true' },
      { waitUntilReady: false, logger },
    );

    expect(await status('/health')).toBe(200);
    const notReady = await fetch(`${root()}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'unavailable', reason: expect.stringMatching(/Neo4j is not reachable|connecting/) });

    const sent = performance.now();
    const refused = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REQUESTS[0].query, variables: REQUESTS[0].variables }),
    });
    const refusedMs = elapsed(sent);
    const body = (await refused.json()) as { data: any; errors: Array<{ message: string; extensions: { code: string } }> };
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(body.errors[0].message).toMatch(/not reachable/);
    expect(body.data).toEqual({ event: null });
    expect(refusedMs).toBeLessThan(1_000);

    await new Promise((resolve) => setTimeout(resolve, 2_000)); // let it try a few times
    neo4j = await startLocalNeo4j({ dataDir, port });
    const readyMs = await waitUntil(async () => (await status('/ready')) === 200, 120_000);
    await app.whenReady();

    const answer = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REQUESTS[0].query, variables: REQUESTS[0].variables }),
    });
    expect(answer.status).toBe(200);
    expect(REQUESTS[0].check(((await answer.json()) as { data: unknown }).data)).toBe(true);

    // Each attempt was logged with its number and the (growing, capped) delay before the next one.
    const retries = lines.filter((line) => line.msg === 'Neo4j is not reachable; retrying');
    expect(retries.length).toBeGreaterThanOrEqual(3);
    expect(retries.map((line) => line.attempt)).toEqual(retries.map((_, index) => index + 1));
    expect(retries.slice(0, 3).map((line) => line.delayMs)).toEqual([250, 500, 1_000]);
    expect(retries.every((line) => (line.delayMs as number) <= 1_000 && line.level === 40)).toBe(true);
    expect(lines.some((line) => line.msg === 'Seed loaded' && (line.created as number) > 0)).toBe(true);
    expect(lines.some((line) => line.msg === 'Database ready: serving queries')).toBe(true);
    console.log(
      `Started before Neo4j: a query meanwhile failed in ${refusedMs} ms; ready ${readyMs} ms after Neo4j accepted connections (${retries.length} attempts logged)`,
    );
  });
});

describe('Neo4j stopping and starting again under load', () => {
  it('fails fast with SERVICE_UNAVAILABLE while Neo4j is down and serves again within seconds of its return', async () => {
    expect(app).toBeDefined();
    const load = startLoad(app!.url, 8, REQUESTS);
    const epoch = Date.now() - load.now(); // the load's clock, in wall time (log lines carry wall time)
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // answered before the stop

    const stopping = load.now();
    await neo4j!.stop();
    const stopped = load.now();
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // down: the API fails fast and keeps trying
    // Down: the process is alive, not ready, and still answering.
    expect(await status('/health')).toBe(200);
    const ready = await fetch(`${root()}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toMatch(/Neo4j/);

    const restarting = load.now();
    neo4j = await startLocalNeo4j({ dataDir, port });
    const restarted = load.now();
    const recoveryMs = await waitUntil(async () => load.samples.some((sample) => sample.start >= restarted && sample.correct), 30_000, 50);
    const readyAgainMs = await waitUntil(async () => (await status('/ready')) === 200, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // answered after the recovery
    const samples = await load.stop();

    const during = (from: number, to: number) => samples.filter((sample) => sample.start >= from && sample.start < to);
    const failed = samples.filter((sample) => !sample.correct);
    const outage = during(stopped, restarting);
    const report = {
      requests: samples.length,
      outcomes: tally(samples, outcome),
      neo4jStopMs: Math.round(stopped - stopping),
      outageRequests: outage.length,
      outageOutcomes: tally(outage, outcome),
      unavailableLatencyMs: {
        p50: Math.round(percentile(failed.filter(isUnavailable).map(latency), 50)),
        max: Math.round(Math.max(0, ...failed.filter(isUnavailable).map(latency))),
      },
      outageLatencyMs: { p50: Math.round(percentile(outage.map(latency), 50)), max: Math.round(Math.max(...outage.map(latency))) },
      neo4jRestartMs: Math.round(restarted - restarting),
      recoveryMs,
      readyAgainMs,
      // What the API logged about Neo4j from the stop on, ms after the stop.
      log: lines
        .filter(
          (line) =>
            (line.time as number) >= epoch + stopping && line.msg !== 'Neo4j is not reachable; retrying' && line.requestId === undefined,
        )
        .map((line) => `${Math.round((line.time as number) - epoch - stopping)} ms: ${line.msg}`),
      retriesLogged: lines.filter((line) => (line.time as number) >= epoch + stopping && line.msg === 'Neo4j is not reachable; retrying')
        .length,
      // Failures other than SERVICE_UNAVAILABLE, with when they were sent relative to the stop and the restart.
      otherFailures: failed
        .filter((sample) => outcome(sample) !== 'HTTP 503 SERVICE_UNAVAILABLE')
        .map((sample) => ({
          outcome: outcome(sample),
          sentAfterStopMs: Math.round(sample.start - stopping),
          sentAfterRestartMs: Math.round(sample.start - restarted),
          latencyMs: Math.round(latency(sample)),
        })),
    };
    console.log(`Outage under load: ${JSON.stringify(report, null, 2)}`);

    // Every answer is right or a coded error: SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, or, for the first
    // queries on the restarted (cold) Neo4j, QUERY_TIMEOUT. Never a 500, INTERNAL_SERVER_ERROR, an uncoded error or a
    // dropped connection.
    for (const sample of samples) {
      if (sample.correct) {
        expect(sample.status).toBe(200);
      } else if (outcome(sample) === 'HTTP 200 QUERY_TIMEOUT') {
        expect({ outcome: outcome(sample), sentAfterRestart: sample.start >= restarting }).toEqual({
          outcome: 'HTTP 200 QUERY_TIMEOUT',
          sentAfterRestart: true,
        });
      } else {
        expect({ outcome: outcome(sample), retryAfter: sample.retryAfter }).toEqual({
          outcome: 'HTTP 503 SERVICE_UNAVAILABLE',
          retryAfter: '2',
        });
      }
    }
    // Everything answered before the stop was right; while Neo4j was down nothing was, and every failure came fast.
    const before = samples.filter((sample) => sample.end < stopping);
    expect(before.length).toBeGreaterThan(8);
    expect(before.every((sample) => sample.correct)).toBe(true);
    expect(outage.length).toBeGreaterThan(100);
    expect(outage.every((sample) => !sample.correct)).toBe(true);
    expect(Math.max(...outage.map(latency))).toBeLessThan(1_000);
    const unavailable = failed.filter(isUnavailable);
    expect(Math.max(...unavailable.map(latency))).toBeLessThan(3_000);
    // Back: correct answers again within seconds, and ready.
    expect(recoveryMs).toBeLessThan(30_000);
    expect(readyAgainMs).toBeLessThan(30_000);
    expect(samples.filter((sample) => sample.start >= restarted + recoveryMs + 1_000).every((sample) => sample.correct)).toBe(true);
    expect(lines.some((line) => line.msg === 'Neo4j became unavailable: failing queries fast and reconnecting')).toBe(true);
    expect(lines.some((line) => line.msg === 'Neo4j is back: serving queries again')).toBe(true);
  });

  it('is not ready while a constraint or index is missing, and says which', async () => {
    await app!.graph.schema({ cypher: 'DROP INDEX source_key', params: {} });
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the readiness cache
    const response = await fetch(`${root()}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'constraints or indexes missing or not online: source_key' });
    await ensureSchema(app!.graph);
    await waitUntil(async () => (await status('/ready')) === 200, 5_000);
  });
});

function isUnavailable(sample: Sample): boolean {
  return outcome(sample) === 'HTTP 503 SERVICE_UNAVAILABLE';
}

function latency(sample: Sample): number {
  return sample.end - sample.start;
}
