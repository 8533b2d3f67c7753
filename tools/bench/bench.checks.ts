import { growth, median } from './bench.stats';
import { GrowthClass } from './bench.queries';
import { Check, GrowthRow, QueryResult, SizeResult } from './bench.results';
import { WorkersResult } from './bench.workers';

/** The targets (issues 5 and 16). */
export const TARGETS = {
  /** The API's own cost at c=1: its median minus the baseline's at most the stack's floor (`{ __typename }`) plus this. */
  ownCostMs: 1.5,
  /** At c=16 a point lookup's API CPU per request at most this many times the floor's. */
  pointCpuFactor: 2,
  /** Each query's c=1 median (its `targetMs`) is checked from this size on... */
  targetEvents: 100_000,
  /** ...and allowed this many times it from 1,000,000 events on. */
  millionFactor: 2,
  /** How much a query's median may grow from the smallest graph to the largest, by growth class. */
  growth: { point: 2, ranked: 3 } as Partial<Record<GrowthClass, number>>,
  /** The API's peak RSS during the concurrency-16 runs. */
  peakRssBytes: 300 * 1024 * 1024,
  /** The explorer: main content on screen, and a depth-2 graph drawn, within this many ms of asking (medians). */
  explorerMs: 1000,
  /** All of the explorer's JavaScript (GraphiQL and Monaco's workers included), gzipped. */
  explorerScriptGzipBytes: 1.5 * 1000 * 1000,
  /** The generator loads this many events in at most `ms` (checked at that size and above, scaled to the size). */
  load: { events: 100_000, ms: 120_000 },
  /** The generator's peak RSS while loading, at any size (it streams: a million events fit). */
  loadRssBytes: 500 * 1000 * 1000,
} as const;

const fmt = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const label = (events: number) => events.toLocaleString('en-US');

/** The growth of every query's median (API and baseline at concurrency 1) from the smallest size to the largest. */
export function growthRows(sizes: SizeResult[]): GrowthRow[] {
  if (sizes.length === 0) return [];
  const ordered = [...sizes].sort((a, b) => a.events - b.events);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  return first.queries.map((query) => {
    const medians: Record<string, number> = {};
    const baselineMedians: Record<string, number> = {};
    for (const size of ordered) {
      const run = size.queries.find((q) => q.name === query.name)?.runs.find((r) => r.concurrency === 1);
      if (run) {
        medians[size.events] = run.api.median;
        baselineMedians[size.events] = run.baseline.median;
      }
    }
    return {
      name: query.name,
      growth: query.growth,
      medians,
      baselineMedians,
      factor: ordered.length > 1 ? growth(medians[first.events], medians[last.events]) : Number.NaN,
      baselineFactor: ordered.length > 1 ? growth(baselineMedians[first.events], baselineMedians[last.events]) : Number.NaN,
      limit: TARGETS.growth[query.growth],
    };
  });
}

