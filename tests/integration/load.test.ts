/**
 * A bounded load test on loopback: LOAD_TEST_CLIENTS (default 50) concurrent clients, after a 3 s warm-up, until
 * LOAD_TEST_REQUESTS (default 4,000) answers have come (about 12 s on a quiet machine; at most 120 s), send the dashboard queries of `npm run bench` (event detail, events page, search, person) to the seeded API,
 * over real HTTP and a real Neo4j.
 *
 * Pass: not one 5xx, not one error (INTERNAL_SERVER_ERROR or any other), every answer equal to the one the idle API
 * gave before the load (itself checked for the Tokyo meeting's title and participants); and memory stable.
 *
 * Memory criterion: the process's heap in use after a full garbage collection, once after a warm-up (connections
 * pooled, code compiled, documents cached) and once after the run, may differ by less than 16 MB. Measured after a
 * full GC, the heap holds only what is still reachable, so the figure does not depend on when V8 chose to collect
 * (unlike heap or RSS samples taken during the run); the run itself keeps nothing per request (no samples, only
 * counters and one number per latency). The run is a number of requests, not a time, so that it is as sensitive on a
 * slow machine: a leak of 4 KB per request over 4,000 requests would exceed the limit. The API runs in this process, so its heap is measured together with the clients'.
 * `gc` is reached through V8's flag at run time (jest does not pass --expose-gc).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RunningApp } from '../../src/app';
import { SEED_PARAMS } from '../../tools/bench/bench.params';
import { EVENT_DETAIL, EVENTS_PAGE, PERSON, SEARCH } from '../../tools/bench/bench.queries';
import { LoadRequest, outcome, percentile, Sample, startLoad } from '../helpers/http-load';
import { gqlData, startTestApp } from '../helpers/test-app';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const REQUESTS = Number(process.env.LOAD_TEST_REQUESTS ?? 4_000);
const MAX_SECONDS = 120;
const CLIENTS = Number(process.env.LOAD_TEST_CLIENTS ?? 50);
const WARMUP_SECONDS = 3;
const HEAP_GROWTH_LIMIT_MB = 16;
const TOKYO_TITLE = 'Tokyo meeting launching the South Korea–U.S.–Japan working group on North Korean cyber threats';

const QUERIES = [EVENT_DETAIL, EVENTS_PAGE, SEARCH, PERSON];

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Heap in use after full collections (twice, with a turn of the event loop between, for finalizers). */
async function heapAfterGc(): Promise<number> {
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return process.memoryUsage().heapUsed;
}

it(`serves ${CLIENTS} concurrent clients ${REQUESTS} requests: no 5xx, no errors, every answer right, memory stable`, async () => {
  // The idle API's answers are the reference; first check they hold what the seed says.
  const reference: Record<string, string> = {};
  for (const query of QUERIES) reference[query.name] = JSON.stringify(await gqlData(app.url, query.document, query.variables(SEED_PARAMS)));
  const detail = JSON.parse(reference.eventDetail);
  expect(detail.event.title).toBe(TOKYO_TITLE);
  expect(detail.event.participants.map((p: any) => p.person.name)).toEqual(['Hideo Ishizuki', 'Jung Pak', 'Lee Joon-il']);
  expect(JSON.parse(reference.eventsPage).events.edges.map((edge: any) => edge.node.id)).toContain(SEED_PARAMS.eventId);
  expect(JSON.parse(reference.search).search[0].node.id).toBe('person:lee-joon-il');
  expect(JSON.parse(reference.person).person.name).toBe('Lee Joon-il');

  const requests: LoadRequest[] = QUERIES.map((query) => ({
    name: query.name,
    query: query.document,
    variables: query.variables(SEED_PARAMS),
    check: (data) => JSON.stringify(data) === reference[query.name],
  }));

  const warmup = startLoad(app.url, CLIENTS, requests, () => undefined);
  await sleep(WARMUP_SECONDS * 1_000);
  await warmup.stop(); // and its connections closed: the run opens its own
  const heapBefore = await heapAfterGc();
  const rssBefore = process.memoryUsage().rss;

  const outcomes: Record<string, number> = {};
  const latencies: number[] = [];
  const byQuery: Record<string, number> = {};
  const transportErrors: Array<{ sentAtMs: number; client: number; error: string }> = [];
  let status5xx = 0;
  let internal = 0;
  const record = (sample: Sample) => {
    const result = outcome(sample);
    outcomes[result] = (outcomes[result] ?? 0) + 1;
    byQuery[sample.name] = (byQuery[sample.name] ?? 0) + 1;
    latencies.push(sample.end - sample.start);
    if (sample.status >= 500) status5xx += 1;
    if (sample.codes.includes('INTERNAL_SERVER_ERROR')) internal += 1;
    if (sample.transportError)
      transportErrors.push({ sentAtMs: Math.round(sample.start), client: sample.client, error: sample.transportError });
  };
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 500);
  const run = startLoad(app.url, CLIENTS, requests, record);
  const deadline = Date.now() + MAX_SECONDS * 1_000;
  while (latencies.length < REQUESTS && Date.now() < deadline) await sleep(100);
  await run.stop();
  const seconds = run.now() / 1_000;
  clearInterval(sampler);
  const heapAfter = await heapAfterGc();
  const rssAfter = process.memoryUsage().rss;

  const total = latencies.length;
  const report = {
    clients: CLIENTS,
    seconds: Math.round(seconds * 10) / 10,
    requests: total,
    requestsPerSecond: Math.round(total / seconds),
    byQuery,
    outcomes,
    status5xx,
    internalServerErrors: internal,
    transportErrors,
    latencyMs: {
      p50: Math.round(percentile(latencies, 50)),
      p95: Math.round(percentile(latencies, 95)),
      max: Math.round(Math.max(...latencies)),
    },
    heapAfterGcMB: { before: mb(heapBefore), after: mb(heapAfter), growth: mb(heapAfter - heapBefore) },
    rssMB: { before: mb(rssBefore), peak: mb(rssPeak), after: mb(rssAfter) },
  };
  console.log(`Load test: ${JSON.stringify(report, null, 2)}`);

  expect(status5xx).toBe(0);
  expect(internal).toBe(0);
  expect(outcomes).toEqual({ ok: total });
  expect(total).toBeGreaterThanOrEqual(REQUESTS);
  expect(Object.keys(byQuery).sort()).toEqual(QUERIES.map((query) => query.name).sort());
  expect(mb(heapAfter - heapBefore)).toBeLessThan(HEAP_GROWTH_LIMIT_MB);
});
