import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';
import { LoadBounds } from './bench.runner';

/** What `npm run bench -- ...` was asked to do. */
export interface BenchOptions {
  /** Synthetic graph sizes, in events. */
  sizes: number[];
  quick: boolean;
  /** Where the JSON report goes. */
  out: string;
  /** Seed of the synthetic graph. */
  seed: number;
  /** The load of each run: warm-up, then each concurrency in order. */
  warmup: LoadBounds;
  loads: LoadBounds[];
  /** Whether the explorer is measured in headless Chromium at each size (--no-explorer leaves it out). */
  explorer: boolean;
  /** Whether the API is measured again with 2 workers at the largest size (--no-workers leaves it out). */
  workers: boolean;
  help: boolean;
}

export const DEFAULT_SIZES = [1_000, 10_000, 100_000];

export const USAGE = `npm run bench -- [--sizes 1000,10000,100000] [--quick] [--no-explorer] [--no-workers] [--out path.json]

For each graph size: Neo4j (NEO4J_URI, or a local one in a temporary folder), the seed and a synthetic graph of
that many events (seed 42), then the API as a child process; seven dashboard queries at concurrency 1 and 16, each
beside its baseline (one hand-written Cypher query through neo4j-driver); the explorer's pages and graph view in
headless Chromium (Debian's chromium); at the largest size the API again with 2 workers (WEB_CONCURRENCY=2) at
concurrency 16; then the checks, PASS or FAIL.

  --sizes   graph sizes in events, comma-separated (default 1000,10000,100000)
  --quick   short runs (for a smoke test)
  --no-explorer  skip the explorer's measurements in the browser
  --no-workers   skip the measurement with 2 workers
  --out     the JSON report (default .bench/results-<timestamp>.json)

Exit code: 0 when every check passed, 1 when one failed or the run broke.`;

/** Parses the command line; throws an Error naming a bad argument. */
export function parseOptions(argv: string[], now: Date = new Date()): BenchOptions {
  let sizes = DEFAULT_SIZES;
  let quick = false;
  let explorer = true;
  let workers = true;
  let help = false;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--sizes':
        sizes = parseSizes(value());
        break;
      case '--quick':
        quick = true;
        break;
      case '--no-explorer':
        explorer = false;
        break;
      case '--no-workers':
        workers = false;
        break;
      case '--out':
        out = value();
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}\n\n${USAGE}`);
    }
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return {
    sizes,
    quick,
    out: out ?? join(projectRoot(), '.bench', `results-${stamp}.json`),
    seed: 42,
    warmup: quick ? { concurrency: 4, maxRequests: 20, maxMs: 2_000 } : { concurrency: 4, maxRequests: 200, maxMs: 8_000 },
    loads: quick
      ? [
          { concurrency: 1, maxRequests: 40, maxMs: 2_000 },
          { concurrency: 16, maxRequests: 200, maxMs: 3_000 },
        ]
      : [
          { concurrency: 1, maxRequests: 200, maxMs: 10_000 },
          { concurrency: 16, maxRequests: 1_000, maxMs: 15_000 },
        ],
    explorer,
    workers,
    help,
  };
}

/** "1000,10k,100000" -> [1000, 10000, 100000], sorted and without duplicates. */
export function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(k|m)?\s*$/i.exec(part);
    const value = match
      ? Math.round(Number(match[1]) * (match[2]?.toLowerCase() === 'k' ? 1e3 : match[2]?.toLowerCase() === 'm' ? 1e6 : 1))
      : NaN;
    if (!Number.isInteger(value) || value < 1) throw new Error(`--sizes: "${part}" is not a number of events`);
    return value;
  });
  return [...new Set(sizes)].sort((a, b) => a - b);
}
