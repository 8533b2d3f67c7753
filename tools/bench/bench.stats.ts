/** Latency statistics of one load run: percentiles, mean and throughput. */
export interface LatencySummary {
  /** Requests completed (successful or not). */
  count: number;
  errors: number;
  /** Milliseconds. */
  min: number;
  mean: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
  /** Completed requests per second of wall-clock time. */
  rps: number;
  /** Wall-clock milliseconds of the run. */
  elapsedMs: number;
}

/**
 * The p-th percentile (0..100) of values sorted ascending, interpolating linearly between the two nearest ranks
 * (the definition of numpy's default and of Excel's PERCENTILE.INC). NaN for no values.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

/** The median of values in any order (NaN for none). */
export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Summarizes the latencies (ms, any order) of a run that took `elapsedMs`, with its error count. */
export function summarize(latencies: readonly number[], elapsedMs: number, errors = 0): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const count = sorted.length;
  const mean = count === 0 ? Number.NaN : sorted.reduce((sum, value) => sum + value, 0) / count;
  return {
    count,
    errors,
    min: count === 0 ? Number.NaN : sorted[0],
    mean,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: count === 0 ? Number.NaN : sorted[count - 1],
    rps: elapsedMs > 0 ? (count * 1000) / elapsedMs : Number.NaN,
    elapsedMs,
  };
}

/** How many times larger `after` is than `before` (NaN when either is missing or `before` is not positive). */
export function growth(before: number | undefined, after: number | undefined): number {
  if (before === undefined || after === undefined || !(before > 0) || !Number.isFinite(after)) return Number.NaN;
  return after / before;
}

/** The most frequent value of a list (the smallest of equally frequent ones), or undefined for an empty list. */
export function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
