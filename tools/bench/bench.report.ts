import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { MachineInfo, Versions } from './bench.environment';
import { Check, GrowthRow, SizeResult } from './bench.results';
import { projectedRps, WORKERS_CONCURRENCY, WorkersResult } from './bench.workers';

/** The whole run, as written to the JSON file. */
export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  options: Record<string, unknown>;
  machine: MachineInfo;
  versions: Versions;
  sizes: SizeResult[];
  /** The API with 1 and 2 workers at c=16 on the largest graph (absent with --no-workers). */
  workers?: WorkersResult;
  growth: GrowthRow[];
  checks: Check[];
  passed: boolean;
}

const ms = (value: number) =>
  Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)) : 'n/a';
const rate = (value: number) => (Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : 1) : 'n/a');
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
const mib = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);
const count = (value: number) => value.toLocaleString('en-US');

/** A plain text table: a header row, a rule, and rows; numbers right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => /^[-\d.,x%/ n/a()]*$/.test(row[i] ?? '')));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The table of one graph size: every query at each concurrency, the API beside its baseline. */
export function sizeTable(size: SizeResult): string {
  const header = [
    'query',
    'c',
    'n',
    'median',
    'p95',
    'p99',
    'rps',
    'base med',
    'base p95',
    'base rps',
    'med ratio',
    'rps ratio',
    'trips',
    'errors',
    'bytes',
    'RSS MiB',
  ];
  const rows: string[][] = [];
  for (const query of size.queries) {
    for (const run of query.runs) {
      rows.push([
        query.name,
        String(run.concurrency),
        String(run.api.count),
        ms(run.api.median),
        ms(run.api.p95),
        ms(run.api.p99),
        rate(run.api.rps),
        ms(run.baseline.median),
        ms(run.baseline.p95),
        rate(run.baseline.rps),
        ratio(run.api.median / run.baseline.median),
        ratio(run.api.rps / run.baseline.rps),
        query.roundTrips === undefined ? 'n/a' : String(query.roundTrips),
        `${run.api.errors}/${run.baseline.errors}`,
        query.responseBytes === undefined ? 'n/a' : String(query.responseBytes),
        run.concurrency === Math.max(...query.runs.map((r) => r.concurrency)) && query.peakRssBytes !== undefined
          ? `${((query.startRssBytes ?? 0) / 1048576).toFixed(0)}->${(query.peakRssBytes / 1048576).toFixed(0)}`
          : '',
      ]);
    }
  }
  const g = size.graph;
  const p = size.params;
  return [
    `== ${count(size.events)} synthetic events: ${count(g.nodes)} nodes, ${count(g.relationships)} relationships ` +
      `(Event ${count(g.labels.Event ?? 0)}, Person ${count(g.labels.Person ?? 0)}, Source ${count(g.labels.Source ?? 0)}); ` +
      `loaded in ${(size.loadMs / 1000).toFixed(1)} s (generator's peak RSS ${mib(size.loadPeakRssBytes)})`,
    `   parameters: event ${p.eventId} (${p.sizes.eventParticipants} people, degree ${p.sizes.eventDegree}), person ${p.personId} ` +
      `(${p.sizes.personEvents} events), country ${p.countryId} (${p.sizes.countryEvents} events), search "${p.searchText}"`,
    `   API: started in ${size.api.startupMs} ms, idle RSS ${mib(size.api.idleRssBytes)}, peak RSS during c=16 ${mib(size.api.peakRssBytes)}, ` +
      `high-water RSS ${mib(size.api.highWaterRssBytes)}`,
    `   machine load (1-min average) ${size.loadAverage.start.toFixed(1)} at the start, ${size.loadAverage.end.toFixed(1)} at the end, on ${cpus().length} CPUs` +
      (Math.max(size.loadAverage.start, size.loadAverage.end) > cpus().length ? ': OTHER WORK WAS RUNNING, the figures are disturbed' : ''),
    '   times in ms; base = hand-written Cypher via neo4j-driver; ratios = API / base; trips = Cypher round trips per API request; errors = API/base;\n' +
      '   bytes = one API answer; RSS MiB = the API process at the start -> peak of its c=16 run (one process serves every query in turn)',
    table(header, rows),
    '   CPU ms per request, by process: the API child, Neo4j and this process (load generator; for the baseline also its driver)',
    table(
      ['query', 'c', 'API: api', 'API: neo4j', 'API: client', 'base: neo4j', 'base: client'],
      size.queries.flatMap((query) =>
        query.runs.map((run) => [
          query.name,
          String(run.concurrency),
          ms(run.cpu?.api.api ?? Number.NaN),
          ms(run.cpu?.api.neo4j ?? Number.NaN),
          ms(run.cpu?.api.client ?? Number.NaN),
          ms(run.cpu?.baseline.neo4j ?? Number.NaN),
          ms(run.cpu?.baseline.client ?? Number.NaN),
        ]),
      ),
    ),
    ...(size.floor && size.floor.length > 0
      ? [
          "   floor of the API's stack ({ __typename }: HTTP, Express, the request log, Apollo; no resolver, no database): " +
            size.floor
              .map(
                (run) =>
                  `c=${run.concurrency} median ${ms(run.median)} ms, ${rate(run.rps)} req/s, API CPU ${ms(run.apiCpuMs ?? Number.NaN)} ms/request`,
              )
              .join('; '),
        ]
      : []),
    ...size.queries
      .filter((q) => !q.sameData)
      .map((q) => `   note: ${q.name}: API and baseline answers differ: ${JSON.stringify(q.dataDifference).slice(0, 400)}`),
  ].join('\n');
}

