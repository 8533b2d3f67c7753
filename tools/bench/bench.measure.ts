import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { startApiProcess } from './bench.api-process';
import { baselineOutcome, runBaseline } from './bench.baseline';
import { CpuMeter } from './bench.cpu';
import { measureExplorer } from './bench.explorer';
import { BenchNeo4j, graphCounts, loadSyntheticGraph } from './bench.database';
import { GraphQLClient, outcomeOf } from './bench.graphql-client';
import { readPeakRss, readRss, RssSampler } from './bench.memory';
import { BenchOptions } from './bench.options';
import { BenchParams, chooseParams } from './bench.params';
import { BENCH_QUERIES, BenchQuery, EVENTS_PAGE } from './bench.queries';
import { ConcurrencyRun, FloorRun, QueryResult, SizeResult } from './bench.results';
import { runLoad } from './bench.runner';
import { mode } from './bench.stats';

/** Registers a way to stop something (for Ctrl-C) and returns a function that unregisters it. */
export type Track = (stop: () => Promise<void>) => () => void;

/**
 * One graph size: the synthetic graph of `events` events, the API as a child process on it, and every dashboard
 * query beside its baseline at each concurrency of the options.
 */
export async function measureSize(
  neo4j: BenchNeo4j,
  events: number,
  options: BenchOptions,
  track: Track,
  log: (message: string) => void,
): Promise<SizeResult> {
  const started = Date.now();
  log(`\n-- ${events.toLocaleString('en-US')} events: replacing the synthetic graph (seed ${options.seed})`);
  let lastTenth = -1;
  const synthetic = await loadSyntheticGraph(neo4j.graph, events, options.seed, (done, total) => {
    const tenth = Math.floor((done / Math.max(total, 1)) * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      log(`   generating: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
    }
  });
  const loadMs = Date.now() - started;
  const loadPeakRssBytes = process.resourceUsage().maxRSS * 1024;
  const graph = await graphCounts(neo4j.graph);
  log(
    `   loaded in ${(loadMs / 1000).toFixed(1)} s: ${graph.nodes.toLocaleString('en-US')} nodes, ${graph.relationships.toLocaleString('en-US')} relationships; ` +
      `generator's peak RSS ${(loadPeakRssBytes / 1048576).toFixed(0)} MiB`,
  );
  const params = await chooseParams(neo4j.graph);
  log(`   parameters: ${JSON.stringify({ ...params, sizes: undefined })}`);

  const api = await startApiProcess({ neo4jUri: neo4j.uri });
  const untrack = track(() => api.stop());
  const client = new GraphQLClient(api.url);
  try {
    const idleRssBytes = readRss(api.pid);
    log(`   API pid ${api.pid} at ${api.url}, ready in ${api.startupMs} ms, RSS ${(Number(idleRssBytes) / 1048576).toFixed(1)} MiB`);
    const loadStart = loadavg()[0];
    const queries: QueryResult[] = [];
    let peakRssBytes: number | undefined;
    for (const query of BENCH_QUERIES) {
      const result = await measureQuery(query, params, client, neo4j, api.pid, options, log);
      queries.push(result);
      if (result.peakRssBytes !== undefined) peakRssBytes = Math.max(peakRssBytes ?? 0, result.peakRssBytes);
    }
    const floor = await measureFloor(client, api.pid, options);
    log(
      `   floor ({ __typename }, no database): ${floor.map((run) => `c=${run.concurrency} ${run.median.toFixed(2)} ms, ${run.rps.toFixed(1)} req/s`).join(' | ')}`,
    );
    const pageRoundTrips = await compareRoundTrips(client, params);
    log(`   events page round trips: first 10 -> ${pageRoundTrips.first10}, first 100 -> ${pageRoundTrips.first100}`);
    const explorer = options.explorer ? await measureExplorer(api.url, params, log) : undefined;
    if (explorer?.skipped) log(`   explorer not measured: ${explorer.skipped}`);
    return {
      events,
      graph,
      synthetic,
      loadMs,
      loadPeakRssBytes,
      params,
      api: { startupMs: api.startupMs, idleRssBytes, peakRssBytes, highWaterRssBytes: readPeakRss(api.pid) },
      queries,
      floor,
      pageRoundTrips,
      explorer,
      loadAverage: { start: loadStart, end: loadavg()[0] },
      ms: Date.now() - started,
    };
  } finally {
    client.close();
    await api.stop();
    untrack();
  }
}

/** One query: a checked first answer from each side, warm-up, then each concurrency, API then baseline. */
async function measureQuery(
  query: BenchQuery,
  params: BenchParams,
  client: GraphQLClient,
  neo4j: BenchNeo4j,
  apiPid: number,
  options: BenchOptions,
  log: (message: string) => void,
): Promise<QueryResult> {
  const variables = query.variables(params);
  const apiRequest = () => client.outcome(query.document, variables, query.hasData);
  const baselineRequest = () => baselineOutcome(neo4j.driver, neo4j.database, query, params);

  client.resetConnections();
  const first = await client.post(query.document, variables);
  const firstOutcome = outcomeOf(first, query.hasData);
  const rows = await runBaseline(neo4j.driver, neo4j.database, query, params);
  let sameData = false;
  let dataDifference: QueryResult['dataDifference'];
  if (firstOutcome.ok && first.data) {
    const apiDigest = query.apiDigest(first.data);
    const baselineDigest = rows.length > 0 ? query.baseline.digest(rows) : null;
    sameData = isDeepStrictEqual(apiDigest, baselineDigest);
    if (!sameData) dataDifference = { api: apiDigest, baseline: baselineDigest };
  } else {
    log(`   ${query.name}: the API's first answer failed: ${firstOutcome.error}`);
  }

  client.resetConnections();
  await runLoad(apiRequest, options.warmup);
  await runLoad(baselineRequest, options.warmup);

  const runs: ConcurrencyRun[] = [];
  const highest = Math.max(...options.loads.map((load) => load.concurrency));
  let peakRssBytes: number | undefined;
  let startRssBytes: number | undefined;
  const roundTrips: number[] = [];
  for (const bounds of options.loads) {
    const sampler = bounds.concurrency === highest ? new RssSampler(apiPid, 50) : undefined;
    client.resetConnections();
    sampler?.start();
    const apiMeter = new CpuMeter({ api: apiPid, neo4j: neo4j.pid });
    const apiRun = await runLoad(apiRequest, bounds);
    const apiCpu = apiMeter.perRequest(apiRun.count);
    const memory = sampler?.stop();
    if (memory) {
      peakRssBytes = memory.peakBytes;
      startRssBytes = memory.startBytes;
    }
    const baselineMeter = new CpuMeter({ neo4j: neo4j.pid });
    const baselineRun = await runLoad(baselineRequest, bounds);
    const baselineCpu = baselineMeter.perRequest(baselineRun.count);
    roundTrips.push(...apiRun.roundTrips);
    runs.push({ concurrency: bounds.concurrency, api: apiRun, baseline: baselineRun, cpu: { api: apiCpu, baseline: baselineCpu } });
    log(
      `   ${query.name.padEnd(14)} c=${String(bounds.concurrency).padEnd(2)} API median ${apiRun.median.toFixed(2)} ms, ${apiRun.rps.toFixed(1)} req/s` +
        ` (n=${apiRun.count}, errors ${apiRun.errors}) | baseline ${baselineRun.median.toFixed(2)} ms, ${baselineRun.rps.toFixed(1)} req/s` +
        ` (n=${baselineRun.count}, errors ${baselineRun.errors})` +
        (memory ? ` | API RSS ${(memory.startBytes / 1048576).toFixed(1)} -> peak ${(memory.peakBytes / 1048576).toFixed(1)} MiB` : ''),
    );
  }
  return {
    name: query.name,
    description: query.description,
    growth: query.growth,
    targetMs: query.targetMs,
    pointLookup: query.pointLookup,
    runs,
    roundTrips: mode(roundTrips) ?? firstOutcome.roundTrips,
    responseBytes: first.bytes,
    sameData,
    dataDifference,
    peakRssBytes,
    startRssBytes,
  };
}

/** The API answering `{ __typename }` (no resolver, no database) at each concurrency: the floor of its stack. */
async function measureFloor(client: GraphQLClient, apiPid: number, options: BenchOptions): Promise<FloorRun[]> {
  const request = () => client.outcome(FLOOR_DOCUMENT, {}, (data) => data.__typename === 'Query');
  client.resetConnections();
  await runLoad(request, options.warmup);
  const runs: FloorRun[] = [];
  for (const bounds of options.loads) {
    client.resetConnections();
    const meter = new CpuMeter({ api: apiPid });
    const run = await runLoad(request, bounds);
    runs.push({ concurrency: bounds.concurrency, median: run.median, rps: run.rps, apiCpuMs: meter.perRequest(run.count).api });
  }
  return runs;
}

const FLOOR_DOCUMENT = 'query Floor { __typename }';

/** The events page query once with first: 10 and once with first: 100: its round trips must not depend on the size. */
async function compareRoundTrips(client: GraphQLClient, params: BenchParams): Promise<SizeResult['pageRoundTrips']> {
  const errors: string[] = [];
  client.resetConnections();
  const trips = async (first: number) => {
    const answer = await client.post(EVENTS_PAGE.document, { ...EVENTS_PAGE.variables(params), first });
    const outcome = outcomeOf(answer, EVENTS_PAGE.hasData);
    if (!outcome.ok) errors.push(`first ${first}: ${outcome.error}`);
    if (outcome.roundTrips === undefined) errors.push(`first ${first}: no extensions.cypherRoundTrips in the answer`);
    return outcome.roundTrips;
  };
  const first10 = await trips(10);
  const first100 = await trips(100);
  return { first10, first100, errors };
}
