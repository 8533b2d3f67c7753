import { ExplorerResult } from './bench.explorer';
import { GenerateReport } from '../generator/synthetic.loader';
import { CpuPerRequest } from './bench.cpu';
import { BenchParams } from './bench.params';
import { GrowthClass } from './bench.queries';
import { LoadResult } from './bench.runner';

/** What the report keeps of the generator's report (tools/generator/synthetic.loader.ts). */
export type SyntheticGraphReport = Pick<
  GenerateReport,
  'countries' | 'people' | 'organizations' | 'topics' | 'events' | 'sources' | 'relationships' | 'ms'
>;

/** The API and its baseline at one concurrency. */
export interface ConcurrencyRun {
  concurrency: number;
  api: LoadResult;
  baseline: LoadResult;
  /** CPU milliseconds per request of each process during the API run and during the baseline run. */
  cpu: { api: CpuPerRequest; baseline: CpuPerRequest };
}

/** Everything measured for one dashboard query on one graph size. */
export interface QueryResult {
  name: string;
  description: string;
  growth: GrowthClass;
  /** From the query's declaration (bench.queries.ts): its c=1 target at 100,000 events, and whether it is a point lookup. */
  targetMs: number;
  pointLookup: boolean;
  runs: ConcurrencyRun[];
  /** Cypher round trips of one API request (the most frequent count). */
  roundTrips?: number;
  /** Bytes of one API answer. */
  responseBytes?: number;
  /** Whether the API and the baseline returned the same data (compared on ids and counts). */
  sameData: boolean;
  /** The two digests when they differ. */
  dataDifference?: { api: unknown; baseline: unknown };
  /** The API's peak RSS (sampled) during its highest-concurrency run. */
  peakRssBytes?: number;
  /** Its RSS when that run began: the API process serves every query in turn, so the rise is this query's. */
  startRssBytes?: number;
}

/** Node and relationship counts of the graph. */
export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

/** One graph size: the graph, its parameters, the API process and every query's figures. */
export interface SizeResult {
  events: number;
  graph: GraphCounts;
  synthetic: SyntheticGraphReport;
  /** Milliseconds to remove the previous synthetic graph and generate this one. */
  loadMs: number;
  /**
   * The bench process's high-water RSS after generating (the generator runs in it, so this bounds the generator's
   * peak from above; a larger earlier size would carry over, so sizes run smallest first).
   */
  loadPeakRssBytes?: number;
  params: BenchParams;
  api: {
    startupMs: number;
    /** RSS after start-up, before any request. */
    idleRssBytes?: number;
    /** Peak sampled RSS over every highest-concurrency run. */
    peakRssBytes?: number;
    /** The kernel's high-water mark of RSS at the end (covers warm-up and c=1 runs too). */
    highWaterRssBytes?: number;
  };
  queries: QueryResult[];
  /**
   * The floor of the API's stack at each concurrency: `{ __typename }` over the same HTTP path with no database at all
   * (HTTP, Express, the request log, Apollo's pipeline), to read each query's figures against.
   */
  floor?: FloorRun[];
  /** The explorer in headless Chromium on this graph (absent with --no-explorer). */
  explorer?: ExplorerResult;
  /** Round trips of the events page for first: 10 and first: 100 (N+1 check). */
  pageRoundTrips: { first10?: number; first100?: number; errors: string[] };
  /** The machine's 1-minute load average when the measurements of this size began and ended (os.loadavg()). */
  loadAverage: { start: number; end: number };
  /** Wall-clock milliseconds for this size, loading included. */
  ms: number;
}

/** `{ __typename }` at one concurrency: the API's median and throughput, and its CPU per request. */
export interface FloorRun {
  concurrency: number;
  median: number;
  rps: number;
  apiCpuMs?: number;
}

/** One PASS/FAIL line. */
export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

/** A query's median at each size, and its growth from the smallest to the largest size. */
export interface GrowthRow {
  name: string;
  growth: GrowthClass;
  medians: Record<string, number>;
  baselineMedians: Record<string, number>;
  factor: number;
  baselineFactor: number;
  limit?: number;
}