/** The growth table: each query's c=1 median at every size and its growth from the smallest to the largest. */
export function growthTable(rows: GrowthRow[], sizes: number[]): string {
  const ordered = [...sizes].sort((a, b) => a - b);
  const header = [
    'query',
    ...ordered.map((events) => `${count(events)}`),
    'growth',
    'limit',
    ...ordered.map((events) => `base ${count(events)}`),
    'base growth',
  ];
  const body = rows.map((row) => [
    row.name,
    ...ordered.map((events) => ms(row.medians[events])),
    ratio(row.factor),
    row.limit === undefined ? '-' : `${row.limit}x`,
    ...ordered.map((events) => ms(row.baselineMedians[events])),
    ratio(row.baselineFactor),
  ]);
  return ['== growth of the c=1 median (ms) with the graph size (events)', table(header, body)].join('\n');
}

/** The checks as PASS/FAIL lines, with a count. */
export function checksText(checks: Check[]): string {
  const failed = checks.filter((check) => !check.pass).length;
  return [
    `== checks: ${checks.length - failed} passed, ${failed} failed`,
    ...checks.map((check) => `${check.pass ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`),
  ].join('\n');
}

/** Writes the report as JSON (creating its folder). */
export function writeJsonReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`,
  );
}

/** Throughput with 1 and 2 workers at c=16, the CPU per request of the API and of Neo4j, and what more cores would give. */
export function workersTable(result: WorkersResult): string {
  const [one, two] = [result.runs.find((run) => run.workers === 1), result.runs.find((run) => run.workers === 2)];
  const rows = (one?.queries ?? []).map((query) => {
    const other = two?.queries.find((q) => q.name === query.name);
    const projected = (cores: number) => projectedRps(query, cores);
    return [
      query.name,
      rate(query.rps),
      other ? rate(other.rps) : 'n/a',
      ms(query.apiCpuMs ?? Number.NaN),
      ms(query.neo4jCpuMs ?? Number.NaN),
      ...[4, 8, 16].map((cores) => rate(projected(cores).apiOnly)),
      rate(projected(8).withNeo4j),
    ];
  });
  return [
    `== workers: c=${WORKERS_CONCURRENCY} req/s at ${result.events.toLocaleString('en-US')} events with 1 and 2 API workers on this machine (Neo4j shares its cores)`,
    '   CPU ms per request with 1 worker; projected req/s on N cores = N x 1000 / API CPU (Neo4j elsewhere), and with Neo4j on the same 8 cores',
    table(['query', '1 worker', '2 workers', 'API CPU', 'Neo4j CPU', '4 cores', '8 cores', '16 cores', '8 shared'], rows),
  ].join('\n');
}
