import { startApiProcess } from './bench.api-process';
import { CpuMeter } from './bench.cpu';
import { BenchNeo4j } from './bench.database';
import { GraphQLClient } from './bench.graphql-client';
import { Track } from './bench.measure';
import { BenchOptions } from './bench.options';
import { BenchParams } from './bench.params';
import { BENCH_QUERIES } from './bench.queries';
import { QueryResult } from './bench.results';
import { runLoad } from './bench.runner';

/** The concurrency at which workers are compared. */
export const WORKERS_CONCURRENCY = 16;

/** One query at c=16 on the API with some number of workers. */
export interface WorkersQueryRun {
  name: string;
  /** Whether the API's own work bounds it (a point lookup), so that more workers must serve more. */
  pointLookup: boolean;
  rps: number;
  median: number;
  errors: number;
  /** CPU ms per request of the API's processes (the primary and its workers) and of Neo4j. */
  apiCpuMs?: number;
  neo4jCpuMs?: number;
}

export interface WorkersRun {
  workers: number;
  queries: WorkersQueryRun[];
}

/** The API with 1 worker and with 2 (WEB_CONCURRENCY) at c=16 on the largest graph, and what more cores would give. */
export interface WorkersResult {
  events: number;
  runs: WorkersRun[];
}

/** The 1-worker figures are the main run's c=16 runs (the API with WEB_CONCURRENCY=1, measured just before). */
export function oneWorkerRun(queries: QueryResult[]): WorkersRun {
  return {
    workers: 1,
    queries: queries.flatMap((query) => {
      const run = query.runs.find((r) => r.concurrency === WORKERS_CONCURRENCY);
      return run
        ? [
            {
              name: query.name,
              pointLookup: query.pointLookup,
              rps: run.api.rps,
              median: run.api.median,
              errors: run.api.errors,
              apiCpuMs: run.cpu.api.api,
              neo4jCpuMs: run.cpu.api.neo4j,
            },
          ]
        : [];
    }),
  };
}

/** Every bench query at c=16 against the API started with `workers` workers on the graph as it is. */
export async function measureWorkers(
  neo4j: BenchNeo4j,
  params: BenchParams,
  workers: number,
  options: BenchOptions,
  track: Track,
  log: (message: string) => void,
): Promise<WorkersRun> {
  const bounds = options.loads.find((load) => load.concurrency === WORKERS_CONCURRENCY);
  if (!bounds) throw new Error(`the loads have no concurrency ${WORKERS_CONCURRENCY}`);
  const api = await startApiProcess({ neo4jUri: neo4j.uri, workers });
  const untrack = track(() => api.stop());
  const client = new GraphQLClient(api.url);
  try {
    log(`   API with ${workers} workers (pid ${api.pid}) ready in ${api.startupMs} ms`);
    const queries: WorkersQueryRun[] = [];
    for (const query of BENCH_QUERIES) {
      const variables = query.variables(params);
      const request = () => client.outcome(query.document, variables, query.hasData);
      client.resetConnections();
      await runLoad(request, options.warmup);
      client.resetConnections();
      const meter = new CpuMeter({ api: api.pid, neo4j: neo4j.pid });
      const run = await runLoad(request, bounds);
      const cpu = meter.perRequest(run.count);
      queries.push({
        name: query.name,
        pointLookup: query.pointLookup,
        rps: run.rps,
        median: run.median,
        errors: run.errors,
        apiCpuMs: cpu.api,
        neo4jCpuMs: cpu.neo4j,
      });
      log(
        `   ${query.name.padEnd(14)} ${workers} workers c=${WORKERS_CONCURRENCY} ${run.rps.toFixed(1)} req/s, median ${run.median.toFixed(2)} ms` +
          ` (errors ${run.errors}); CPU per request: API ${cpu.api?.toFixed(2) ?? 'n/a'} ms, Neo4j ${cpu.neo4j?.toFixed(2) ?? 'n/a'} ms`,
      );
    }
    return { workers, queries };
  } finally {
    client.close();
    await api.stop();
    untrack();
  }
}

/**
 * What a query's throughput would be on `cores` cores from its CPU per request: with Neo4j on its own machine the
 * API's CPU bounds it (cores × 1000 / API ms); sharing the cores with Neo4j, both count.
 */
export function projectedRps(run: WorkersQueryRun, cores: number): { apiOnly: number; withNeo4j: number } {
  const api = run.apiCpuMs ?? Number.NaN;
  const neo4j = run.neo4jCpuMs ?? Number.NaN;
  return { apiOnly: (cores * 1000) / api, withNeo4j: (cores * 1000) / (api + neo4j) };
}