/** Every PASS/FAIL check over the results. */
export function evaluateChecks(sizes: SizeResult[]): Check[] {
  const checks: Check[] = [];
  for (const size of [...sizes].sort((a, b) => a.events - b.events)) {
    const at = `${label(size.events)} events`;
    for (const query of size.queries) {
      const errors = query.runs.reduce((sum, run) => sum + run.api.errors + run.baseline.errors, 0);
      const samples = [...new Set(query.runs.flatMap((run) => [...run.api.errorSamples, ...run.baseline.errorSamples]))];
      checks.push({
        name: `${at}: ${query.name} no errors`,
        pass: errors === 0,
        detail: errors === 0 ? '0 errors' : `${errors} errors: ${samples.join(' | ')}`,
      });
      checks.push(...queryTargetChecks(at, size, query));
    }
    const { first10, first100, errors } = size.pageRoundTrips;
    checks.push({
      name: `${at}: eventsPage round trips equal for first: 10 and first: 100`,
      pass: errors.length === 0 && first10 !== undefined && first10 === first100,
      detail: errors.length > 0 ? errors.join(' | ') : `${first10} vs ${first100}`,
    });
    if (size.events >= TARGETS.load.events) {
      const limitMs = (TARGETS.load.ms * size.events) / TARGETS.load.events;
      checks.push({
        name: `${at}: generated in under ${fmt(limitMs / 1000, 0)} s`,
        pass: size.synthetic.ms < limitMs,
        detail: `${fmt(size.synthetic.ms / 1000, 1)} s (the generator's own time: plan and writes)`,
      });
    }
    if (size.loadPeakRssBytes !== undefined) {
      checks.push({
        name: `${at}: generator's peak RSS under ${fmt(TARGETS.loadRssBytes / 1e6, 0)} MB`,
        pass: size.loadPeakRssBytes < TARGETS.loadRssBytes,
        detail: `${fmt(size.loadPeakRssBytes / 1e6, 0)} MB (the bench process's high-water mark after loading)`,
      });
    }
    checks.push(...explorerChecks(at, size));
    const peak = size.api.peakRssBytes;
    checks.push({
      name: `${at}: API peak RSS under ${TARGETS.peakRssBytes / 1024 / 1024} MiB during c=16`,
      pass: peak !== undefined && peak < TARGETS.peakRssBytes,
      detail: peak === undefined ? 'not measured' : `${fmt(peak / 1024 / 1024, 1)} MiB`,
    });
  }
  const ordered = [...sizes].sort((a, b) => a.events - b.events);
  if (ordered.length > 1) {
    const span = `${label(ordered[0].events)} -> ${label(ordered[ordered.length - 1].events)} events`;
    for (const row of growthRows(sizes)) {
      if (row.limit === undefined) continue;
      checks.push({
        name: `growth ${span}: ${row.name} median grows less than ${row.limit}x`,
        pass: row.factor < row.limit,
        detail: `${fmt(row.factor)}x (baseline ${fmt(row.baselineFactor)}x)`,
      });
    }
  }
  return checks;
}

/** The explorer's targets at one size: each page's content and the depth-2 graph within a second, the bundle's size. */
function explorerChecks(at: string, size: SizeResult): Check[] {
  const explorer = size.explorer;
  if (!explorer) return [];
  if (explorer.skipped) return [{ name: `${at}: explorer measured in Chromium`, pass: false, detail: explorer.skipped }];
  const checks: Check[] = explorer.pages.map((page) => ({
    name: `${at}: explorer ${page.name} page shows its content within ${TARGETS.explorerMs} ms`,
    pass: page.medianMs <= TARGETS.explorerMs,
    detail: `median ${fmt(page.medianMs, 0)} ms, max ${fmt(page.maxMs, 0)} ms (${page.path})`,
  }));
  const home = explorer.pages.find((page) => page.name === 'home');
  if (home) {
    checks.push({
      name: `${at}: explorer first page loads without GraphiQL`,
      pass: !home.loadedGraphiql,
      detail: `${fmt(home.scriptBytes / 1024, 1)} KiB of JavaScript sent${home.loadedGraphiql ? ', GraphiQL among it' : ''}`,
    });
  }
  if (explorer.graph) {
    const total = median(explorer.graph.totalMs);
    checks.push({
      name: `${at}: explorer graph at depth 2 drawn within ${TARGETS.explorerMs} ms`,
      pass: total <= TARGETS.explorerMs,
      detail: `${explorer.graph.nodes} nodes${explorer.graph.truncated ? ' (truncated at 200)' : ''}: ${fmt(total, 0)} ms with its query, drawing ${fmt(median(explorer.graph.drawMs), 0)} ms (medians)`,
    });
  }
  checks.push({
    name: `${at}: explorer JavaScript under ${fmt(TARGETS.explorerScriptGzipBytes / 1e6, 1)} MB gzipped in all`,
    pass: explorer.bundle.scriptGzipBytes < TARGETS.explorerScriptGzipBytes,
    detail: `${explorer.bundle.scriptGzipBytes.toLocaleString('en-US')} bytes (CSS ${explorer.bundle.styleGzipBytes.toLocaleString('en-US')})`,
  });
  return checks;
}

/**
 * One query's targets at one size: its own cost at c=1 beside the floor of the stack, a point lookup's CPU at c=16
 * beside the floor's, and from 100,000 events its c=1 median against its declared target.
 */
function queryTargetChecks(at: string, size: SizeResult, query: QueryResult): Check[] {
  const checks: Check[] = [];
  const floor1 = size.floor?.find((run) => run.concurrency === 1);
  const floor16 = size.floor?.find((run) => run.concurrency === 16);
  const c1 = query.runs.find((run) => run.concurrency === 1);
  const c16 = query.runs.find((run) => run.concurrency === 16);
  if (c1) {
    const own = c1.api.median - c1.baseline.median;
    const limit = floor1 ? floor1.median + TARGETS.ownCostMs : Number.NaN;
    checks.push({
      name: `${at}: ${query.name} c=1 API minus baseline within the floor + ${TARGETS.ownCostMs} ms`,
      pass: own <= limit,
      detail: floor1
        ? `${fmt(c1.api.median)} - ${fmt(c1.baseline.median)} = ${fmt(own)} ms; limit ${fmt(floor1.median)} + ${TARGETS.ownCostMs} = ${fmt(limit)} ms`
        : 'the floor was not measured',
    });
  }
  if (c16 && query.pointLookup) {
    const used = c16.cpu?.api.api ?? Number.NaN;
    const limit = (floor16?.apiCpuMs ?? Number.NaN) * TARGETS.pointCpuFactor;
    checks.push({
      name: `${at}: ${query.name} c=16 API CPU per request within ${TARGETS.pointCpuFactor}x the floor's`,
      pass: used <= limit,
      detail: `${fmt(used)} ms vs floor ${fmt(floor16?.apiCpuMs ?? Number.NaN)} ms x ${TARGETS.pointCpuFactor} = ${fmt(limit)} ms`,
    });
  }
  if (c1 && size.events >= TARGETS.targetEvents) {
    const limit = query.targetMs * (size.events >= 1_000_000 ? TARGETS.millionFactor : 1);
    checks.push({
      name: `${at}: ${query.name} c=1 median at most ${fmt(limit, 0)} ms`,
      pass: c1.api.median <= limit,
      detail: `${fmt(c1.api.median)} ms (baseline ${fmt(c1.baseline.median)} ms)`,
    });
  }
  return checks;
}

/**
 * The API with 2 workers: every query answered without error at c=16, and the point lookups (bound by the API's own
 * work, not Neo4j's) at least as fast as with one worker. On a machine whose cores Neo4j shares, the queries that keep
 * Neo4j busy gain little from a second worker; the table shows them without a verdict.
 */
export function workersChecks(result: WorkersResult): Check[] {
  const one = result.runs.find((run) => run.workers === 1);
  const two = result.runs.find((run) => run.workers === 2);
  if (!two) return [];
  const at = `${label(result.events)} events, 2 workers`;
  return two.queries.flatMap((query) => {
    const single = one?.queries.find((q) => q.name === query.name);
    const errors = {
      name: `${at}: ${query.name} c=16 no errors`,
      pass: query.errors === 0 && query.rps > 0,
      detail: `${query.errors} errors`,
    };
    if (!query.pointLookup) return [errors];
    return [
      errors,
      {
        name: `${at}: ${query.name} c=16 throughput at least one worker's`,
        pass: single !== undefined && query.rps >= single.rps,
        detail: `${fmt(query.rps, 1)} vs ${single ? fmt(single.rps, 1) : 'n/a'} req/s = ${single ? fmt(query.rps / single.rps) : 'n/a'}x`,
      },
    ];
  });
}
